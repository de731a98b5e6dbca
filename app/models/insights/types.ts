/** What the insights pages, charts and downloads show: labels to translate and protected cells. */
import type { ShownCount } from "./suppression";

export type { ShownCount } from "./suppression";

/** A data label (a neighbourhood's name) or a message key to translate where it is shown. */
export type Label = { text: string } | { key: string; params?: Record<string, string | number> };

export type Cell =
  | ShownCount
  /** Working days or days; null when the group is too small for a median. */
  | { kind: "days"; value: number | null }
  /** A share 0–1; null when it would reveal a small count. */
  | { kind: "share"; value: number | null }
  /** A public number that needs no protection (listings, places, collective needs). */
  | { kind: "public"; value: number }
  /** A word in a table cell (a checklist item's kind). */
  | { kind: "label"; label: Label };

/** `cellHrefs`, where given, has a link for each cell (the gap map's cells link to what lies behind them). */
export type DisplayRow = { head: Label; href?: string; cells: Cell[]; cellHrefs?: string[]; isTotal?: boolean };

export const TABLE_IDS = [
  "gaps",
  "stages",
  "declines",
  "timing",
  "outcomesByDomain",
  "outcomesByKind",
  "outcomesByInitiative",
  "collective",
  "checklists",
  "listings",
  "directory",
  "trends",
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export type DisplayTable = { id: TableId; rowHeader: Label; columns: Label[]; rows: DisplayRow[] };

export const PERIODS = [3, 12, 24] as const;
export type Period = (typeof PERIODS)[number];
