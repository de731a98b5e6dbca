/** Small builders for matching and referral tests: a team with a household, an organisation with a listing. */
import { randomUUID } from "node:crypto";
import {
  consents,
  householdChildren,
  households,
  initiativeDomains,
  initiatives,
  initiativeTargetGroups,
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
import type { AgeBand, LifeDomain, TargetGroup } from "~/domain/vocabulary";
import { sendReferral, type ContactInput } from "~/models/referral.server";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";

let counter = 0;
const next = () => `${++counter}-${randomUUID().slice(0, 6)}`;

export function makeUser(name = "Gebruiker", { locale = "nl" as "nl" | "en", email }: { locale?: "nl" | "en"; email?: string } = {}): Actor {
  const id = randomUUID();
  db.insert(users)
    .values({ id, email: email ?? `user-${next()}@example.org`, name, passwordHash: "not-a-hash", locale })
    .run();
  return loadActor(id)!;
}

/** A wijk with one PC4 (centroid in Utrecht) and a team with a consultant and a coordinator. */
export function makeTeam(name = "Wijkteam") {
  const n = next();
  const wijk = db.insert(neighbourhoods).values({ slug: `wijk-${n}`, name: `Wijk ${n}`, lat: 52.1, lng: 5.1 }).returning().get();
  const pc4 = String(1000 + (counter % 8999));
  db.insert(postcodes).values({ pc4, neighbourhoodId: wijk.id, lat: 52.1, lng: 5.1 }).run();
  const team = db.insert(teams).values({ slug: `team-${n}`, name: `${name} ${n}` }).returning().get();
  db.insert(teamNeighbourhoods).values({ teamId: team.id, neighbourhoodId: wijk.id }).run();
  const consultant = makeUser("Consulent");
  const coordinator = makeUser("Coördinator");
  db.insert(teamMembers)
    .values([
      { teamId: team.id, userId: consultant.id, role: "member" },
      { teamId: team.id, userId: coordinator.id, role: "lead" },
    ])
    .run();
  return { wijk, pc4, team, consultant: loadActor(consultant.id)!, coordinator: loadActor(coordinator.id)! };
}

/** An organisation with its owner (and any extra members). */
export function makeOrganisation(extraMembers: Actor[] = [], { ownerLocale = "nl" as "nl" | "en", ownerEmail }: { ownerLocale?: "nl" | "en"; ownerEmail?: string } = {}) {
  const organisation = db
    .insert(organisations)
    .values({ slug: `org-${next()}`, name: `Buurtclub ${counter}`, kind: "club", verifiedAt: new Date() })
    .returning()
    .get();
  const owner = makeUser("Organisator", { locale: ownerLocale, email: ownerEmail });
  for (const [i, member] of [owner, ...extraMembers].entries()) {
    db.insert(organisationMembers)
      .values({ organisationId: organisation.id, userId: member.id, role: i === 0 ? "owner" : "editor" })
      .run();
  }
  return { organisation, owner: loadActor(owner.id)! };
}

export type InitiativeOptions = {
  title?: string;
  domains?: LifeDomain[];
  targetGroups?: TargetGroup[];
  capacity?: number | null;
  outside?: number;
  acceptsReferrals?: boolean;
  status?: "draft" | "published" | "paused";
  lat?: number | null;
  lng?: number | null;
  isFree?: boolean;
};

export function makeInitiative(organisationId: number, options: InitiativeOptions = {}) {
  const initiative = db
    .insert(initiatives)
    .values({
      slug: `initiatief-${next()}`,
      organisationId,
      title: options.title ?? `Buurtkamer ${counter}`,
      summary: "Samen koffie drinken en elkaar leren kennen.",
      kind: "activity",
      status: options.status ?? "published",
      acceptsReferrals: options.acceptsReferrals ?? true,
      capacity: options.capacity ?? null,
      participantsOutsideReferrals: options.outside ?? 0,
      lat: options.lat === undefined ? 52.101 : options.lat,
      lng: options.lng === undefined ? 5.101 : options.lng,
      isFree: options.isFree ?? true,
      lastConfirmedAt: new Date(),
      publishedAt: new Date(),
    })
    .returning()
    .get();
  const domains = options.domains ?? ["social_network"];
  db.insert(initiativeDomains)
    .values(domains.map((domain) => ({ initiativeId: initiative.id, domain })))
    .run();
  if (options.targetGroups?.length) {
    db.insert(initiativeTargetGroups)
      .values(options.targetGroups.map((targetGroup) => ({ initiativeId: initiative.id, targetGroup })))
      .run();
  }
  return initiative;
}

export type HouseholdOptions = {
  consent?: boolean;
  children?: AgeBand[];
  adults?: number;
  languages?: string[];
  maxTravelKm?: number | null;
  needsWheelchairAccess?: boolean;
  closed?: boolean;
  pc4?: string;
};

export function makeHousehold(world: { team: { id: number }; pc4: string; consultant: Actor }, options: HouseholdOptions = {}) {
  const household = db
    .insert(households)
    .values({
      teamId: world.team.id,
      reference: `HH-${next()}`,
      pc4: options.pc4 ?? world.pc4,
      adults: options.adults ?? 1,
      languages: options.languages ?? ["nl"],
      maxTravelKm: options.maxTravelKm ?? null,
      needsWheelchairAccess: options.needsWheelchairAccess ?? false,
      consultantId: world.consultant.id,
      createdBy: world.consultant.id,
      closedAt: options.closed ? new Date() : null,
    })
    .returning()
    .get();
  if (options.children?.length) {
    db.insert(householdChildren)
      .values(options.children.map((ageBand) => ({ householdId: household.id, ageBand })))
      .run();
  }
  if (options.consent) giveConsent(household.id, world.consultant);
  return household;
}

export function giveConsent(householdId: number, by: Actor) {
  return db
    .insert(consents)
    .values({ householdId, givenOn: "2026-01-15", scope: "Verwijzen naar activiteiten in de wijk", recordedBy: by.id })
    .returning()
    .get();
}

export function makeNeed(householdId: number, domain: LifeDomain = "social_network", score = 2) {
  return db.insert(needs).values({ householdId, domain, score }).returning().get();
}

/**
 * Everything a referral needs: a team with a household (with consent) and an open need, and an
 * organisation whose published listing takes referrals.
 */
export function makeReferralWorld(options: { capacity?: number | null; outside?: number; consent?: boolean } = {}) {
  const teamWorld = makeTeam();
  const household = makeHousehold(teamWorld, { consent: options.consent ?? true, children: ["4-11"] });
  const need = makeNeed(household.id);
  const { organisation, owner } = makeOrganisation();
  const initiative = makeInitiative(organisation.id, { capacity: options.capacity ?? null, outside: options.outside ?? 0 });
  return { ...teamWorld, household, need, organisation, organiser: owner, initiative };
}

export type ReferralWorld = ReturnType<typeof makeReferralWorld>;

export const TEST_CONTACT: ContactInput = {
  name: "Mevrouw A.",
  phone: "06 12345678",
  email: "bewoner@example.org",
  preference: "phone",
};

/** A referral sent by the world's consultant; throws when the model refuses. */
export function sendTestReferral(
  world: Pick<ReferralWorld, "consultant" | "household" | "need" | "initiative">,
  options: { contact?: ContactInput; initiativeId?: number; householdId?: number } = {},
) {
  const result = sendReferral(world.consultant, {
    householdId: options.householdId ?? world.household.id,
    initiativeId: options.initiativeId ?? world.initiative.id,
    needId: options.householdId ? null : world.need.id,
    message: "Mevrouw wil graag mensen ontmoeten.",
    lookingFor: "Een vaste activiteit in de week, dichtbij.",
    contact: options.contact,
  });
  if (!result.ok) throw new Error(`sendReferral refused: ${result.error}`);
  return result.referralId;
}
