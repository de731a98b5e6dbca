/** Small builders for organisation and listing tests: users, organisations, a wijk with postcodes. */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { neighbourhoods, organisationMembers, organisations, postcodes, users } from "~db/schema";
import type { OrganisationRole } from "~/domain/vocabulary";
import type { ListingInput } from "~/schemas/listing";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";

export function createUser(overrides: { email?: string; name?: string; isAdmin?: boolean; locale?: "nl" | "en" } = {}): Actor {
  const id = randomUUID();
  db.insert(users)
    .values({
      id,
      email: overrides.email ?? `${id}@example.org`,
      name: overrides.name ?? "Test Persoon",
      passwordHash: "not-a-real-hash",
      isAdmin: overrides.isAdmin ?? false,
      locale: overrides.locale ?? "nl",
    })
    .run();
  return loadActor(id)!;
}

/** Reloads the actor, as the next request would after a membership changed. */
export function refresh(actor: Actor): Actor {
  return loadActor(actor.id)!;
}

export function createOrganisation(options: { name?: string; verified?: boolean; members?: { actor: Actor; role: OrganisationRole }[] } = {}) {
  const name = options.name ?? `Organisatie ${randomUUID().slice(0, 8)}`;
  const row = db
    .insert(organisations)
    .values({
      name,
      slug: randomUUID(),
      kind: "foundation",
      email: "info@example.org",
      verifiedAt: options.verified ? new Date() : null,
    })
    .returning({ id: organisations.id })
    .get();
  for (const { actor, role } of options.members ?? []) addMember(row.id, actor, role);
  return row.id;
}

/** Adds someone to an organisation; returns them as the next request would see them. */
export function addMember(organisationId: number, actor: Actor, role: OrganisationRole): Actor {
  db.insert(organisationMembers).values({ organisationId, userId: actor.id, role }).run();
  return refresh(actor);
}

/** An organisation with one owner, returned with that owner as the next request would see them. */
export function organisationWithOwner(options: { verified?: boolean } = {}) {
  const owner = createUser();
  const organisationId = createOrganisation({ verified: options.verified, members: [{ actor: owner, role: "owner" }] });
  return { organisationId, owner: refresh(owner) };
}

/** One wijk with two PC4 postcodes, enough to place listings. */
export function createNeighbourhood(slug = "overvecht") {
  const existing = db.select().from(neighbourhoods).where(eq(neighbourhoods.slug, slug)).get();
  if (existing) return existing;
  const row = db.insert(neighbourhoods).values({ slug, name: "Overvecht", lat: 52.115, lng: 5.11 }).returning().get();
  db.insert(postcodes)
    .values([
      { pc4: "3561", neighbourhoodId: row.id, lat: 52.1175, lng: 5.1062 },
      { pc4: "3562", neighbourhoodId: row.id, lat: 52.1131, lng: 5.1175 },
    ])
    .run();
  return row;
}

/** A complete, valid listing as the form delivers it after validation. */
export function listingInput(overrides: Partial<ListingInput> = {}): ListingInput {
  return {
    title: "Taalcafé Overvecht",
    summary: "Elke week samen Nederlands oefenen bij een kop koffie.",
    description: "Voor iedereen die Nederlands wil oefenen.",
    kind: "activity",
    domains: ["social_network", "community_participation"],
    targetGroups: ["newcomers"],
    tags: "taal koffie",
    slots: [{ weekday: 2, startTime: "10:00", endTime: "12:00" }],
    capacity: 12,
    participantsOutsideReferrals: 4,
    minAge: 18,
    maxAge: undefined,
    isOnline: false,
    address: "Zamenhofdreef 1",
    postcode: "3562AB",
    isFree: true,
    costNote: undefined,
    wheelchairAccessible: true,
    hearingLoop: false,
    languages: ["nl", "ar"],
    acceptsReferrals: true,
    contactName: "Karim",
    contactEmail: "karim@example.org",
    contactPhone: undefined,
    website: undefined,
    ...overrides,
  };
}
