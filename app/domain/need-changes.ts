/**
 * What a coordinator changed in an open collective need, kept as data so every reader gets it in
 * their own language: on the need's page, in the notification and in the email digest.
 */
import type { ChecklistKind } from "./vocabulary";

export type NeedChange =
  | { field: "title"; to: string }
  | { field: "description" }
  | { field: "targetDate"; from: string | null; to: string | null }
  | { field: "quantity"; kind: ChecklistKind; item: string; from: number; to: number }
  | { field: "itemDescription"; kind: ChecklistKind; to: string };

type Translate = (key: string, params?: Record<string, string | number>) => string;
type FormatDate = (isoDate: string) => string;

/** One plain sentence per change, in the order they were made. */
export function describeNeedChanges(changes: readonly NeedChange[], t: Translate, formatDate: FormatDate): string[] {
  return changes.map((change) => {
    switch (change.field) {
      case "title":
        return t("collective.edit.changed.title", { to: change.to });
      case "description":
        return t("collective.edit.changed.description");
      case "targetDate":
        return change.to === null
          ? t("collective.edit.changed.targetDateRemoved")
          : change.from === null
            ? t("collective.edit.changed.targetDateSet", { to: formatDate(change.to) })
            : t("collective.edit.changed.targetDate", { from: formatDate(change.from), to: formatDate(change.to) });
      case "quantity": {
        const what = itemName(change.kind, change.item, t);
        return t(change.to < change.from ? "collective.edit.changed.quantityLower" : "collective.edit.changed.quantityHigher", {
          what,
          from: t(`collective.amount.${change.kind}`, { count: change.from }),
          to: t(`collective.amount.${change.kind}`, { count: change.to }),
        });
      }
      case "itemDescription":
        return t("collective.edit.changed.itemDescription", { what: t(`vocab.checklistKind.${change.kind}`), to: change.to || "–" });
    }
  });
}

function itemName(kind: ChecklistKind, description: string, t: Translate) {
  const name = t(`vocab.checklistKind.${kind}`);
  return description ? `${name} (${description})` : name;
}
