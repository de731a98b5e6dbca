/**
 * Data a journey owns: fixtures that make fresh records in the e2e server's database through the
 * same use cases the routes call (registerUser, createHousehold, completeIntake, createListing…),
 * acting as the demo staff who would do it in the site. Every name carries the worker's index and a
 * counter, so journeys on parallel workers never meet each other's rows. Journeys that change a
 * record import `test` from here; seeded demo records are only read (see tests/e2e/README.md).
 */
import { randomUUID } from "node:crypto";
import { test as base } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { succeeded } from "#tests/factories/core";
import { householdInput } from "#tests/factories/household";
import { listingInput } from "#tests/factories/organisation";
import { neighbourhoods, needs, organisations, postcodes, teamMembers, teamNeighbourhoods, users } from "~db/schema";
import { DEMO_PASSWORD } from "~db/seed/data/accounts";
import { DEMO_ORGANISATION_SLUG } from "~db/seed/data/organisations";
import { LIFE_DOMAINS, type LifeDomain } from "~/domain/vocabulary";
import { registerUser } from "~/models/account.server";
import { recordConsent } from "~/models/consent.server";
import { createHousehold } from "~/models/household";
import { completeIntake } from "~/models/intake.server";
import { changeListingStatus, createListing } from "~/models/listing.server";
import { approveListing } from "~/models/moderation.server";
import { registerOrganisation } from "~/models/organisation.server";
import { setPlatformRole } from "~/models/people-admin.server";
import { sendReferral } from "~/models/referral";
import { saveTeam } from "~/models/team-admin.server";
import { addTeamMember } from "~/models/team-membership.server";
import { applyAsVolunteer } from "~/models/volunteering.server";
import type { ListingInput } from "~/schemas/listing";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { todayInAmsterdam } from "~/utils/dates";
import type { Actor } from "~/utils/permissions";
import { DEMO } from "./support";

// The use cases open the database named here on first use: the e2e server's own (playwright.config.ts).
if (!process.env.E2E_DATABASE_PATH) throw new Error("E2E_DATABASE_PATH is not set");
process.env.DATABASE_PATH = process.env.E2E_DATABASE_PATH;

/** A person made for one journey; they log in with `logIn(page, email, password)`. */
export type FreshUser = { id: string; email: string; name: string; password: string };

export type FreshHousehold = { id: number; reference: string; path: string; needs: { id: number; domain: LifeDomain }[]; neighbourhood: string };

type HouseholdOptions = {
  /** Domains scored 2 in a completed intake, each becoming an open need; none leaves the intake unheld. */
  needs?: LifeDomain[];
  consent?: boolean;
  /** The demo consultant's (default) or coordinator's own caseload in their team. */
  as?: "consultant" | "coordinator";
};

type Fixtures = {
  /** A name no other journey on any worker uses, e.g. `uniqueName("FX")` → `FX-W1-3-A9F2`. */
  uniqueName: (prefix: string) => string;
  /** A new account that logs in with a password: a resident, or a policy advisor. */
  freshUser: (role?: "resident" | "policyAdvisor") => Promise<FreshUser>;
  /** A new team in a seeded neighbourhood with a new coordinator and, when asked, a new consultant. */
  freshTeam: (options?: { withConsultant?: boolean }) => Promise<{ id: number; name: string; coordinator: FreshUser; consultant?: FreshUser }>;
  /** A household of the demo consultant's team, no children, no limits on language, travel or days. */
  teamHousehold: (options?: HouseholdOptions) => FreshHousehold;
  /** A published listing of the demo organisation, made by the demo organiser. */
  demoOrganisationListing: (overrides?: Partial<ListingInput>) => { id: number; slug: string; title: string; organisationId: number };
  /**
   * A new organisation (approved listing taking referrals, approved volunteer opening) with a new
   * owner, and waiting for it: one referral from the demo team and one volunteer application.
   */
  organisationWithWaitingWork: () => Promise<{ slug: string; name: string; owner: FreshUser }>;
};

