/**
 * Pure aggregation for the insights pages: grouped rows in, protected display tables out.
 * No database here, so every rule (suppression, medians, months, score changes) is unit-tested.
 */
import { DECLINE_REASONS, LIFE_DOMAINS, type LifeDomain } from "~/domain/vocabulary";
import { workingDaysBetween } from "~/utils/working-days.server";
import { protectTable, protectTables, protectedMedian, shareOf, type CountRef, type ProtectedTable } from "./suppression";
import type { Cell, DisplayRow, DisplayTable, Label, TableId } from "./types";

export type Unit = { id: number; name: string; href?: string };

export const STAGES = ["sent", "accepted", "waitlisted", "started", "completed", "withdrawn"] as const;
const CHANGES = ["better", "same", "worse"] as const;
const TREND_SERIES = ["needs", "unmet", "referrals", "answered"] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];

const domainLabel = (d: string): Label => ({ key: `vocab.domain.${d}` });
const TOTAL: Label = { key: "insights.table.all" };

/** A protected table as display rows; totals (when asked for) become a last column and a last row. */
function displayProtected(
  id: TableId,
  rowHeader: Label,
  rows: { head: Label; href?: string; cellHrefs?: string[] }[],
  columns: Label[],
  table: ProtectedTable,
): DisplayTable {
  const withTotalColumn = table.rowTotals !== null;
  const body: DisplayRow[] = rows.map((row, i) => ({
    ...row,
    cells: [...table.cells[i]!, ...(withTotalColumn ? [table.rowTotals![i]!] : [])],
  }));
  if (table.columnTotals) body.push({ head: TOTAL, isTotal: true, cells: [...table.columnTotals, ...(table.total ? [table.total] : [])] });
  return { id, rowHeader, columns: withTotalColumn ? [...columns, TOTAL] : columns, rows: body };
}

/** Unmet needs or zero-result searches per neighbourhood × life domain: a heat map, no totals to subtract from. */
export function gapTable<U extends Unit>(
  rows: { neighbourhood: number; domain: LifeDomain; n: number }[],
  neighbourhoods: U[],
  cellHref: (neighbourhood: U, domain: LifeDomain) => string,
): DisplayTable {
  const index = new Map(rows.map((r) => [`${r.neighbourhood}|${r.domain}`, r.n]));
  const counts = neighbourhoods.map((w) => LIFE_DOMAINS.map((d) => index.get(`${w.id}|${d}`) ?? 0));
  return displayProtected(
    "gaps",
    { key: "insights.table.wijk" },
    neighbourhoods.map((w) => ({ head: { text: w.name }, href: w.href, cellHrefs: LIFE_DOMAINS.map((d) => cellHref(w, d)) })),
    LIFE_DOMAINS.map(domainLabel),
    protectTable(counts),
  );
}

/** Referrals that reached each stage, per organisation or initiative (rows × STAGES). */
export function stageCounts(rows: { unit: number; status: string; n: number }[], units: Unit[]): number[][] {
  const index = new Map(rows.map((r) => [`${r.unit}|${r.status}`, r.n]));
  return units.map((u) => STAGES.map((s) => index.get(`${u.id}|${s}`) ?? 0));
}

/** The stages with a line for all together; `table` protected with column totals. */
export function stagesTable(units: Unit[], unitHeader: Label, table: ProtectedTable): DisplayTable {
  return displayProtected(
    "stages",
    unitHeader,
    units.map((u) => ({ head: { text: u.name }, href: u.href })),
    STAGES.map((s) => ({ key: `insights.stage.${s}` })),
    table,
  );
}

/** Declined referrals by reason: reasons add up to each unit's and to the overall total. */
export function declinesTable(rows: { unit: number; reason: string; n: number }[], units: Unit[], unitHeader: Label): DisplayTable {
  const index = new Map(rows.map((r) => [`${r.unit}|${r.reason}`, r.n]));
  const counts = units.map((u) => DECLINE_REASONS.map((reason) => index.get(`${u.id}|${reason}`) ?? 0));
  return displayProtected(
    "declines",
    unitHeader,
    units.map((u) => ({ head: { text: u.name }, href: u.href })),
    DECLINE_REASONS.map((reason) => ({ key: `vocab.declineReason.${reason}` })),
    protectTable(counts, { rowTotals: true, columnTotals: true, total: true }),
  );
}

