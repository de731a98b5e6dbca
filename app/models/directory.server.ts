/**
 * The public pages of the directory: one initiative, one organisation, the neighbourhoods. Only published
 * listings are ever shown; anything else is "not found" to the public.
 */
import { and, asc, count, desc, eq, inArray, isNotNull, type SQL } from "drizzle-orm";
import {
  collectiveNeeds,
  initiativeDomains,
  initiativeLanguages,
  initiatives,
  initiativeTargetGroups,
  neighbourhoods,
  organisations,
  scheduleSlots,
} from "~db/schema";
import { type InitiativeKind, type LifeDomain, type OrganisationKind, type TargetGroup } from "~/domain/vocabulary";
import { listOpenNeeds, type CollectiveNeedCard } from "~/models/collective-need";
import { isStale } from "~/domain/freshness";
import { placesOf, type Places } from "~/domain/places";
import { placesTakenOf } from "~/models/places.server";
import type { TakingPart } from "~/domain/taking-part";
import { cachedStatement, cardsFor, toCard, type InitiativeCard } from "~/models/initiative.server";
import { locatePostcode, type PostcodeLookup } from "~/models/search.server";
import { db } from "~/utils/db.server";
import { haversineKm, planarScale } from "~/utils/geo";
import type { ScheduleSlot } from "~/utils/schedule";

export type InitiativePage = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  description: string;
  kind: InitiativeKind;
  domains: LifeDomain[];
  targetGroups: TargetGroup[];
  languages: string[];
  schedule: ScheduleSlot[];
  isOnline: boolean;
  address: string | null;
  postcode: string | null;
  /** Where it meets, for the map; null online or without a postcode. */
  place: { lat: number; lng: number } | null;
  neighbourhood: { slug: string; name: string } | null;
  /** Null: nobody said; the page says "not known". */
  isFree: boolean | null;
  costNote: string | null;
  whatToBring: string | null;
  places: Places;
  minAge: number | null;
  maxAge: number | null;
  acceptsReferrals: boolean;
  takingPart: TakingPart;
  signUpInSite: boolean;
  wheelchairAccessible: boolean | null;
  hearingLoop: boolean;
  contact: { name: string | null; email: string | null; phone: string | null; website: string | null };
  organisation: { slug: string; name: string; verified: boolean };
  lastConfirmedAt: Date;
  stale: boolean;
  /** From the visitor's postcode (?postcode=), when given, known and the listing has a place. */
  distanceKm: number | null;
  visitorPostcode: PostcodeLookup | null;
  related: InitiativeCard[];
};

/** Everything the public page of one published initiative shows; null when not public. */
export function getInitiativePage(slug: string, options: { postcode?: string; now?: Date } = {}): InitiativePage | null {
  return initiativePage(and(eq(initiatives.slug, slug), eq(initiatives.status, "published"))!, options);
}

/**
 * The same page for a listing in any state, as it will look once public: for the admin who checks
 * it before approving. The caller decides who may see it.
 */
export function previewInitiativePage(id: number): InitiativePage | null {
  return Number.isSafeInteger(id) ? initiativePage(eq(initiatives.id, id), {}) : null;
}

