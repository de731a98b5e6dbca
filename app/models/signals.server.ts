/**
 * Signals: where the team's caseload and the directory's searches show a need nothing answers.
 * Only counts leave this module, never a household.
 */
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { needs } from "~db/schema";
import type { LifeDomain, TargetGroup } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";

const DAY = 24 * 60 * 60 * 1000;
const MONTHS_3 = 91 * DAY;
const MONTHS_12 = 365 * DAY;

export type SignalTrend = "up" | "down" | "steady";

export type Signal = {
  neighbourhoodId: number;
  neighbourhoodName: string;
  domain: LifeDomain | null;
  targetGroup: TargetGroup | null;
  /** Households with this unmet need. */
  unmet: { last3: number; last12: number };
  /** Searches in the directory that found nothing. */
  searches: { last3: number; last12: number };
  trend: SignalTrend;
};

function placeholders(values: unknown[]) {
  return values.map(() => "?").join(", ");
}

type UnmetRow = { needId: number; householdId: number; neighbourhood: number; domain: LifeDomain; targetGroup: TargetGroup; at: number };

/**
 * Unmet needs of open households of the teams in the last 12 months, each with the household's
 * target group by the rule the matching module counts with (primaryTargetGroup). Needs carry their
 * household's team, neighbourhood, target group and closed state (kept by triggers, decision 020), so this
 * reads the team's unmet needs from one index and visits no household.
 */
function teamUnmetRows(teamIds: number[], since: number): UnmetRow[] {
  if (teamIds.length === 0) return [];
  const rows = db
    .select({
      needId: needs.id,
      householdId: needs.householdId,
      neighbourhood: needs.neighbourhoodId,
      domain: needs.domain,
      targetGroup: needs.targetGroup,
      unmetAt: needs.unmetAt,
      createdAt: needs.createdAt,
    })
    .from(needs)
    .where(
      and(
        eq(needs.status, "unmet"),
        eq(needs.householdClosed, false),
        inArray(needs.teamId, teamIds),
        gte(sql`coalesce(${needs.unmetAt}, ${needs.createdAt})`, since),
      ),
    )
    .all();
  return rows.flatMap((r) =>
    r.neighbourhood === null || r.targetGroup === null
      ? []
      : [
          {
            needId: r.needId,
            householdId: r.householdId,
            neighbourhood: r.neighbourhood,
            domain: r.domain,
            targetGroup: r.targetGroup,
            at: (r.unmetAt ?? r.createdAt).getTime(),
          },
        ],
  );
}

/**
 * Last 3 months against the average 3 months before that (within the year): more, fewer or about
 * the same. A quarter either way counts as a change.
 */
export function trendOf(last3: number, last12: number): SignalTrend {
  const earlierPerQuarter = (last12 - last3) / 3;
  if (last3 > earlierPerQuarter * 1.25 && last3 - earlierPerQuarter >= 1) return "up";
  if (last3 < earlierPerQuarter * 0.75 && earlierPerQuarter - last3 >= 1) return "down";
  return "steady";
}

/** Teams whose signals the actor may see. */
function visibleTeams(actor: Actor): number[] {
  return actor.teams.filter((t) => can(actor, "signals.view", { teamId: t.id })).map((t) => t.id);
}

export type SignalFilter = { neighbourhoodId?: number; domain?: LifeDomain };

/** The neighbourhoods of the actor's teams, for the signals page's filter. */
export function listSignalNeighbourhoods(actor: Actor): { id: number; slug: string; name: string }[] {
  const teamIds = visibleTeams(actor);
  if (teamIds.length === 0) return [];
  return db.$client
    .prepare(
      `SELECT DISTINCT n.id, n.slug, n.name FROM team_neighbourhoods tn JOIN neighbourhoods n ON n.id = tn.neighbourhood_id
       WHERE tn.team_id IN (${placeholders(teamIds)}) ORDER BY n.name`,
    )
    .all(...teamIds) as { id: number; slug: string; name: string }[];
}

