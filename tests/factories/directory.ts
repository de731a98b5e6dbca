/** Builders for directory tests: referrals to a listing and an open collective need of a wijk. */
import { collectiveNeeds, referrals } from "~db/schema";
import type { ReferralStatus } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { createTeam, unique } from "./core";
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

export function createOpenNeed(neighbourhoodId: number, title = "Een plek om samen te koken") {
  const team = createTeam();
  return db
    .insert(collectiveNeeds)
    .values({
      slug: `vraag-${unique()}`,
      teamId: team.id,
      neighbourhoodId,
      domain: "social_network",
      targetGroup: "elderly",
      title,
      description: "Ouderen in de wijk zoeken een plek om samen te eten.",
      status: "open",
      publishedAt: new Date(),
    })
    .returning()
    .get();
}
