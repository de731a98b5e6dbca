/** Small builders for directory tests: wijken with postcodes, organisations, listings, referrals. */
import { randomUUID } from "node:crypto";
import {
  collectiveNeeds,
  households,
  initiativeDomains,
  initiativeLanguages,
  initiatives,
  initiativeTargetGroups,
  neighbourhoods,
  organisations,
  postcodes,
  referrals,
  scheduleSlots,
  teams,
} from "~db/schema";
import type {
  InitiativeKind,
  InitiativeStatus,
  LifeDomain,
  ReferralStatus,
  TargetGroup,
} from "~/domain/vocabulary";
import { db } from "~/utils/db.server";

let counter = 0;
const unique = () => `${++counter}-${randomUUID().slice(0, 6)}`;

export function createWijk(options: { slug?: string; name?: string; postcodes?: [pc4: string, lat: number, lng: number][] } = {}) {
  const n = unique();
  const wijk = db
    .insert(neighbourhoods)
    .values({ slug: options.slug ?? `wijk-${n}`, name: options.name ?? `Wijk ${n}`, description: "Een wijk om te testen.", lat: 52.09, lng: 5.12 })
    .returning()
    .get();
  for (const [pc4, lat, lng] of options.postcodes ?? []) {
    db.insert(postcodes).values({ pc4, neighbourhoodId: wijk.id, lat, lng }).run();
  }
  return wijk;
}

export function createOrg(options: { name?: string; verified?: boolean; description?: string } = {}) {
  const n = unique();
  return db
    .insert(organisations)
    .values({
      slug: `org-${n}`,
      name: options.name ?? `Organisatie ${n}`,
      kind: "foundation",
      description: options.description ?? "Wij doen dingen in de wijk.",
      verifiedAt: options.verified === false ? null : new Date(),
    })
    .returning()
    .get();
}

export type ListingOptions = {
  title?: string;
  summary?: string;
  description?: string;
  tags?: string;
  kind?: InitiativeKind;
  status?: InitiativeStatus;
  neighbourhoodId?: number | null;
  at?: [lat: number, lng: number];
  isOnline?: boolean;
  isFree?: boolean;
  wheelchair?: boolean;
  loop?: boolean;
  acceptsReferrals?: boolean;
  capacity?: number | null;
  outside?: number;
  domains?: LifeDomain[];
  groups?: TargetGroup[];
  languages?: string[];
  /** [weekday, start, end] */
  slots?: [number, string, string][];
  publishedAt?: Date;
  lastConfirmedAt?: Date;
};

export function createListing(organisationId: number, options: ListingOptions = {}) {
  const n = unique();
  const now = new Date();
  const status = options.status ?? "published";
  const listing = db
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
      isFree: options.isFree ?? false,
      wheelchairAccessible: options.wheelchair ?? false,
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
    db.insert(initiativeDomains).values({ initiativeId: listing.id, domain }).run();
  }
  for (const targetGroup of options.groups ?? ["everyone"]) {
    db.insert(initiativeTargetGroups).values({ initiativeId: listing.id, targetGroup }).run();
  }
  for (const language of options.languages ?? ["nl"]) {
    db.insert(initiativeLanguages).values({ initiativeId: listing.id, language }).run();
  }
  for (const [weekday, startTime, endTime] of options.slots ?? []) {
    db.insert(scheduleSlots).values({ initiativeId: listing.id, weekday, startTime, endTime }).run();
  }
  return listing;
}

/** Referrals to a listing in the given statuses, each from its own household of one team. */
export function createReferrals(initiativeId: number, statuses: ReferralStatus[]) {
  const team = db.insert(teams).values({ slug: `team-${unique()}`, name: "Wijkteam" }).returning().get();
  for (const status of statuses) {
    const household = db.insert(households).values({ teamId: team.id, reference: `H-${unique()}`, pc4: "3562" }).returning().get();
    db.insert(referrals).values({ householdId: household.id, initiativeId, status }).run();
  }
  return team;
}

export function createOpenNeed(neighbourhoodId: number, title = "Een plek om samen te koken") {
  const team = db.insert(teams).values({ slug: `team-${unique()}`, name: "Wijkteam" }).returning().get();
  return db
    .insert(collectiveNeeds)
    .values({
      slug: `vraag-${unique()}`,
      teamId: team.id,
      neighbourhoodId,
      domain: "social_network",
      targetGroup: "elderly",
      title,
      description: "Ouderen in de wijk zoeken een plek om samen te eten.",
      status: "open",
      publishedAt: new Date(),
    })
    .returning()
    .get();
}
