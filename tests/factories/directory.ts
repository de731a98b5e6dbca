/** Builders for directory tests: referrals to a listing and an open collective need of a wijk. */
import { collectiveNeeds, households, referrals } from "~db/schema";
import type { ReferralStatus } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { createTeam, unique } from "./core";

/** Referrals to a listing in the given statuses, each from its own household of one team. */
export function createReferrals(initiativeId: number, statuses: ReferralStatus[]) {
  const team = createTeam();
  for (const status of statuses) {
    const household = db
      .insert(households)
      .values({ teamId: team.id, reference: `H-${unique()}`, pc4: "3562" })
      .returning()
      .get();
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
