/** Builders for matching and referral tests: listings that take referrals, a referral world, sent referrals. */
import { sendReferral, type ContactInput } from "~/models/referral";
import { createInitiative, createOrganisationWithOwner, createStaffedTeam, nextNumber, type InitiativeOptions } from "./core";
import { buildHousehold, buildNeed, inTeam } from "./household";

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

/**
 * Everything a referral needs: a team with a household (with consent) and an open need, and an
 * organisation whose published listing takes referrals.
 */
export function makeReferralWorld(options: { capacity?: number | null; outside?: number; consent?: boolean } = {}) {
  const teamWorld = createStaffedTeam();
  const household = buildHousehold({ ...inTeam(teamWorld), consent: options.consent ?? true, children: ["4-11"] });
  const need = buildNeed(household.id);
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