/** Unmet needs and zero-result searches in the actor's teams' neighbourhoods, most households first; optionally one neighbourhood and/or life domain. */
export function listSignals(actor: Actor, now = new Date(), filter: SignalFilter = {}): Signal[] {
  const teamIds = visibleTeams(actor);
  if (teamIds.length === 0) return [];
  const raw = db.$client;
  const since12 = now.getTime() - MONTHS_12;
  const since3 = now.getTime() - MONTHS_3;
  const neighbourhoods = raw
    .prepare(
      `SELECT DISTINCT n.id, n.name FROM team_neighbourhoods tn JOIN neighbourhoods n ON n.id = tn.neighbourhood_id
       WHERE tn.team_id IN (${placeholders(teamIds)})`,
    )
    .all(...teamIds) as { id: number; name: string }[];
  if (neighbourhoods.length === 0) return [];
  const neighbourhoodIds = neighbourhoods.map((w) => w.id);
  const served = new Set(neighbourhoodIds);
  const unmet = new Map<string, { neighbourhood: number; domain: LifeDomain; tg: TargetGroup; last3: Set<number>; last12: Set<number> }>();
  for (const row of teamUnmetRows(teamIds, since12)) {
    if (!served.has(row.neighbourhood)) continue;
    const key = `${row.neighbourhood}|${row.domain}|${row.targetGroup}`;
    let group = unmet.get(key);
    if (!group) unmet.set(key, (group = { neighbourhood: row.neighbourhood, domain: row.domain, tg: row.targetGroup, last3: new Set(), last12: new Set() }));
    group.last12.add(row.householdId);
    if (row.at >= since3) group.last3.add(row.householdId);
  }
  const gaps = raw
    .prepare(
      `SELECT neighbourhood_id AS neighbourhood, domain, target_group AS tg,
              SUM(CASE WHEN created_at >= ? THEN 1 ELSE 0 END) AS last3, COUNT(*) AS last12
       FROM search_gaps
       WHERE neighbourhood_id IN (${placeholders(neighbourhoodIds)}) AND created_at >= ?
       GROUP BY neighbourhood, domain, tg`,
    )
    .all(since3, ...neighbourhoodIds, since12) as { neighbourhood: number; domain: LifeDomain | null; tg: TargetGroup | null; last3: number; last12: number }[];

  const names = new Map(neighbourhoods.map((w) => [w.id, w.name]));
  const byKey = new Map<string, Signal>();
  const entry = (neighbourhood: number, domain: LifeDomain | null, tg: TargetGroup | null) => {
    const key = `${neighbourhood}|${domain ?? ""}|${tg ?? ""}`;
    let signal = byKey.get(key);
    if (!signal) {
      signal = {
        neighbourhoodId: neighbourhood,
        neighbourhoodName: names.get(neighbourhood) ?? "",
        domain,
        targetGroup: tg,
        unmet: { last3: 0, last12: 0 },
        searches: { last3: 0, last12: 0 },
        trend: "steady",
      };
      byKey.set(key, signal);
    }
    return signal;
  };
  for (const row of unmet.values()) entry(row.neighbourhood, row.domain, row.tg).unmet = { last3: row.last3.size, last12: row.last12.size };
  for (const row of gaps) entry(row.neighbourhood, row.domain, row.tg).searches = { last3: row.last3, last12: row.last12 };
  const size = (s: Signal) => s.unmet.last12 + s.searches.last12;
  return (
    [...byKey.values()]
      .filter((s) => (filter.neighbourhoodId === undefined || s.neighbourhoodId === filter.neighbourhoodId) && (!filter.domain || s.domain === filter.domain))
      .map((s) => ({ ...s, trend: trendOf(s.unmet.last3 + s.searches.last3, size(s)) }))
      // Biggest means most households first (what the table leads with); empty searches only break ties.
      .sort(
        (a, b) =>
          b.unmet.last12 - a.unmet.last12 ||
          b.searches.last12 - a.searches.last12 ||
          b.unmet.last3 + b.searches.last3 - (a.unmet.last3 + a.searches.last3) ||
          a.neighbourhoodName.localeCompare(b.neighbourhoodName) ||
          (a.domain ?? "").localeCompare(b.domain ?? ""),
      )
  );
}

/** The team's unmet needs behind one signal (last 12 months): the evidence a draft links to. */
export function teamUnmetNeedIds(
  teamIds: number[],
  group: { neighbourhoodId: number; domain: LifeDomain; targetGroup: TargetGroup },
  now = new Date(),
): number[] {
  return signalRows(teamIds, group, now).map((r) => r.needId);
}

function signalRows(teamIds: number[], group: { neighbourhoodId: number; domain: LifeDomain; targetGroup: TargetGroup }, now: Date) {
  return teamUnmetRows(teamIds, now.getTime() - MONTHS_12).filter(
    (r) => r.neighbourhood === group.neighbourhoodId && r.domain === group.domain && r.targetGroup === group.targetGroup,
  );
}

/** How many households a draft from this signal would link, for the draft form. */
export function countSignalHouseholds(actor: Actor, group: { neighbourhoodId: number; domain: LifeDomain; targetGroup: TargetGroup }): number {
  return new Set(signalRows(visibleTeams(actor), group, new Date()).map((r) => r.householdId)).size;
}
