/**
 * The shared test builders: users, neighbourhoods with their postcodes, teams with their staff,
 * organisations with their members, and listings. Every call makes unique rows (slugs, emails),
 * so tests can build several of anything. Users get no usable password: tests act through models.
 * The domain factories (households, needs, referrals, collective needs…) build on these.
 */
import { randomUUID } from "node:crypto";
import {
  initiativeDomains,
  initiativeLanguages,
  initiatives,
  initiativeTargetGroups,
  neighbourhoods,
  organisationMembers,
  organisations,
  postcodes,
  scheduleSlots,
  teamMembers,
  teamNeighbourhoods,
  teams,
  users,
} from "~db/schema";
import type { InitiativeKind, InitiativeStatus, LifeDomain, OrganisationKind, OrganisationRole, TargetGroup, TeamRole } from "~/domain/vocabulary";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";

let counter = 0;
/** A number no other row of this test file got. */
export const nextNumber = () => ++counter;
/** A suffix for slugs, emails and references that is unique even across test runs on one database. */
export const unique = () => `${nextNumber()}-${randomUUID().slice(0, 6)}`;

let pc4Counter = 0;
/** A fresh four-digit postcode (9000+ so it never clashes with the real postcodes tests use). */
export const freshPc4 = () => String(9000 + ++pc4Counter);

