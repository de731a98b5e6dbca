/**
 * Team statistics over all time: the households still there plus the anonymous counts that erased
 * households left behind (db/schema/statistics.ts), so erasure never changes a total.
 * Only counts leave this module.
 */
import type { LifeDomain, ReferralStatus } from "~/domain/vocabulary";
import type { Need } from "~db/schema";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";

export type NeedCount = { neighbourhoodId: number; domain: LifeDomain; status: Need["status"]; needs: number };
export type ReferralCount = { initiativeId: number; status: ReferralStatus; declineReason: string; referrals: number };

function statisticsTeams(actor: Actor): number[] {
  return actor.teams.filter((t) => can(actor, "signals.view", { teamId: t.id })).map((t) => t.id);
}

const list = (ids: number[]) => ids.map(() => "?").join(", ");

/** Needs of the actor's teams per wijk × life domain × status (wijk 0: postcode in no known wijk). */
export function countNeedsByWijkAndDomain(actor: Actor): NeedCount[] {
  const teamIds = statisticsTeams(actor);
  if (teamIds.length === 0) return [];
  return db.$client
    .prepare(
      `SELECT neighbourhood_id AS neighbourhoodId, domain, status, SUM(needs) AS needs FROM (
         SELECT coalesce(p.neighbourhood_id, 0) AS neighbourhood_id, n.domain, n.status, COUNT(*) AS needs
         FROM needs n JOIN households h ON h.id = n.household_id LEFT JOIN postcodes p ON p.pc4 = h.pc4
         WHERE h.team_id IN (${list(teamIds)}) GROUP BY 1, 2, 3
         UNION ALL
         SELECT neighbourhood_id, domain, status, SUM(needs) FROM erased_need_counts
         WHERE team_id IN (${list(teamIds)}) GROUP BY 1, 2, 3)
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .all(...teamIds, ...teamIds) as NeedCount[];
}

/** Referrals the actor's teams made (drafts aside), per initiative × status × decline reason. */
export function countReferralsByInitiative(actor: Actor): ReferralCount[] {
  const teamIds = statisticsTeams(actor);
  if (teamIds.length === 0) return [];
  return db.$client
    .prepare(
      `SELECT initiative_id AS initiativeId, status, decline_reason AS declineReason, SUM(referrals) AS referrals FROM (
         SELECT r.initiative_id, r.status, coalesce(r.decline_reason, '') AS decline_reason, COUNT(*) AS referrals
         FROM referrals r JOIN households h ON h.id = r.household_id
         WHERE h.team_id IN (${list(teamIds)}) AND r.status <> 'draft' GROUP BY 1, 2, 3
         UNION ALL
         SELECT initiative_id, status, decline_reason, SUM(referrals) FROM erased_referral_counts
         WHERE team_id IN (${list(teamIds)}) GROUP BY 1, 2, 3)
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .all(...teamIds, ...teamIds) as ReferralCount[];
}
