/** A coordinator corrects an open need; everyone who helps or follows hears in words what changed. */
import { and, eq } from "drizzle-orm";
import { checklistItems, collectiveNeeds, collectiveNeedUpdates } from "~db/schema";
import { describeNeedChanges, type NeedChange } from "~/domain/need-changes";
import { LOCALES } from "~/locales";
import { recordAudit } from "~/models/audit.server";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { getTranslator } from "~/utils/i18n.server";
import { can, type Actor } from "~/utils/permissions";
import { type ManageError, loadNeed } from "./drafting.server";
import { ACTIVE } from "./statuses";
import { recountItem, tellAudience } from "./support.server";

export type OpenNeedEdit = {
  title: string;
  description: string;
  targetDate?: string;
  /** Every item of the need's checklist: what it asks for stays, how much and its note may change. */
  items: { id: number; quantity: number; description: string }[];
};

/**
 * Saves the coordinator's corrections. Nothing changed (a resubmitted form) means no update and
 * no message. A lowered quantity keeps every pledge: those beyond it are shown as extra.
 */
export function editOpenNeed(
  actor: Actor,
  id: number,
  input: OpenNeedEdit,
): { ok: true; changes: NeedChange[] } | { ok: false; error: ManageError | "unknown_item" } {
  return db.transaction((tx) => {
    const need = loadNeed(tx, id);
    if (!need) return { ok: false as const, error: "not_found" as const };
    if (!can(actor, "collective_need.edit", { teamId: need.teamId })) return { ok: false as const, error: "forbidden" as const };
    if (!ACTIVE.includes(need.status)) return { ok: false as const, error: "wrong_status" as const };
    const items = tx.select().from(checklistItems).where(eq(checklistItems.collectiveNeedId, id)).all();
    if (input.items.some((edit) => !items.some((item) => item.id === edit.id))) return { ok: false as const, error: "unknown_item" as const };

    const changes: NeedChange[] = [];
    const title = input.title.trim();
    const description = input.description.trim();
    const targetDate = input.targetDate ?? null;
    if (title !== need.title) changes.push({ field: "title", to: title });
    if (description !== need.description.trim()) changes.push({ field: "description" });
    if (targetDate !== need.targetDate) changes.push({ field: "targetDate", from: need.targetDate, to: targetDate });
    for (const item of items) {
      const edit = input.items.find((e) => e.id === item.id);
      if (!edit) continue;
      const note = edit.description.trim();
      if (edit.quantity !== item.quantity) changes.push({ field: "quantity", kind: item.kind, item: note, from: item.quantity, to: edit.quantity });
      if (note !== item.description) changes.push({ field: "itemDescription", kind: item.kind, to: note });
      if (edit.quantity === item.quantity && note === item.description) continue;
      tx.update(checklistItems).set({ quantity: edit.quantity, description: note }).where(eq(checklistItems.id, item.id)).run();
      if (edit.quantity !== item.quantity) recountItem(tx, item.id);
    }
    if (changes.length === 0) return { ok: true as const, changes };

    tx.update(collectiveNeeds)
      .set({ title, description, targetDate })
      .where(and(eq(collectiveNeeds.id, id)))
      .run();
    tx.insert(collectiveNeedUpdates).values({ collectiveNeedId: id, authorId: actor.id, body: "", changes }).run();
    // A message's words are chosen when it is read, so each language gets its own sentences.
    const inWords = Object.fromEntries(
      LOCALES.map((locale) => {
        const t = getTranslator(locale);
        return [`changes_${locale}`, describeNeedChanges(changes, t, (date) => formatDate(date, locale)).join(" ")];
      }),
    );
    tellAudience(tx, { ...need, title }, "collective.notify.edited", actor.id, inWords);
    recordAudit(tx, actor, { action: "update", entityType: "collective_need", entityId: id, detail: [...new Set(changes.map((c) => c.field))].join(",") });
    return { ok: true as const, changes };
  });
}