const LATE_AFTER_WORKING_DAYS = 5;

/**
 * Per unit: the median working days until the organisation answered, and the share of referrals
 * not answered within 5 working days (among those sent at least 5 working days ago).
 */
export function timingTable(rows: { unit: number; sentAt: number; answeredAt: number | null }[], units: Unit[], unitHeader: Label, now: Date): DisplayTable {
  const measure = (group: typeof rows): Cell[] => {
    const days: number[] = [];
    let late = 0;
    let onTime = 0;
    for (const r of group) {
      // Counting working days is the costly part: once per referral.
      const waited = workingDaysBetween(new Date(r.sentAt), r.answeredAt === null ? now : new Date(r.answeredAt));
      if (r.answeredAt !== null) days.push(waited);
      if (waited > LATE_AFTER_WORKING_DAYS) late++;
      else if (r.answeredAt !== null) onTime++;
    }
    const split = protectTable([[late, onTime]], { rowTotals: true });
    return [
      { kind: "days", value: protectedMedian(days) },
      { kind: "share", value: shareOf(split.cells[0]![0]!, split.rowTotals![0]!) },
    ];
  };
  const byUnit = new Map<number, typeof rows>();
  for (const r of rows) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
  return {
    id: "timing",
    rowHeader: unitHeader,
    columns: [{ key: "insights.timing.median" }, { key: "insights.timing.late" }],
    rows: [
      ...units.map((u) => ({ head: { text: u.name } as Label, href: u.href, cells: measure(byUnit.get(u.id) ?? []) })),
      { head: TOTAL, isTotal: true, cells: measure(rows) },
    ],
  };
}

export type Change = (typeof CHANGES)[number];

function changeOf(before: number, after: number): Change {
  return after > before ? "better" : after < before ? "worse" : "same";
}

type OutcomeRow = { household: number; before: number; after: number; closedAt: number };

/** Each household once per group: its latest completed referral there. */
function latestPer<R extends OutcomeRow>(rows: R[], keyOf: (row: R) => string | number): R[] {
  const latest = new Map<string, R>();
  for (const row of rows) {
    const key = `${keyOf(row)}|${row.household}`;
    const seen = latest.get(key);
    if (!seen || seen.closedAt < row.closedAt) latest.set(key, row);
  }
  return [...latest.values()];
}

/** Better, same and worse per group, for the groups given (rows × CHANGES). */
function changeCounts<K extends string | number, R extends OutcomeRow>(rows: R[], keyOf: (row: R) => K, groups: { key: K }[]): number[][] {
  const counts = new Map<K, Record<Change, number>>(groups.map((g) => [g.key, { better: 0, same: 0, worse: 0 }]));
  for (const row of rows) {
    const group = counts.get(keyOf(row));
    if (group) group[changeOf(row.before, row.after)]++;
  }
  return groups.map((g) => CHANGES.map((c) => counts.get(g.key)![c]));
}

type OutcomeGroups<K> = { key: K; head: Label; href?: string }[];

function outcomesDisplay<K>(id: TableId, groups: OutcomeGroups<K>, rowHeader: Label, table: ProtectedTable): DisplayTable {
  return displayProtected(
    id,
    rowHeader,
    groups.map((g) => ({ head: g.head, href: g.href })),
    CHANGES.map((c) => ({ key: `insights.change.${c}` })),
    table,
  );
}

/**
 * How the ZRM score changed after a completed referral, per group (here: initiative). Each
 * household counts once per group: its latest completed referral there. Groups under 5
 * households show nothing but "fewer than 5".
 */
export function outcomesTable<K extends string | number, R extends OutcomeRow>(
  id: TableId,
  rows: R[],
  keyOf: (row: R) => K,
  groups: OutcomeGroups<K>,
  rowHeader: Label,
): DisplayTable {
  return outcomesDisplay(id, groups, rowHeader, protectTable(changeCounts(latestPer(rows, keyOf), keyOf, groups), { rowTotals: true }));
}

