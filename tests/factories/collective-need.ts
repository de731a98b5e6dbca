/**
 * The collective-need builder, and the team's real path to a published need (through the use cases)
 * for tests that need what drafting and publishing do: the slug, the checklist, linked signal evidence.
 */
import { eq } from "drizzle-orm";
import { checklistItems, collectiveNeeds, initiatives, scheduleSlots } from "~db/schema";
import type { CollectiveNeedStatus, LifeDomain, TargetGroup } from "~/domain/vocabulary";
import { draftCollectiveNeed, publishCollectiveNeed, type ChecklistRow } from "~/models/collective-need";
import { db } from "~/utils/db.server";
import { createNeighbourhood, createTeam, nextNumber, unique, type StaffedTeam } from "./core";

export type CollectiveNeedOptions = {
  /** A new team when not given. */
  teamId?: number;
  /** A new neighbourhood when not given. */
  neighbourhoodId?: number;
  title?: string;
  description?: string;
  domain?: LifeDomain;
  targetGroup?: TargetGroup;
  status?: CollectiveNeedStatus;
  checklist?: Array<Pick<ChecklistRow, "kind" | "quantity"> & { description?: string }>;
};

/** A collective need, open (published now) unless told otherwise; returns its row and its checklist items in the order given. */
export function buildCollectiveNeed(options: CollectiveNeedOptions = {}) {
  const status = options.status ?? "open";
  const need = db
    .insert(collectiveNeeds)
    .values({
      slug: `vraag-${unique()}`,
      teamId: options.teamId ?? createTeam().id,
      neighbourhoodId: options.neighbourhoodId ?? createNeighbourhood().id,
      domain: options.domain ?? "social_network",
      targetGroup: options.targetGroup ?? "elderly",
      title: options.title ?? "Een plek om samen te koken",
      description: options.description ?? "Ouderen in de wijk zoeken een plek om samen te eten.",
      status,
      publishedAt: status === "draft" ? null : new Date(),
    })
    .returning()
    .get();
  const items = (options.checklist ?? []).map((row) =>
    db
      .insert(checklistItems)
      .values({ collectiveNeedId: need.id, kind: row.kind, quantity: row.quantity, description: row.description ?? "" })
      .returning()
      .get(),
  );
  return { need, items };
}

export const DEFAULT_CHECKLIST: ChecklistRow[] = [
  { kind: "volunteers", quantity: 3, description: "Begeleiders" },
  { kind: "venue", quantity: 2, description: "Een zaal" },
];

/** A need drafted by the team's consultant and published by its coordinator, through the use cases. */
export function publishNeedAsTeam(
  team: Pick<StaffedTeam, "neighbourhood" | "consultant" | "coordinator">,
  { title = `Samen eten ${nextNumber()}`, checklist = DEFAULT_CHECKLIST, linkSignalEvidence = false, domain = "social_network" as LifeDomain } = {},
) {
  const draft = draftCollectiveNeed(team.consultant, {
    neighbourhoodId: team.neighbourhood.id,
    domain,
    targetGroup: "everyone",
    title,
    description: "Buren die alleen zijn willen samen eten.",
    checklist,
    linkSignalEvidence,
  });
  if (!draft.ok) throw new Error(draft.error);
  const published = publishCollectiveNeed(team.coordinator, draft.id);
  if (!published.ok) throw new Error(published.error);
  return { id: draft.id, slug: published.slug };
}

/** What the organiser fills in before an activity started from a need can go public: when, where and how to take part. */
export function completeStartedActivity(initiativeId: number) {
  db.update(initiatives)
    .set({ address: "Dorpsstraat 1", postcode: "3562JT", contactEmail: "activiteit@example.org" })
    .where(eq(initiatives.id, initiativeId))
    .run();
  db.insert(scheduleSlots).values({ initiativeId, weekday: 3, startTime: "10:00", endTime: "12:00" }).run();
}
