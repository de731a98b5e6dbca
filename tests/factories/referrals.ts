/** Builders for matching and referral tests: households with needs and consent, listings that take referrals, sent referrals. */
import { consents, householdChildren, households, needs } from "~db/schema";
import type { AgeBand, LifeDomain } from "~/domain/vocabulary";
import { sendReferral, type ContactInput } from "~/models/referral";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";
import { createInitiative, createOrganisationWithOwner, createStaffedTeam, nextNumber, unique, type InitiativeOptions } from "./core";

/** A published listing that takes referrals, free, right next to the teams' wijken, open to all (no target groups or languages). */
export function makeReferralListing(organisationId: number, options: InitiativeOptions = {}) {
  return createInitiative(organisationId, {
    title: `Buurtkamer ${nextNumber()}`,
    summary: "Samen koffie drinken en elkaar leren kennen.",
    acceptsReferrals: true,
    isFree: true,
    at: [52.101, 5.101],
    targetGroups: [],
    languages: [],
    ...options,
  });
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
      reference: `HH-${unique()}`,
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
  const teamWorld = createStaffedTeam();
  const household = makeHousehold(teamWorld, { consent: options.consent ?? true, children: ["4-11"] });
  const need = makeNeed(household.id);
  const { organisation, owner } = createOrganisationWithOwner();
  const initiative = makeReferralListing(organisation.id, { capacity: options.capacity ?? null, outside: options.outside ?? 0 });
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