/**
 * The same change per life domain and per kind of activity, from the same households: each
 * household once per life domain (its latest completed referral there), placed under that
 * referral's kind. Both tables then add up to the same numbers per column, so they are protected
 * together: nothing hidden in one can be worked out from the other.
 */
export function outcomesByDomainAndKind<R extends OutcomeRow & { domain: LifeDomain; kind: string }>(
  rows: R[],
  domains: OutcomeGroups<LifeDomain>,
  kinds: OutcomeGroups<string>,
): { byDomain: DisplayTable; byKind: DisplayTable } {
  const units = latestPer(rows, (r) => r.domain);
  const byDomain = changeCounts(units, (r) => r.domain, domains);
  const byKind = changeCounts(units, (r) => r.kind, kinds);
  const column = (table: number, rows: number, c: number): CountRef[] => Array.from({ length: rows }, (_, row) => ({ table, row, column: c }));
  const [domainTable, kindTable] = protectTables(
    [
      { counts: byDomain, wanted: { rowTotals: true } },
      { counts: byKind, wanted: { rowTotals: true } },
    ],
    CHANGES.map((_, c) => [column(0, domains.length, c), column(1, kinds.length, c)]),
  );
  return {
    byDomain: outcomesDisplay("outcomesByDomain", domains, { key: "insights.table.domain" }, domainTable!),
    byKind: outcomesDisplay("outcomesByKind", kinds, { key: "insights.table.kind" }, kindTable!),
  };
}

const COLLECTIVE_STATUSES = ["open", "in_progress", "answered", "closed"] as const;

const DAY_MS = 86_400_000;

/** Collective needs are public one by one, so their counts need no protection. */
export function collectiveTable(rows: { status: string; publishedAt: number | null; answeredAt: number | null }[]): {
  table: DisplayTable;
  medianDaysToAnswer: number | null;
} {
  const days = rows
    .filter((r) => r.status === "answered" && r.publishedAt !== null && r.answeredAt !== null)
    .map((r) => Math.max(0, Math.round((r.answeredAt! - r.publishedAt!) / DAY_MS)));
  const sorted = [...days].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length === 0 ? null : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    table: {
      id: "collective",
      rowHeader: { key: "insights.collective.status" },
      columns: [{ key: "insights.collective.count" }],
      rows: COLLECTIVE_STATUSES.map((s) => ({
        head: { key: `vocab.collectiveNeedStatus.${s}` },
        cells: [{ kind: "public", value: rows.filter((r) => r.status === s).length }],
      })),
    },
    medianDaysToAnswer: median,
  };
}

/** How much of each open need's checklist is pledged (public, like the need itself). */
export function checklistTable(rows: { slug: string; title: string; kind: string; quantity: number; pledged: number }[]): DisplayTable {
  return {
    id: "checklists",
    rowHeader: { key: "insights.collective.need" },
    columns: [
      { key: "insights.collective.item" },
      { key: "insights.collective.asked" },
      { key: "insights.collective.pledged" },
      { key: "insights.collective.covered" },
    ],
    rows: rows.map((r) => ({
      head: { text: r.title },
      href: `/vragen/${r.slug}`,
      cells: [
        { kind: "label", label: { key: `vocab.checklistKind.${r.kind}` } },
        { kind: "public", value: r.quantity },
        { kind: "public", value: r.pledged },
        { kind: "share", value: r.quantity > 0 ? Math.min(1, r.pledged / r.quantity) : null },
      ],
    })),
  };
}

/** Published listings per neighbourhood × life domain (public): the directory's coverage. */
export function listingsTable(rows: { neighbourhood: number | null; domain: LifeDomain; n: number }[], neighbourhoods: Unit[]): DisplayTable {
  const index = new Map<string, number>();
  for (const r of rows) index.set(`${r.neighbourhood}|${r.domain}`, (index.get(`${r.neighbourhood}|${r.domain}`) ?? 0) + r.n);
  return {
    id: "listings",
    rowHeader: { key: "insights.table.wijk" },
    columns: LIFE_DOMAINS.map(domainLabel),
    rows: neighbourhoods.map((w) => ({
      head: { text: w.name },
      href: w.href,
      cells: LIFE_DOMAINS.map((d): Cell => ({ kind: "public", value: index.get(`${w.id}|${d}`) ?? 0 })),
    })),
  };
}

