/** Turning labels and protected cells into words, the same on the page and in the CSV. */
import type { TFunction } from "i18next";
import type { Cell, Label } from "~/models/insights/types";

export function labelText(label: Label, t: TFunction): string {
  return "text" in label ? label.text : String(t(label.key, label.params ?? {}));
}

export function cellText(cell: Cell, t: TFunction, locale: string): string {
  const number = (value: number, digits = 0) => value.toLocaleString(locale === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: digits });
  switch (cell.kind) {
    case "count":
    case "public":
      return number(cell.value);
    case "small":
      return String(t("insights.small"));
    case "withheld":
      return String(t("insights.withheld"));
    case "days":
      return cell.value === null ? String(t("insights.tooFew")) : String(t("insights.days", { count: cell.value, value: number(cell.value, 1) }));
    case "share":
      return cell.value === null ? String(t("insights.tooFew")) : `${number(cell.value * 100)}%`;
    case "label":
      return labelText(cell.label, t);
  }
}

/** Short text inside a chart: the number, or "<5" / "–" for hidden counts (the table says it in words). */
export function chartText(cell: Cell | undefined, locale: string): string {
  if (!cell) return "";
  if (cell.kind === "count" || cell.kind === "public") return cell.value.toLocaleString(locale === "en" ? "en-GB" : "nl-NL");
  if (cell.kind === "small") return "<5";
  if (cell.kind === "withheld") return "–";
  return "";
}
