/**
 * The referral builder (any status, inserted directly, as if the referral got there through its
 * events), the referral world a referral needs, and the consultant's real path: sending through the
 * use case, for tests that need what sending does (checks, events, notifications, e-mail).
 */
import { referrals } from "~db/schema";
import type { ContactPreference, ReferralStatus } from "~/domain/vocabulary";
import { sendReferral, type ContactInput } from "~/models/referral";
import { db } from "~/utils/db.server";
import { createInitiative, createOrganisationWithOwner, createStaffedTeam, createTeam, nextNumber, type InitiativeOptions } from "./core";
import { buildHousehold, buildNeed, inTeam } from "./household";

export type TestContact = { name: string; phone?: string; email?: string; preference?: ContactPreference };

export type ReferralOptions = {
  householdId: number;
  initiativeId: number;
  status: ReferralStatus;
  needId?: number | null;
  message?: string;
  lookingFor?: string;
  contact?: TestContact;
  outcome?: string | null;
  createdBy?: string | null;
  /** Now, unless the referral is a draft. */
  sentAt?: Date | null;
  answeredAt?: Date | null;
  closedAt?: Date | null;
  createdAt?: Date;
  updatedAt?: Date;
};

/** A referral in any status; returns its id. */
export function buildReferral(options: ReferralOptions) {
  const sentAt = options.sentAt ?? (options.status === "draft" ? null : new Date());
  return db
    .insert(referrals)
    .values({
      householdId: options.householdId,
      initiativeId: options.initiativeId,
      needId: options.needId ?? null,
      status: options.status,
      message: options.message ?? "Graag contact.",
      lookingFor: options.lookingFor ?? "Gezelschap",
      contactName: options.contact?.name ?? null,
      contactPhone: options.contact?.phone ?? null,
      contactEmail: options.contact?.email ?? null,
      contactPreference: options.contact?.preference ?? null,
      outcome: options.outcome ?? null,
      createdBy: options.createdBy ?? null,
      sentAt,
      answeredAt: options.answeredAt ?? null,
      closedAt: options.closedAt ?? null,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      ...(options.updatedAt ? { updatedAt: options.updatedAt } : {}),
    })
    .returning({ id: referrals.id })
    .get().id;
}

/** Referrals to a listing in the given statuses, each from its own household of one new team; returns the team. */
export function buildReferralsTo(initiativeId: number, statuses: ReferralStatus[]) {
  const team = createTeam();
  for (const status of statuses) buildReferral({ householdId: buildHousehold({ teamId: team.id, pc4: "3562" }).id, initiativeId, status });
  return team;
}

/** A published listing that takes referrals, free, right next to the teams' neighbourhoods, open to all (no target groups or languages). */
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

/**
 * A referral sent by the world's consultant through the sendReferral use case; throws when the model
 * refuses. With another `householdId` it is sent without a need.
 */
export function sendReferralAsConsultant(
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