/** Per life domain: listings, the share not confirmed for 6 months, and places free. */
export function directoryTable(rows: { domain: LifeDomain; n: number; stale: number; placesFree: number | null }[]): DisplayTable {
  const per = new Map<LifeDomain, { n: number; stale: number; places: number }>();
  for (const r of rows) {
    const d = per.get(r.domain) ?? { n: 0, stale: 0, places: 0 };
    d.n += r.n;
    d.stale += r.stale;
    d.places += r.placesFree ?? 0;
    per.set(r.domain, d);
  }
  return {
    id: "directory",
    rowHeader: { key: "insights.table.domain" },
    columns: [{ key: "insights.directory.listings" }, { key: "insights.directory.stale" }, { key: "insights.directory.places" }],
    rows: LIFE_DOMAINS.map((d) => {
      const v = per.get(d) ?? { n: 0, stale: 0, places: 0 };
      return {
        head: domainLabel(d),
        cells: [
          { kind: "public", value: v.n },
          { kind: "share", value: v.n > 0 ? v.stale / v.n : null },
          { kind: "public", value: v.places },
        ],
      };
    }),
  };
}

/**
 * The first moment (UTC ms) of each of the last `count` months in Amsterdam, oldest first.
 * Summer time (UTC+2) runs from the last Sunday of March to the last Sunday of October, so a
 * month's first day is at +2 from April to October and at +1 otherwise.
 */
export function amsterdamMonths(now: Date, count: number): { month: string; start: number }[] {
  const local = new Date(now.getTime() + 2 * 3_600_000);
  const months: { month: string; start: number }[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const y = local.getUTCFullYear();
    const m = local.getUTCMonth() - i;
    const first = new Date(Date.UTC(y, m, 1));
    const offsetHours = first.getUTCMonth() >= 3 && first.getUTCMonth() <= 9 ? 2 : 1;
    months.push({
      month: `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, "0")}`,
      start: first.getTime() - offsetHours * 3_600_000,
    });
  }
  return months;
}

/** The household-based trend series, protected like other counts; answered collective needs are public. */
export const HOUSEHOLD_SERIES = ["needs", "unmet", "referrals"] as const;

/** Monthly counts (months × TREND_SERIES) from per-month rows. */
export function trendCounts(rows: { series: string; month: number; n: number }[], months: { month: string }[]): Record<TrendSeries, number>[] {
  const counts = months.map(() => ({ needs: 0, unmet: 0, referrals: 0, answered: 0 }) as Record<TrendSeries, number>);
  for (const r of rows) {
    if (counts[r.month] && (TREND_SERIES as readonly string[]).includes(r.series)) counts[r.month]![r.series as TrendSeries] += r.n;
  }
  return counts;
}

/** Monthly counts over the last months; `household` is the protected months × HOUSEHOLD_SERIES table. */
export function trendsTable(months: { month: string }[], counts: Record<TrendSeries, number>[], household: ProtectedTable): DisplayTable {
  return {
    id: "trends",
    rowHeader: { key: "insights.table.month" },
    columns: TREND_SERIES.map((s) => ({ key: `insights.trend.${s}` })),
    rows: months.map((m, i) => ({
      head: { key: "insights.table.monthLabel", params: { month: m.month } },
      cells: TREND_SERIES.map(
        (s): Cell => (s === "answered" ? { kind: "public", value: counts[i]![s] } : household.cells[i]![(HOUSEHOLD_SERIES as readonly string[]).indexOf(s)]!),
      ),
    })),
  };
}

/**
 * The period filter's start: the first moment of the Amsterdam month `months - 1` months back, so
 * a period is whole months (this one included), exactly the last rows of the monthly trends.
 */
export function periodStart(now: Date, months: number): number {
  return amsterdamMonths(now, months)[0]!.start;
}