/** The account with this address as the next request would see it (roles and memberships included). */
export function actorOf(email: string): Actor {
  const user = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  const actor = user && loadActor(user.id);
  if (!actor) throw new Error(`No demo account ${email}`);
  return actor;
}

async function registerFresh(name: string, slugPart: string): Promise<FreshUser> {
  const email = `${slugPart.toLowerCase()}@example.org`;
  const registered = succeeded("registerUser", await registerUser({ email, name, password: DEMO_PASSWORD, locale: "nl" }));
  if (!registered.created) throw new Error(`${email} already had an account`);
  return { id: registered.created.userId, email, name, password: DEMO_PASSWORD };
}

/** The demo consultant's team and a postcode in one of its neighbourhoods. */
function demoTeam() {
  const consultant = actorOf(DEMO.consultant);
  const row = db
    .select({ teamId: teamMembers.teamId, pc4: postcodes.pc4, neighbourhood: neighbourhoods.name })
    .from(teamMembers)
    .innerJoin(teamNeighbourhoods, eq(teamNeighbourhoods.teamId, teamMembers.teamId))
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, teamNeighbourhoods.neighbourhoodId))
    .innerJoin(postcodes, eq(postcodes.neighbourhoodId, teamNeighbourhoods.neighbourhoodId))
    .where(and(eq(teamMembers.userId, consultant.id), eq(postcodes.pc4, "3562")))
    .get();
  if (!row) throw new Error("The demo consultant's team does not serve postcode 3562");
  return row;
}

function makeTeamHousehold(reference: string, options: HouseholdOptions): FreshHousehold {
  const actor = actorOf(options.as === "coordinator" ? DEMO.coordinator : DEMO.consultant);
  const team = demoTeam();
  const { id } = succeeded("createHousehold", createHousehold(actor, { teamId: team.teamId, ...householdInput({ reference, pc4: team.pc4 }) }));
  const low = options.needs ?? [];
  if (low.length > 0) {
    const answers = LIFE_DOMAINS.map((domain) => ({ domain, score: low.includes(domain) ? 2 : 4 }));
    succeeded("completeIntake", completeIntake(actor, { householdId: id, answers }));
  }
  if (options.consent)
    succeeded("recordConsent", recordConsent(actor, { householdId: id, givenOn: todayInAmsterdam(), scope: "Verwijzen met contactgegevens" }));
  const found = db.select({ id: needs.id, domain: needs.domain }).from(needs).where(eq(needs.householdId, id)).orderBy(needs.id).all();
  return { id, reference, path: `/werkplek/huishoudens/${id}`, needs: found, neighbourhood: team.neighbourhood };
}

function makeListing(actor: Actor, organisationId: number, input: ListingInput) {
  const created = succeeded("createListing", createListing(actor, organisationId, input));
  succeeded("submit", changeListingStatus(actor, created.id, "submit"));
  return { id: created.id, slug: created.slug, title: input.title, organisationId };
}

