/** Builders for organisation and listing tests: the neighbourhood listings are placed in, and valid listing input. */
import { eq } from "drizzle-orm";
import { neighbourhoods } from "~db/schema";
import type { ListingInput } from "~/schemas/listing";
import { db } from "~/utils/db.server";
import { createNeighbourhood } from "./core";

/** Overvecht with its two PC4 postcodes (3561, 3562), enough to place listings; made once per database. */
export function createOvervecht() {
  const existing = db.select().from(neighbourhoods).where(eq(neighbourhoods.slug, "overvecht")).get();
  if (existing) return existing;
  return createNeighbourhood({
    slug: "overvecht",
    name: "Overvecht",
    lat: 52.115,
    lng: 5.11,
    postcodes: [
      ["3561", 52.1175, 5.1062],
      ["3562", 52.1131, 5.1175],
    ],
  });
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
    isFree: "yes",
    costNote: undefined,
    wheelchairAccessible: "yes",
    hearingLoop: false,
    languages: ["nl", "ar"],
    acceptsReferrals: true,
    takingPart: "sign_up",
    signUpInSite: false,
    contactName: "Karim",
    contactEmail: "karim@example.org",
    contactPhone: undefined,
    website: undefined,
    ...overrides,
  };
}