function initiativePage(where: SQL, options: { postcode?: string; now?: Date }): InitiativePage | null {
  const row = db
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      summary: initiatives.summary,
      description: initiatives.description,
      kind: initiatives.kind,
      isOnline: initiatives.isOnline,
      address: initiatives.address,
      postcode: initiatives.postcode,
      lat: initiatives.lat,
      lng: initiatives.lng,
      isFree: initiatives.isFree,
      costNote: initiatives.costNote,
      whatToBring: initiatives.whatToBring,
      capacity: initiatives.capacity,
      participantsOutsideReferrals: initiatives.participantsOutsideReferrals,
      minAge: initiatives.minAge,
      maxAge: initiatives.maxAge,
      acceptsReferrals: initiatives.acceptsReferrals,
      takingPart: initiatives.takingPart,
      signUpInSite: initiatives.signUpInSite,
      wheelchairAccessible: initiatives.wheelchairAccessible,
      hearingLoop: initiatives.hearingLoop,
      contactName: initiatives.contactName,
      contactEmail: initiatives.contactEmail,
      contactPhone: initiatives.contactPhone,
      website: initiatives.website,
      lastConfirmedAt: initiatives.lastConfirmedAt,
      organisationSlug: organisations.slug,
      organisationName: organisations.name,
      organisationVerifiedAt: organisations.verifiedAt,
      neighbourhoodSlug: neighbourhoods.slug,
      neighbourhoodName: neighbourhoods.name,
    })
    .from(initiatives)
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, initiatives.neighbourhoodId))
    .where(where)
    .get();
  if (!row) return null;

  const domains = db
    .select({ domain: initiativeDomains.domain })
    .from(initiativeDomains)
    .where(eq(initiativeDomains.initiativeId, row.id))
    .all()
    .map((r) => r.domain);
  const targetGroups = db
    .select({ group: initiativeTargetGroups.targetGroup })
    .from(initiativeTargetGroups)
    .where(eq(initiativeTargetGroups.initiativeId, row.id))
    .all()
    .map((r) => r.group);
  const languages = db
    .select({ language: initiativeLanguages.language })
    .from(initiativeLanguages)
    .where(eq(initiativeLanguages.initiativeId, row.id))
    .orderBy(asc(initiativeLanguages.language))
    .all()
    .map((r) => r.language);
  const schedule = db
    .select({ weekday: scheduleSlots.weekday, startTime: scheduleSlots.startTime, endTime: scheduleSlots.endTime })
    .from(scheduleSlots)
    .where(eq(scheduleSlots.initiativeId, row.id))
    .orderBy(asc(scheduleSlots.weekday), asc(scheduleSlots.startTime))
    .all();

  const visitorPostcode = options.postcode ? locatePostcode(options.postcode) : null;
  const distanceKm =
    visitorPostcode?.status === "ok" && row.lat !== null && row.lng !== null ? haversineKm(visitorPostcode.lat, visitorPostcode.lng, row.lat, row.lng) : null;
  const lastConfirmedAt = row.lastConfirmedAt ?? new Date(0);

  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    description: row.description,
    kind: row.kind,
    domains,
    targetGroups,
    languages,
    schedule,
    isOnline: row.isOnline,
    address: row.address,
    postcode: row.postcode,
    place: !row.isOnline && row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    neighbourhood: row.neighbourhoodSlug && row.neighbourhoodName ? { slug: row.neighbourhoodSlug, name: row.neighbourhoodName } : null,
    isFree: row.isFree,
    costNote: row.costNote,
    whatToBring: row.whatToBring,
    places: placesOf(row.capacity, row.participantsOutsideReferrals, row.capacity === null ? 0 : placesTakenOf(db, row.id)),
    minAge: row.minAge,
    maxAge: row.maxAge,
    acceptsReferrals: row.acceptsReferrals,
    takingPart: row.takingPart,
    signUpInSite: row.signUpInSite,
    wheelchairAccessible: row.wheelchairAccessible,
    hearingLoop: row.hearingLoop,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone, website: row.website },
    organisation: { slug: row.organisationSlug, name: row.organisationName, verified: row.organisationVerifiedAt !== null },
    lastConfirmedAt,
    stale: isStale(lastConfirmedAt, options.now),
    distanceKm,
    visitorPostcode,
    related: relatedInitiatives({ id: row.id, lat: row.lat, lng: row.lng, domains }),
  };
}

const RELATED_LIMIT = 3;

/**
 * Other published listings that help in the same life domains: most shared domains first, then
 * the nearest. Works from the domain index, so it stays quick with thousands of listings.
 */
function relatedInitiatives(of: { id: number; lat: number | null; lng: number | null; domains: LifeDomain[] }): InitiativeCard[] {
  if (of.domains.length === 0) return [];
  const located = of.lat !== null && of.lng !== null;
  const { kmPerLat, kmPerLng } = planarScale(of.lat ?? 0);
  // Unplaced listings (online) sort after placed ones at the same number of shared domains.
  const rows = cachedStatement(
    `SELECT i.id AS id FROM initiative_domains d CROSS JOIN initiatives i ON i.id = d.initiative_id
     WHERE d.domain IN (SELECT value FROM json_each(?)) AND d.initiative_id <> ? AND i.status = 'published'
     GROUP BY i.id
     ORDER BY count(*) DESC,
       CASE WHEN ? AND i.lat IS NOT NULL
         THEN ((i.lat - ?) * ?) * ((i.lat - ?) * ?) + ((i.lng - ?) * ?) * ((i.lng - ?) * ?) ELSE 1e9 END,
       i.published_at DESC, i.id
     LIMIT ?`,
  ).all(JSON.stringify(of.domains), of.id, located ? 1 : 0, of.lat, kmPerLat, of.lat, kmPerLat, of.lng, kmPerLng, of.lng, kmPerLng, RELATED_LIMIT) as {
    id: number;
  }[];
  return cardsFor(rows.map((r) => r.id)).map(toCard);
}

