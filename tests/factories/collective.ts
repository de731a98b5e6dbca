/** Builders for collective-need tests: unmet needs of a team's households and published collective needs. */
import type { LifeDomain } from "~/domain/vocabulary";
import { draftCollectiveNeed, publishCollectiveNeed, type ChecklistRow } from "~/models/collective-need";
import { nextNumber, type StaffedTeam } from "./core";
import { buildHousehold } from "./household";

/** `count` households of the team, each with one unmet need in `domain` (no children: target group "everyone"). */
export function makeUnmetNeeds(teamId: number, pc4: string, domain: LifeDomain, count: number, { withChildren = false } = {}) {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const household = buildHousehold({ teamId, pc4, children: withChildren ? ["4-11"] : [], needs: [{ domain, score: 2, status: "unmet" }] });
    ids.push(household.needIds[0]);
  }
  return ids;
}

export const DEFAULT_CHECKLIST: ChecklistRow[] = [
  { kind: "volunteers", quantity: 3, description: "Begeleiders" },
  { kind: "venue", quantity: 2, description: "Een zaal" },
];

/** A published need of the team, drafted by its consultant and published by its coordinator. */
export function makeOpenNeed(
  setup: Pick<StaffedTeam, "wijk" | "consultant" | "coordinator">,
  { title = `Samen eten ${nextNumber()}`, checklist = DEFAULT_CHECKLIST, linkSignalEvidence = false, domain = "social_network" as LifeDomain } = {},
) {
  const draft = draftCollectiveNeed(setup.consultant, {
    neighbourhoodId: setup.wijk.id,
    domain,
    targetGroup: "everyone",
    title,
    description: "Buren die alleen zijn willen samen eten.",
    checklist,
    linkSignalEvidence,
  });
  if (!draft.ok) throw new Error(draft.error);
  const published = publishCollectiveNeed(setup.coordinator, draft.id);
  if (!published.ok) throw new Error(published.error);
  return { id: draft.id, slug: published.slug };
}