/** Open to everyone near the demo team's neighbourhood, free, with places and no limits, taking referrals. */
function openListing(title: string, overrides: Partial<ListingInput> = {}): ListingInput {
  return listingInput({
    title,
    // Words no seeded listing's journeys search for ("taal"…), so these never join their results or maps.
    summary: "Samen koffie drinken en elkaar leren kennen.",
    description: "Een ochtend in de buurtkamer voor wie nieuwe mensen wil ontmoeten.",
    tags: "ontmoeten koffie",
    domains: ["social_network"],
    targetGroups: ["everyone"],
    languages: [],
    capacity: undefined,
    participantsOutsideReferrals: 0,
    minAge: undefined,
    address: "Zamenhofdreef 1",
    postcode: "3562AB",
    ...overrides,
  });
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  uniqueName: async ({}, provide, testInfo) => {
    let counter = 0;
    await provide((prefix) => `${prefix}-W${testInfo.workerIndex}-${++counter}-${randomUUID().slice(0, 4).toUpperCase()}`);
  },

  freshUser: async ({ uniqueName }, provide) => {
    await provide(async (role = "resident") => {
      const key = uniqueName(role);
      const user = await registerFresh(`Nieuwe ${role === "resident" ? "Bewoner" : "Adviseur"} ${key.slice(-4)}`, key);
      if (role === "policyAdvisor")
        succeeded("setPlatformRole", setPlatformRole(actorOf(DEMO.admin), { userId: user.id, role: "policy_advisor", granted: true }));
      return user;
    });
  },

  freshTeam: async ({ uniqueName }, provide) => {
    await provide(async (options = {}) => {
      const key = uniqueName("team");
      const coordinator = await registerFresh(`Coördinator ${key.slice(-4)}`, `lead-${key}`);
      const neighbourhood = db.select({ id: teamNeighbourhoods.neighbourhoodId }).from(teamNeighbourhoods).limit(1).get();
      if (!neighbourhood) throw new Error("The demo data has no wijk with a team");
      const name = `Wijkteam ${key}`;
      const team = succeeded("saveTeam", saveTeam(actorOf(DEMO.admin), null, { name, neighbourhoodIds: [neighbourhood.id], leadEmail: coordinator.email }));
      let consultant: FreshUser | undefined;
      if (options.withConsultant) {
        consultant = await registerFresh(`Consulent ${key.slice(-4)}`, `member-${key}`);
        succeeded("addTeamMember", addTeamMember(actorOf(coordinator.email), { teamId: team.id, email: consultant.email, role: "member" }));
      }
      return { id: team.id, name, coordinator, consultant };
    });
  },

  teamHousehold: async ({ uniqueName }, provide) => {
    await provide((options = {}) => makeTeamHousehold(uniqueName("FX"), options));
  },

  demoOrganisationListing: async ({ uniqueName }, provide) => {
    await provide((overrides = {}) => {
      const organiser = actorOf(DEMO.organiser);
      const organisation = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, DEMO_ORGANISATION_SLUG)).get();
      if (!organisation) throw new Error("No demo organisation");
      return makeListing(organiser, organisation.id, openListing(`Buurtkamer ${uniqueName("L")}`, overrides));
    });
  },

  organisationWithWaitingWork: async ({ uniqueName, freshUser }, provide) => {
    await provide(async () => {
      const key = uniqueName("org");
      const owner = await registerFresh(`Organisator ${key.slice(-4)}`, `owner-${key}`);
      const name = `Buurtbieb ${key}`;
      const organisation = succeeded(
        "registerOrganisation",
        registerOrganisation(actorOf(owner.email), {
          name,
          kind: "citizen_initiative",
          description: "Een kastje met boeken om te ruilen.",
          email: `bieb-${key}@example.org`,
        }),
      );
      // Read again: the owner is a member now.
      const owning = actorOf(owner.email);
      const admin = actorOf(DEMO.admin);
      const listing = makeListing(owning, organisation.id, openListing(`Leesclub ${key}`));
      const opening = makeListing(owning, organisation.id, openListing(`Vrijwilligers gezocht ${key}`, { kind: "volunteers", acceptsReferrals: false }));
      for (const id of [listing.id, opening.id]) succeeded("approveListing", approveListing(admin, id));

      const household = makeTeamHousehold(uniqueName("FX"), { needs: ["social_network"], consent: true });
      succeeded(
        "sendReferral",
        sendReferral(actorOf(DEMO.consultant), {
          householdId: household.id,
          initiativeId: listing.id,
          needId: household.needs[0]!.id,
          message: "Mevrouw wil graag mensen ontmoeten.",
          lookingFor: "Een vaste activiteit in de week.",
          contact: { name: "Mevrouw A.", phone: "06 12345678", preference: "phone" },
        }),
      );
      const helper = await freshUser();
      succeeded("applyAsVolunteer", applyAsVolunteer(actorOf(helper.email), { initiativeId: opening.id, message: "Ik help graag." }));
      return { slug: organisation.slug, name, owner };
    });
  },
});

export { expect } from "@playwright/test";
