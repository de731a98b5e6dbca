/**
 * Small builders for the consultant workspace: teams with a wijk and postcodes, people in every
 * role, households with needs, initiatives and referrals. Each call makes unique rows, so tests
 * can build several of anything. Users get no usable password: tests act through models.
 */
import { randomUUID } from "node:crypto";
import {
  households,
  initiativeDomains,
  initiatives,
  needs,
  neighbourhoods,
  organisationMembers,
  organisations,
  postcodes,
  referrals,
  teamMembers,
  teamNeighbourhoods,
  teams,
  users,
} from "~db/schema";
import type { ContactPreference, LifeDomain, ReferralStatus, TeamRole } from "~/domain/vocabulary";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";

let counter = 0;
const next = () => ++counter;

/** A fresh four-digit postcode (9000+ so it never clashes with real demo postcodes). */
const nextPc4 = () => String(9000 + next());

export function actorOf(userId: string): Actor {
  const actor = loadActor(userId);
  if (!actor) throw new Error(`No user ${userId}`);
  return actor;
}

export function createUser(options: { name?: string; isAdmin?: boolean } = {}): string {
  const n = next();
  const id = randomUUID();
  db.insert(users)
    .values({ id, email: `user${n}-${id.slice(0, 6)}@test.example`, name: options.name ?? `Gebruiker ${n}`, passwordHash: "not-a-hash", isAdmin: options.isAdmin ?? false })
    .run();
  return id;
}

export function createNeighbourhood(options: { name?: string; postcodes?: string[] } = {}) {
  const n = next();
  const id = db
    .insert(neighbourhoods)
    .values({ slug: `wijk-${n}`, name: options.name ?? `Wijk ${n}`, lat: 52.09, lng: 5.12 })
    .returning({ id: neighbourhoods.id })
    .get().id;
  const codes = options.postcodes ?? [nextPc4(), nextPc4()];
  db.insert(postcodes)
    .values(codes.map((pc4) => ({ pc4, neighbourhoodId: id, lat: 52.09, lng: 5.12 })))
    .run();
  return { id, postcodes: codes };
}

export type TestTeam = { id: number; neighbourhoodId: number; postcodes: string[] };

/** A wijkteam serving one new wijk with two postcodes of its own. */
export function createTeam(options: { name?: string } = {}): TestTeam {
  const n = next();
  const id = db
    .insert(teams)
    .values({ slug: `team-${n}`, name: options.name ?? `Wijkteam ${n}` })
    .returning({ id: teams.id })
    .get().id;
  const wijk = createNeighbourhood();
  db.insert(teamNeighbourhoods).values({ teamId: id, neighbourhoodId: wijk.id }).run();
  return { id, neighbourhoodId: wijk.id, postcodes: wijk.postcodes };
}

export function addToTeam(userId: string, teamId: number, role: TeamRole = "member") {
  db.insert(teamMembers).values({ teamId, userId, role }).run();
}

export function createConsultant(teamId: number, options: { name?: string } = {}): Actor {
  const id = createUser(options);
  addToTeam(id, teamId, "member");
  return actorOf(id);
}

export function createCoordinator(teamId: number, options: { name?: string } = {}): Actor {
  const id = createUser(options);
  addToTeam(id, teamId, "lead");
  return actorOf(id);
}

export function createOrganisation(options: { verified?: boolean } = {}) {
  const n = next();
  return db
    .insert(organisations)
    .values({ slug: `org-${n}`, name: `Organisatie ${n}`, kind: "citizen_initiative", verifiedAt: options.verified === false ? null : new Date() })
    .returning({ id: organisations.id })
    .get().id;
}

/** A member (owner) of a new organisation. */
export function createOrganiser(): Actor & { organisationId: number } {
  const organisationId = createOrganisation();
  const id = createUser();
  db.insert(organisationMembers).values({ organisationId, userId: id, role: "owner" }).run();
  return { ...actorOf(id), organisationId };
}

export function createResident(): Actor {
  return actorOf(createUser());
}

export type TestNeed = { domain: LifeDomain; score: number; status?: "open" | "referred" | "unmet" | "resolved" };

/** A household of the team with the given needs (no intake behind them). */
export function createHousehold(options: {
  teamId: number;
  pc4: string;
  consultantId?: string | null;
  reference?: string;
  needs?: TestNeed[];
  createdAt?: Date;
}) {
  const n = next();
  const id = db
    .insert(households)
    .values({
      teamId: options.teamId,
      reference: options.reference ?? `HH-${n}`,
      pc4: options.pc4,
      adults: 1,
      consultantId: options.consultantId ?? null,
      createdBy: options.consultantId ?? null,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    })
    .returning({ id: households.id })
    .get().id;
  const needIds = (options.needs ?? []).map(
    (need) =>
      db
        .insert(needs)
        .values({ householdId: id, domain: need.domain, score: need.score, status: need.status ?? "open" })
        .returning({ id: needs.id })
        .get().id,
  );
  return { id, needIds };
}

export function createInitiative(options: { organisationId?: number; title?: string; domains?: LifeDomain[] } = {}) {
  const n = next();
  const organisationId = options.organisationId ?? createOrganisation();
  const id = db
    .insert(initiatives)
    .values({
      slug: `initiatief-${n}`,
      organisationId,
      title: options.title ?? `Initiatief ${n}`,
      summary: "Een activiteit in de wijk.",
      kind: "activity",
      status: "published",
      acceptsReferrals: true,
      lastConfirmedAt: new Date(),
      publishedAt: new Date(),
    })
    .returning({ id: initiatives.id })
    .get().id;
  const domains = options.domains ?? ["social_network"];
  db.insert(initiativeDomains)
    .values(domains.map((domain) => ({ initiativeId: id, domain })))
    .run();
  return { id, organisationId };
}

export type TestContact = { name: string; phone?: string; email?: string; preference?: ContactPreference };

/** A referral in any status, optionally with contact details, as if it got there through its events. */
export function createReferral(options: {
  householdId: number;
  initiativeId: number;
  needId?: number | null;
  status: ReferralStatus;
  sentAt?: Date | null;
  contact?: TestContact;
  createdBy?: string | null;
}) {
  const sentAt = options.sentAt ?? (options.status === "draft" ? null : new Date());
  return db
    .insert(referrals)
    .values({
      householdId: options.householdId,
      initiativeId: options.initiativeId,
      needId: options.needId ?? null,
      status: options.status,
      message: "Graag contact.",
      lookingFor: "Gezelschap",
      contactName: options.contact?.name ?? null,
      contactPhone: options.contact?.phone ?? null,
      contactEmail: options.contact?.email ?? null,
      contactPreference: options.contact?.preference ?? null,
      createdBy: options.createdBy ?? null,
      sentAt,
    })
    .returning({ id: referrals.id })
    .get().id;
}

/** A team with a consultant, a coordinator and an outsider team with its own consultant: the usual cast. */
export function createWorkspace() {
  const team = createTeam({ name: "Wijkteam Test" });
  const consultant = createConsultant(team.id, { name: "Eva Consulent" });
  const coordinator = createCoordinator(team.id, { name: "Ruud Coördinator" });
  const otherTeam = createTeam({ name: "Wijkteam Anders" });
  const outsider = createConsultant(otherTeam.id, { name: "Olaf Buitenstaander" });
  return { team, consultant, coordinator, otherTeam, outsider };
}
