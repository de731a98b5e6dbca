/**
 * Team statistics over all time: the households still there plus the anonymous counts that erased
 * households left behind (db/schema/statistics.ts), so erasure never changes a total
 * (docs/decisions/007-retention-and-dates.md). Only counts leave this module.
 */
import type { LifeDomain, ReferralStatus } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";

export type NeedRow = {
  neighbourhoodName: string | null;
  domain: LifeDomain;
  open: number;
  referred: number;
  unmet: number;
  resolved: number;
  total: number;
};

export type ReferralRow = {
  initiativeTitle: string;
  running: number;
  completed: number;
  /** Stopped, or no contact made. */
  notSucceeded: number;
  declined: number;
  withdrawn: number;
  total: number;
};

export type TeamStatistics = { needs: NeedRow[]; referrals: ReferralRow[] };

const OUTCOME: Record<Exclude<ReferralStatus, "draft">, keyof Omit<ReferralRow, "initiativeTitle" | "total">> = {
  sent: "running",
  waitlisted: "running",
  accepted: "running",
  started: "running",
  completed: "completed",
  stopped: "notSucceeded",
  could_not_contact: "notSucceeded",
  declined: "declined",
  withdrawn: "withdrawn",
};

const list = (ids: number[]) => ids.map(() => "?").join(", ");

/**
 * Needs of the teams per neighbourhood × life domain × status, live and erased together. A need carries its
 * household's team and neighbourhood (kept by triggers, decision 009), so this reads one index.
 */
function needCounts(teamIds: number[]) {
  return db.$client
    .prepare(
      `SELECT c.neighbourhood_id AS neighbourhood, nb.name AS neighbourhoodName, c.domain, c.status, SUM(c.needs) AS needs FROM (
         SELECT coalesce(n.neighbourhood_id, 0) AS neighbourhood_id, n.domain, n.status, COUNT(*) AS needs
         FROM needs n WHERE n.team_id IN (${list(teamIds)}) GROUP BY 1, 2, 3
         UNION ALL
         SELECT neighbourhood_id, domain, status, needs FROM erased_need_counts WHERE team_id IN (${list(teamIds)})
       ) c LEFT JOIN neighbourhoods nb ON nb.id = c.neighbourhood_id
       GROUP BY c.neighbourhood_id, c.domain, c.status`,
    )
    .all(...teamIds, ...teamIds) as { neighbourhood: number; neighbourhoodName: string | null; domain: LifeDomain; status: keyof NeedRow; needs: number }[];
}

/** Referrals the teams made (drafts aside) per initiative × status, live and erased together. */
function referralCounts(teamIds: number[]) {
  return db.$client
    .prepare(
      `SELECT c.initiative_id AS initiativeId, i.title AS initiativeTitle, c.status, SUM(c.referrals) AS referrals FROM (
         SELECT r.initiative_id, r.status, COUNT(*) AS referrals
         FROM referrals r JOIN households h ON h.id = r.household_id
         WHERE h.team_id IN (${list(teamIds)}) AND r.status <> 'draft' GROUP BY 1, 2
         UNION ALL
         SELECT initiative_id, status, referrals FROM erased_referral_counts WHERE team_id IN (${list(teamIds)})
       ) c JOIN initiatives i ON i.id = c.initiative_id
       GROUP BY c.initiative_id, c.status`,
    )
    .all(...teamIds, ...teamIds) as { initiativeId: number; initiativeTitle: string; status: Exclude<ReferralStatus, "draft">; referrals: number }[];
}

/** All needs and referrals of the actor's teams, for the signals page; biggest first. */
export function getTeamStatistics(actor: Actor): TeamStatistics {
  const teamIds = actor.teams.filter((t) => can(actor, "signals.view", { teamId: t.id })).map((t) => t.id);
  if (teamIds.length === 0) return { needs: [], referrals: [] };

  const needs = new Map<string, NeedRow>();
  for (const row of needCounts(teamIds)) {
    const key = `${row.neighbourhood}|${row.domain}`;
    const entry = needs.get(key) ?? { neighbourhoodName: row.neighbourhoodName, domain: row.domain, open: 0, referred: 0, unmet: 0, resolved: 0, total: 0 };
    (entry[row.status] as number) += row.needs;
    entry.total += row.needs;
    needs.set(key, entry);
  }
  const referrals = new Map<number, ReferralRow>();
  for (const row of referralCounts(teamIds)) {
    const entry = referrals.get(row.initiativeId) ?? {
      initiativeTitle: row.initiativeTitle,
      running: 0,
      completed: 0,
      notSucceeded: 0,
      declined: 0,
      withdrawn: 0,
      total: 0,
    };
    entry[OUTCOME[row.status]] += row.referrals;
    entry.total += row.referrals;
    referrals.set(row.initiativeId, entry);
  }
  const byName = (a: string | null, b: string | null) => (a ?? "").localeCompare(b ?? "", "nl");
  return {
    needs: [...needs.values()].sort((a, b) => b.total - a.total || byName(a.neighbourhoodName, b.neighbourhoodName) || a.domain.localeCompare(b.domain)),
    referrals: [...referrals.values()].sort((a, b) => b.total - a.total || byName(a.initiativeTitle, b.initiativeTitle)),
  };
}
