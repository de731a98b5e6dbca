/** Small builders for collective-need tests: a wijk with a team, people in roles, unmet needs. */
import { randomUUID } from "node:crypto";
import {
  householdChildren,
  households,
  needs,
  neighbourhoods,
  organisationMembers,
  organisations,
  postcodes,
  teamMembers,
  teamNeighbourhoods,
  teams,
  users,
} from "~db/schema";
import type { LifeDomain } from "~/domain/vocabulary";
import { draftCollectiveNeed, publishCollectiveNeed, type ChecklistRow } from "~/models/collective-need.server";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";

let counter = 0;
const next = () => ++counter;

export function makeUser(name = `Persoon ${next()}`): Actor {
  const id = randomUUID();
  db.insert(users).values({ id, email: `${id}@test.nl`, name, passwordHash: "not-used" }).run();
  return loadActor(id)!;
}

/** A wijk with one PC4 and a team serving it, with a consultant and a coordinator. */
export function makeWijkTeam() {
  const n = next();
  const wijk = db
    .insert(neighbourhoods)
    .values({ slug: `wijk-${n}`, name: `Wijk ${n}`, lat: 52.1, lng: 5.1 })
    .returning()
    .get();
  const pc4 = String(3500 + n);
  db.insert(postcodes).values({ pc4, neighbourhoodId: wijk.id, lat: 52.1, lng: 5.1 }).run();
  const team = db.insert(teams).values({ slug: `team-${n}`, name: `Wijkteam ${n}` }).returning().get();
  db.insert(teamNeighbourhoods).values({ teamId: team.id, neighbourhoodId: wijk.id }).run();
  const consultant = makeUser(`Consulent ${n}`);
  const coordinator = makeUser(`Coördinator ${n}`);
  db.insert(teamMembers)
    .values([
      { teamId: team.id, userId: consultant.id, role: "member" },
      { teamId: team.id, userId: coordinator.id, role: "lead" },
    ])
    .run();
  return { wijk, pc4, team, consultant: loadActor(consultant.id)!, coordinator: loadActor(coordinator.id)! };
}

export function makeOrganisation(owner: Actor, { verified = true } = {}) {
  const n = next();
  const org = db
    .insert(organisations)
    .values({ slug: `org-${n}`, name: `Buurtclub ${n}`, kind: "club", verifiedAt: verified ? new Date() : null })
    .returning()
    .get();
  db.insert(organisationMembers).values({ organisationId: org.id, userId: owner.id, role: "owner" }).run();
  return { org, owner: loadActor(owner.id)! };
}

/** `count` households of the team, each with one unmet need in `domain` (no children: target group "everyone"). */
export function makeUnmetNeeds(teamId: number, pc4: string, domain: LifeDomain, count: number, { withChildren = false } = {}) {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const household = db
      .insert(households)
      .values({ teamId, reference: `HH-${next()}`, pc4 })
      .returning()
      .get();
    if (withChildren) db.insert(householdChildren).values({ householdId: household.id, ageBand: "4-11" }).run();
    const need = db
      .insert(needs)
      .values({ householdId: household.id, domain, score: 2, status: "unmet", unmetAt: new Date() })
      .returning()
      .get();
    ids.push(need.id);
  }
  return ids;
}

export const DEFAULT_CHECKLIST: ChecklistRow[] = [
  { kind: "volunteers", quantity: 3, description: "Begeleiders" },
  { kind: "venue", quantity: 2, description: "Een zaal" },
];

/** A published need of the team, drafted by its consultant and published by its coordinator. */
export function makeOpenNeed(
  setup: ReturnType<typeof makeWijkTeam>,
  { title = `Samen eten ${next()}`, checklist = DEFAULT_CHECKLIST, linkSignalEvidence = false, domain = "social_network" as LifeDomain } = {},
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
