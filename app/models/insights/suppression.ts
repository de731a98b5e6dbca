/**
 * Small-number protection for every insights chart, table and download (decision 009).
 *
 * Primary suppression: a count below PUBLIC_COUNT_THRESHOLD (0 included) is shown as "fewer than 5".
 * Secondary suppression: where numbers add up to a shown total, a suppressed count could be worked
 * out by subtraction; then the smallest other shown count of that line is withheld as well, until
 * interval reasoning over all lines together can no longer pin any withheld count to one value.
 * Pure code, no database: the same function runs for the page and for the CSV.
 */
import { PUBLIC_COUNT_THRESHOLD } from "~/domain/vocabulary";

/** A count as it may be shown: the number, "fewer than 5", or withheld to protect a small one. */
export type ShownCount = { kind: "count"; value: number } | { kind: "small" } | { kind: "withheld" };

export type ProtectedTable = {
  cells: ShownCount[][];
  rowTotals: ShownCount[] | null;
  columnTotals: ShownCount[] | null;
  total: ShownCount | null;
};

export type TotalsWanted = { rowTotals?: boolean; columnTotals?: boolean; total?: boolean };

function assertCount(value: number) {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Not a count: ${String(value)}`);
}

/** "hidden": a number never shown (a sum two tables share), known to a reader only through its lines. */
type Entry = { value: number; state: ShownCount["kind"] | "hidden" };
/** `parts` add up to `total` (indices into the entry list). */
type Line = { parts: number[]; total: number };

const SMALL_MAX = PUBLIC_COUNT_THRESHOLD - 1;

/**
 * The range a reader can narrow each entry to, from what is shown and from every line's sum,
 * by propagating bounds until nothing changes.
 */
function feasibleRanges(entries: readonly Entry[], lines: readonly Line[]): { lo: number; hi: number }[] {
  const ranges = entries.map((e) =>
    e.state === "count"
      ? { lo: e.value, hi: e.value }
      : e.state === "small"
        ? { lo: 0, hi: SMALL_MAX }
        : e.state === "withheld"
          ? { lo: PUBLIC_COUNT_THRESHOLD, hi: Infinity }
          : { lo: 0, hi: Infinity },
  );
  // Sums of bounds; an unbounded upper bound makes the sum unbounded (never ∞ − ∞ below: only lows are subtracted from highs).
  const sumOf = (indices: number[], side: "lo" | "hi") => indices.reduce((s, i) => s + ranges[i]![side], 0);
  for (let changed = true, rounds = 0; changed && rounds < 1000; rounds++) {
    changed = false;
    for (const line of lines) {
      const narrow = (i: number, lo: number, hi: number) => {
        const r = ranges[i]!;
        if (lo > r.lo) {
          r.lo = lo;
          changed = true;
        }
        if (hi < r.hi) {
          r.hi = hi;
          changed = true;
        }
      };
      narrow(line.total, sumOf(line.parts, "lo"), sumOf(line.parts, "hi"));
      for (const i of line.parts) {
        const others = line.parts.filter((j) => j !== i);
        const total = ranges[line.total]!;
        narrow(i, total.lo - sumOf(others, "hi"), total.hi - sumOf(others, "lo"));
      }
    }
  }
  return ranges;
}

/** Suppresses in place: primary, then secondary until no withheld entry can be pinned. */
function protectEntries(entries: Entry[], lines: Line[]) {
  for (const e of entries) if (e.state === "count" && e.value < PUBLIC_COUNT_THRESHOLD) e.state = "small";
  for (let guard = 0; guard <= entries.length; guard++) {
    const ranges = feasibleRanges(entries, lines);
    const pinned = (i: number) => (entries[i]!.state === "small" || entries[i]!.state === "withheld") && ranges[i]!.lo === ranges[i]!.hi;
    const isShown = (i: number) => entries[i]!.state === "count";
    // The lines through a pinned number, and those joined to them by a shared (never shown) sum.
    const suspect = new Set(lines.filter((l) => [...l.parts, l.total].some(pinned)));
    for (let grew = true; grew; ) {
      grew = false;
      const shared = new Set([...suspect].flatMap((l) => [...l.parts, l.total]).filter((i) => entries[i]!.state === "hidden"));
      for (const l of lines) {
        if (!suspect.has(l) && [...l.parts, l.total].some((i) => shared.has(i))) {
          suspect.add(l);
          grew = true;
        }
      }
    }
    // Of those, one that still shows something; parts go before the total.
    const line = [...suspect].find((l) => l.parts.some(isShown)) ?? [...suspect].find((l) => isShown(l.total));
    if (!line) return;
    const shownParts = line.parts.filter(isShown).sort((a, b) => entries[a]!.value - entries[b]!.value);
    const next = shownParts[0] ?? line.total;
    entries[next]!.state = "withheld";
  }
}

const shown = (e: Entry): ShownCount => (e.state === "count" ? { kind: "count", value: e.value } : { kind: e.state === "hidden" ? "withheld" : e.state });

/** One table for `protectTables`: its counts (rows × columns) and the totals it shows. */
export type TableCounts = { counts: readonly (readonly number[])[]; wanted?: TotalsWanted };

/** A number of one of the tables given to `protectTables`: a cell, or a row's or column's total. */
export type CountRef = { table: number } & ({ row: number; column: number } | { rowTotal: number } | { columnTotal: number });

/**
 * Several tables shown together (on one page, in its charts and downloads), protected as one:
 * `sameSums` lists groups of number sets that add up to the same amount across tables (a total in
 * one table and its parts in another, or two tables splitting the same households differently),
 * so no hidden count can be worked out by subtracting numbers of one table from another's.
 */
export function protectTables(tables: readonly TableCounts[], sameSums: readonly (readonly (readonly CountRef[])[])[] = []): ProtectedTable[] {
  const entries: Entry[] = [];
  const lines: Line[] = [];
  const add = (value: number, state: Entry["state"] = "count") => entries.push({ value, state }) - 1;
  const sum = (indices: number[]) => indices.reduce((s, i) => s + entries[i]!.value, 0);
  const placed = tables.map(({ counts, wanted = {} }) => {
    const columns = counts[0]?.length ?? 0;
    for (const row of counts) {
      if (row.length !== columns) throw new RangeError("Every row needs the same number of columns");
      for (const value of row) assertCount(value);
    }
    const cell = counts.map((row) => row.map((value) => add(value)));
    const rowTotal = wanted.rowTotals
      ? cell.map((row) => {
          const total = add(sum(row));
          lines.push({ parts: row, total });
          return total;
        })
      : null;
    const columnTotal = wanted.columnTotals
      ? Array.from({ length: columns }, (_, c) => {
          const parts = cell.map((row) => row[c]!);
          const total = add(sum(parts));
          lines.push({ parts, total });
          return total;
        })
      : null;
    let total: number | null = null;
    if (wanted.total) {
      total = add(sum(cell.flat()));
      if (rowTotal) lines.push({ parts: rowTotal, total });
      if (columnTotal) lines.push({ parts: columnTotal, total });
      if (!rowTotal && !columnTotal) lines.push({ parts: cell.flat(), total });
    }
    return { cell, rowTotal, columnTotal, total };
  });
  const entryOf = (ref: CountRef): number => {
    const table = placed[ref.table];
    const index =
      "row" in ref ? table?.cell[ref.row]?.[ref.column] : "rowTotal" in ref ? table?.rowTotal?.[ref.rowTotal] : table?.columnTotal?.[ref.columnTotal];
    if (index === undefined) throw new RangeError("A shared sum names a number no table shows");
    return index;
  };
  for (const group of sameSums) {
    const sets = group.map((refs) => refs.map(entryOf));
    const amounts = new Set(sets.map(sum));
    // Sums that differ give a reader nothing exact to subtract: no line to protect.
    if (amounts.size > 1) continue;
    const shared = add([...amounts][0] ?? 0, "hidden");
    for (const parts of sets) lines.push({ parts, total: shared });
  }
  protectEntries(entries, lines);
  return placed.map(({ cell, rowTotal, columnTotal, total }) => ({
    cells: cell.map((row) => row.map((i) => shown(entries[i]!))),
    rowTotals: rowTotal?.map((i) => shown(entries[i]!)) ?? null,
    columnTotals: columnTotal?.map((i) => shown(entries[i]!)) ?? null,
    total: total === null ? null : shown(entries[total]!),
  }));
}

/**
 * A table of counts (rows × columns) with the totals it shows. Totals are exact sums of the rows,
 * columns or everything; each may end up "fewer than 5" or withheld like any other count.
 */
export function protectTable(counts: readonly (readonly number[])[], wanted: TotalsWanted = {}): ProtectedTable {
  return protectTables([{ counts, wanted }])[0]!;
}

/** A share (0–1) only when both numbers are shown, so a share never reveals a suppressed count. */
export function shareOf(part: ShownCount, whole: ShownCount): number | null {
  if (part.kind !== "count" || whole.kind !== "count" || whole.value === 0) return null;
  return part.value / whole.value;
}

/** The median of a group, only for groups of PUBLIC_COUNT_THRESHOLD or more. */
export function protectedMedian(values: readonly number[]): number | null {
  if (values.length < PUBLIC_COUNT_THRESHOLD) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
