/** Small builders for the offering-help tests: only what those tests need, each uniquely named. */
import { randomUUID } from "node:crypto";
import {
  checklistItems,
  collectiveNeeds,
  initiatives,
  neighbourhoods,
  organisationMembers,
  organisations,
  teams,
  users,
} from "~db/schema";
import type { InitiativeKind, InitiativeStatus, OrganisationRole } from "~/domain/vocabulary";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";

let counter = 0;
const next = () => `${++counter}-${randomUUID().slice(0, 6)}`;

/** A user without a usable password: for tests that never log in. */
export function createUser(name = "Bewoner"): Actor {
  const id = randomUUID();
  db.insert(users).values({ id, email: `user-${next()}@example.org`, name, passwordHash: "not-a-hash" }).run();
  return loadActor(id)!;
}

export function createOrganisation(members: { actor: Actor; role?: OrganisationRole }[] = [], name = "Buurtclub") {
  const org = db
    .insert(organisations)
    .values({ slug: `org-${next()}`, name, kind: "club", verifiedAt: new Date() })
    .returning()
    .get();
  for (const { actor, role = "owner" } of members) {
    db.insert(organisationMembers).values({ organisationId: org.id, userId: actor.id, role }).run();
  }
  return org;
}

/** Re-reads the actor so new memberships count. */
export function refresh(actor: Actor): Actor {
  return loadActor(actor.id)!;
}

export function createInitiative(
  organisationId: number,
  options: { kind?: InitiativeKind; status?: InitiativeStatus; title?: string } = {},
) {
  return db
    .insert(initiatives)
    .values({
      slug: `initiatief-${next()}`,
      organisationId,
      title: options.title ?? "Vrijwilligers gezocht: koffie schenken",
      summary: "Help mee in de buurtkamer.",
      kind: options.kind ?? "volunteers",
      status: options.status ?? "published",
      lastConfirmedAt: new Date(),
      publishedAt: options.status === "published" || options.status === undefined ? new Date() : null,
    })
    .returning()
    .get();
}

export function createNeighbourhood(name = "Overvecht") {
  return db
    .insert(neighbourhoods)
    .values({ slug: `wijk-${next()}`, name, lat: 52.1, lng: 5.1 })
    .returning()
    .get();
}

/** An open collective need with one "volunteers" checklist item. */
export function createCollectiveNeed(title = "Een plek om samen te koken") {
  const team = db.insert(teams).values({ slug: `team-${next()}`, name: "Wijkteam" }).returning().get();
  const neighbourhood = createNeighbourhood();
  const need = db
    .insert(collectiveNeeds)
    .values({
      slug: `vraag-${next()}`,
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
