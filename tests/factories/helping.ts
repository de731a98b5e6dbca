/** Builders for the offering-help tests: volunteer openings and an open collective need asking for volunteers. */
import { checklistItems, collectiveNeeds } from "~db/schema";
import { db } from "~/utils/db.server";
import { createInitiative, createNeighbourhood, createTeam, unique, type InitiativeOptions } from "./core";

/** A published "volunteers wanted" listing of the organisation. */
export function createVolunteerOpening(organisationId: number, options: InitiativeOptions = {}) {
  return createInitiative(organisationId, {
    kind: "volunteers",
    title: "Vrijwilligers gezocht: koffie schenken",
    summary: "Help mee in de buurtkamer.",
    ...options,
  });
}

/** An open collective need with one "volunteers" checklist item. */
export function createCollectiveNeed(title = "Een plek om samen te koken") {
  const team = createTeam();
  const neighbourhood = createNeighbourhood();
  const need = db
    .insert(collectiveNeeds)
    .values({
      slug: `vraag-${unique()}`,
      teamId: team.id,
      neighbourhoodId: neighbourhood.id,
      domain: "social_network",
      targetGroup: "elderly",
      title,
      description: "Ouderen willen samen eten.",
      status: "open",
      publishedAt: new Date(),
    })
    .returning()
    .get();
  const item = db.insert(checklistItems).values({ collectiveNeedId: need.id, kind: "volunteers", quantity: 3 }).returning().get();
  return { need, item };
}
