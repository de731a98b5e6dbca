/** Builders for directory tests: referrals to a listing. */
import { referrals } from "~db/schema";
import type { ReferralStatus } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { createTeam } from "./core";
import { buildHousehold } from "./household";

/** Referrals to a listing in the given statuses, each from its own household of one team. */
export function createReferrals(initiativeId: number, statuses: ReferralStatus[]) {
  const team = createTeam();
  for (const status of statuses) {
    const household = buildHousehold({ teamId: team.id, pc4: "3562" });
    db.insert(referrals).values({ householdId: household.id, initiativeId, status }).run();
  }
  return team;
}