export type OrganisationPage = {
  slug: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  verified: boolean;
  initiatives: InitiativeCard[];
  total: number;
  page: number;
  pageCount: number;
};

export const ORGANISATION_PAGE_SIZE = 24;

/**
 * The public page of an organisation. One that is not verified and has nothing published yet
 * is not public: an admin has not looked at it.
 */
export function getOrganisationPage(slug: string, requestedPage = 1): OrganisationPage | null {
  const org = db.select().from(organisations).where(eq(organisations.slug, slug)).get();
  if (!org) return null;
  const published = and(eq(initiatives.organisationId, org.id), eq(initiatives.status, "published"));
  const total = db.select({ n: count() }).from(initiatives).where(published).get()?.n ?? 0;
  if (org.verifiedAt === null && total === 0) return null;
  const pageCount = Math.max(1, Math.ceil(total / ORGANISATION_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const ids = db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(published)
    .orderBy(asc(initiatives.title), asc(initiatives.id))
    .limit(ORGANISATION_PAGE_SIZE)
    .offset((page - 1) * ORGANISATION_PAGE_SIZE)
    .all()
    .map((r) => r.id);
  return {
    slug: org.slug,
    name: org.name,
    kind: org.kind,
    description: org.description,
    website: org.website,
    email: org.email,
    phone: org.phone,
    verified: org.verifiedAt !== null,
    initiatives: cardsFor(ids).map(toCard),
    total,
    page,
    pageCount,
  };
}

export type NeighbourhoodSummary = {
  slug: string;
  name: string;
  description: string;
  initiatives: number;
  openNeeds: number;
};

/** All neighbourhoods with how much is on offer and asked for in each. */
export function listNeighbourhoods(): NeighbourhoodSummary[] {
  const list = db
    .select({ id: neighbourhoods.id, slug: neighbourhoods.slug, name: neighbourhoods.name, description: neighbourhoods.description })
    .from(neighbourhoods)
    .orderBy(asc(neighbourhoods.name))
    .all();
  const initiativeCounts = new Map(
    db
      .select({ id: initiatives.neighbourhoodId, n: count() })
      .from(initiatives)
      .where(and(eq(initiatives.status, "published"), isNotNull(initiatives.neighbourhoodId)))
      .groupBy(initiatives.neighbourhoodId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  const needCounts = new Map(
    db
      .select({ id: collectiveNeeds.neighbourhoodId, n: count() })
      .from(collectiveNeeds)
      .where(inArray(collectiveNeeds.status, ["open", "in_progress"]))
      .groupBy(collectiveNeeds.neighbourhoodId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return list.map(({ id, ...n }) => ({ ...n, initiatives: initiativeCounts.get(id) ?? 0, openNeeds: needCounts.get(id) ?? 0 }));
}

export type NeighbourhoodPage = {
  id: number;
  slug: string;
  name: string;
  description: string;
  initiatives: InitiativeCard[];
  totalInitiatives: number;
  needs: CollectiveNeedCard[];
};

const NEIGHBOURHOOD_INITIATIVES = 12;
const NEIGHBOURHOOD_NEEDS = 12;

/** One neighbourhood: its newest published initiatives (the rest via search) and its open collective needs. */
export function getNeighbourhoodPage(slug: string): NeighbourhoodPage | null {
  const neighbourhood = db.select().from(neighbourhoods).where(eq(neighbourhoods.slug, slug)).get();
  if (!neighbourhood) return null;
  const published = and(eq(initiatives.neighbourhoodId, neighbourhood.id), eq(initiatives.status, "published"));
  const totalInitiatives = db.select({ n: count() }).from(initiatives).where(published).get()?.n ?? 0;
  const ids = db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(published)
    .orderBy(desc(initiatives.publishedAt), desc(initiatives.id))
    .limit(NEIGHBOURHOOD_INITIATIVES)
    .all()
    .map((r) => r.id);
  return {
    id: neighbourhood.id,
    slug: neighbourhood.slug,
    name: neighbourhood.name,
    description: neighbourhood.description,
    initiatives: cardsFor(ids).map(toCard),
    totalInitiatives,
    needs: listOpenNeeds(NEIGHBOURHOOD_NEEDS, { neighbourhoodId: neighbourhood.id }),
  };
}