/** A use case's success, or an error naming the use case and its refusal (a builder never carries on after one). */
export function succeeded<T extends { ok: boolean }>(what: string, result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`${what} was refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

type UserOptions = { name?: string; email?: string; isAdmin?: boolean; locale?: "nl" | "en" };

export function createUser(options: UserOptions = {}): Actor {
  const id = randomUUID();
  const n = unique();
  db.insert(users)
    .values({
      id,
      email: options.email ?? `user-${n}@example.org`,
      name: options.name ?? `Gebruiker ${n}`,
      passwordHash: "not-a-hash",
      isAdmin: options.isAdmin ?? false,
      locale: options.locale ?? "nl",
    })
    .run();
  return reloadActor(id);
}

/** Re-reads a user as the next request would see them, e.g. after a membership changed. */
export function reloadActor(actor: Actor | string): Actor {
  const id = typeof actor === "string" ? actor : actor.id;
  const loaded = loadActor(id);
  if (!loaded) throw new Error(`No user ${id}`);
  return loaded;
}

type NeighbourhoodOptions = {
  slug?: string;
  name?: string;
  lat?: number;
  lng?: number;
  /** Its PC4 postcodes, each at the neighbourhood's centre or at its own centroid; one fresh postcode by default. */
  postcodes?: (string | [pc4: string, lat: number, lng: number])[];
};

/** A neighbourhood with its PC4 postcodes. */
export function createNeighbourhood(options: NeighbourhoodOptions = {}) {
  const n = unique();
  const lat = options.lat ?? 52.1;
  const lng = options.lng ?? 5.1;
  const neighbourhood = db
    .insert(neighbourhoods)
    .values({ slug: options.slug ?? `wijk-${n}`, name: options.name ?? `Wijk ${n}`, description: "Een wijk om te testen.", lat, lng })
    .returning()
    .get();
  const codes = (options.postcodes ?? [freshPc4()]).map((code) => (typeof code === "string" ? ([code, lat, lng] as const) : code));
  for (const [pc4, pcLat, pcLng] of codes) {
    db.insert(postcodes).values({ pc4, neighbourhoodId: neighbourhood.id, lat: pcLat, lng: pcLng }).run();
  }
  return { ...neighbourhood, postcodes: codes.map(([pc4]) => pc4) };
}

/** A team without a neighbourhood or members. */
export function createTeam(name = "Wijkteam") {
  return db
    .insert(teams)
    .values({ slug: `team-${unique()}`, name })
    .returning()
    .get();
}

/** A team serving one new neighbourhood (with its postcodes), without members yet. */
export function createWijkTeam(options: { name?: string; neighbourhood?: NeighbourhoodOptions } = {}) {
  const team = createTeam(options.name ?? `Wijkteam ${nextNumber()}`);
  const neighbourhood = createNeighbourhood(options.neighbourhood);
  db.insert(teamNeighbourhoods).values({ teamId: team.id, neighbourhoodId: neighbourhood.id }).run();
  return { ...team, neighbourhood, postcodes: neighbourhood.postcodes };
}

/** Puts a person (a new one by default) in a team; returns them as the next request would see them. */
export function addTeamMember(teamId: number, role: TeamRole, person: Actor | UserOptions = {}): Actor {
  const actor = "id" in person ? person : createUser(person);
  db.insert(teamMembers).values({ teamId, userId: actor.id, role }).run();
  return reloadActor(actor);
}

/** A team serving one new neighbourhood, with a consultant (member) and a coordinator (lead). */
export function createStaffedTeam(options: { name?: string; neighbourhood?: NeighbourhoodOptions } = {}) {
  const team = createWijkTeam(options);
  const consultant = addTeamMember(team.id, "member", { name: "Consulent" });
  const coordinator = addTeamMember(team.id, "lead", { name: "Coördinator" });
  return { team, neighbourhood: team.neighbourhood, pc4: team.postcodes[0], consultant, coordinator };
}

export type StaffedTeam = ReturnType<typeof createStaffedTeam>;

type OrganisationOptions = {
  name?: string;
  kind?: OrganisationKind;
  description?: string;
  /** Verified (allowed to publish) unless `false`. */
  verified?: boolean;
  members?: { actor: Actor; role: OrganisationRole }[];
};

export function createOrganisation(options: OrganisationOptions = {}) {
  const n = unique();
  const organisation = db
    .insert(organisations)
    .values({
      slug: `org-${n}`,
      name: options.name ?? `Organisatie ${n}`,
      kind: options.kind ?? "foundation",
      description: options.description ?? "Wij doen dingen in de wijk.",
      email: "info@example.org",
      verifiedAt: options.verified === false ? null : new Date(),
    })
    .returning()
    .get();
  for (const { actor, role } of options.members ?? []) addOrganisationMember(organisation.id, actor, role);
  return organisation;
}

/** Adds someone to an organisation; returns them as the next request would see them. */
export function addOrganisationMember(organisationId: number, actor: Actor, role: OrganisationRole): Actor {
  db.insert(organisationMembers).values({ organisationId, userId: actor.id, role }).run();
  return reloadActor(actor);
}

/** An organisation with a new owner (and any editors), returned with the owner as the next request would see them. */
export function createOrganisationWithOwner(options: Omit<OrganisationOptions, "members"> & { owner?: UserOptions; editors?: Actor[] } = {}) {
  const { owner: ownerOptions, editors = [], ...organisationOptions } = options;
  const owner = createUser({ name: "Organisator", ...ownerOptions });
  const organisation = createOrganisation({
    ...organisationOptions,
    members: [{ actor: owner, role: "owner" }, ...editors.map((actor) => ({ actor, role: "editor" as const }))],
  });
  return { organisation, owner: reloadActor(owner) };
}

export type InitiativeOptions = {
  title?: string;
  summary?: string;
  description?: string;
  tags?: string;
  kind?: InitiativeKind;
  status?: InitiativeStatus;
  neighbourhoodId?: number | null;
  /** A street address at this spot; no location by default. */
  at?: [lat: number, lng: number] | null;
  isOnline?: boolean;
  /** null: not known. */
  isFree?: boolean | null;
  wheelchair?: boolean | null;
  loop?: boolean;
  acceptsReferrals?: boolean;
  capacity?: number | null;
  outside?: number;
  domains?: LifeDomain[];
  targetGroups?: TargetGroup[];
  languages?: string[];
  /** [weekday, start, end] */
  slots?: [number, string, string][];
  publishedAt?: Date;
  lastConfirmedAt?: Date;
};

/** A listing of the organisation, published unless told otherwise, for everyone, in Dutch. */
export function createInitiative(organisationId: number, options: InitiativeOptions = {}) {
  const n = unique();
  const now = new Date();
  const status = options.status ?? "published";
  const initiative = db
    .insert(initiatives)
    .values({
      slug: `initiatief-${n}`,
      organisationId,
      title: options.title ?? `Activiteit ${n}`,
      summary: options.summary ?? "Een activiteit in de buurt.",
      description: options.description ?? "",
      tags: options.tags ?? "",
      kind: options.kind ?? "activity",
      status,
      neighbourhoodId: options.neighbourhoodId ?? null,
      address: options.at ? "Dorpsstraat 1" : null,
      postcode: options.at ? "3562JT" : null,
      lat: options.at?.[0] ?? null,
      lng: options.at?.[1] ?? null,
      isOnline: options.isOnline ?? false,
      isFree: options.isFree === undefined ? false : options.isFree,
      wheelchairAccessible: options.wheelchair === undefined ? false : options.wheelchair,
      hearingLoop: options.loop ?? false,
      acceptsReferrals: options.acceptsReferrals ?? false,
      capacity: options.capacity ?? null,
      participantsOutsideReferrals: options.outside ?? 0,
      lastConfirmedAt: options.lastConfirmedAt ?? now,
      publishedAt: status === "published" ? (options.publishedAt ?? now) : null,
    })
    .returning()
    .get();
  for (const domain of options.domains ?? ["social_network"]) {
    db.insert(initiativeDomains).values({ initiativeId: initiative.id, domain }).run();
  }
  for (const targetGroup of options.targetGroups ?? ["everyone"]) {
    db.insert(initiativeTargetGroups).values({ initiativeId: initiative.id, targetGroup }).run();
  }
  for (const language of options.languages ?? ["nl"]) {
    db.insert(initiativeLanguages).values({ initiativeId: initiative.id, language }).run();
  }
  for (const [weekday, startTime, endTime] of options.slots ?? []) {
    db.insert(scheduleSlots).values({ initiativeId: initiative.id, weekday, startTime, endTime }).run();
  }
  return initiative;
}
