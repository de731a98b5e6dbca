/**
 * Organisers manage their listings: create, edit, and move them through the lifecycle
 * draft → submitted → published → paused → archived (DESIGN.md, "Listing lifecycle").
 *
 * Rules, enforced here and not only in the routes:
 * - only members of the organisation change its listings;
 * - submitting publishes directly when the organisation is verified, otherwise the listing waits
 *   (`submitted`) until an admin approves it (see moderation.server.ts);
 * - a paused listing can be published again; one an admin paused goes back to the queue instead;
 * - archived is not final: an archived listing can be restored to a draft, because many activities
 *   come back (after the summer, with a new volunteer). Archived listings cannot be edited;
 * - nothing becomes or stays public without when, where and how to take part
 *   (publicationGaps, app/domain/listing-readiness.ts): not on submitting, not on resuming, not
 *   when a listing that is out is saved. A draft may be saved with gaps.
 */
import { count, eq, sql } from "drizzle-orm";
import { initiativeDomains, initiativeLanguages, initiatives, initiativeTargetGroups, organisations, postcodes, scheduleSlots } from "~db/schema";
import { type InitiativeStatus, type Language, type LifeDomain, type TargetGroup } from "~/domain/vocabulary";
import type { DefaultValue } from "@conform-to/react";
import type { ListingAction, ListingInput } from "~/schemas/listing";
import { db, type Conn, type Tx } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { onInitiativePublished } from "~/models/collective-need";
import { SLUG_FALLBACKS, slugify } from "~/domain/slug";
import { staleBefore } from "~/domain/freshness";
import { placesLeft } from "~/domain/places";
import { fromAnswer, toAnswer } from "~/domain/answer";
import { publicationGaps, type PublicationGap } from "~/domain/listing-readiness";
import { placesTakenColumn } from "./places.server";
import { allocateSlug } from "./slug.server";

export type ListingError = "not_found" | "forbidden" | "illegal_transition" | "postcode_outside" | "archived";
export type Refused<E extends ListingError = ListingError> = { ok: false; error: E };
/** The listing lacks when, where or how to take part; each gap names its form field. */
export type Incomplete = { ok: false; error: "incomplete"; gaps: PublicationGap[] };

/** The publication rule applied to a listing as it is stored. */
export function storedPublicationGaps(tx: Conn, id: number): PublicationGap[] {
  const row = tx
    .select({
      kind: initiatives.kind,
      isOnline: initiatives.isOnline,
      address: initiatives.address,
      postcode: initiatives.postcode,
      contactEmail: initiatives.contactEmail,
      contactPhone: initiatives.contactPhone,
      website: initiatives.website,
    })
    .from(initiatives)
    .where(eq(initiatives.id, id))
    .get();
  if (!row) return [];
  const slotCount = tx.select({ n: count() }).from(scheduleSlots).where(eq(scheduleSlots.initiativeId, id)).get()?.n ?? 0;
  return publicationGaps({ ...row, slotCount });
}

function listingSlug(tx: Tx, title: string) {
  return allocateSlug(tx, initiatives, slugify(title) || SLUG_FALLBACKS.initiative);
}

/** Where the listing is: the PC4 decides the neighbourhood and the map point (its centroid). */
function resolveLocation(tx: Tx, input: ListingInput) {
  if (!input.postcode) return { ok: true as const, neighbourhoodId: null, lat: null, lng: null };
  const pc = tx
    .select()
    .from(postcodes)
    .where(eq(postcodes.pc4, input.postcode.slice(0, 4)))
    .get();
  if (!pc) return { ok: false as const };
  return { ok: true as const, neighbourhoodId: pc.neighbourhoodId, lat: pc.lat, lng: pc.lng };
}

function columns(input: ListingInput) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description ?? "",
    kind: input.kind,
    tags: (input.tags ?? "")
      .split(/[\s,]+/)
      .filter(Boolean)
      .join(" "),
    capacity: input.capacity ?? null,
    participantsOutsideReferrals: input.participantsOutsideReferrals ?? 0,
    minAge: input.minAge ?? null,
    maxAge: input.maxAge ?? null,
    isOnline: input.isOnline,
    address: input.address ?? null,
    postcode: input.postcode ?? null,
    isFree: fromAnswer(input.isFree),
    costNote: input.isFree === "yes" ? null : (input.costNote ?? null),
    whatToBring: input.whatToBring ?? null,
    wheelchairAccessible: fromAnswer(input.wheelchairAccessible),
    hearingLoop: input.hearingLoop,
    acceptsReferrals: input.acceptsReferrals,
    takingPart: input.takingPart,
    signUpInSite: input.signUpInSite,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    website: input.website ?? null,
  };
}

function replaceChildren(tx: Tx, initiativeId: number, input: ListingInput) {
  for (const table of [initiativeDomains, initiativeTargetGroups, initiativeLanguages, scheduleSlots]) {
    tx.delete(table).where(eq(table.initiativeId, initiativeId)).run();
  }
  const domains = [...new Set(input.domains)];
  const groups = [...new Set(input.targetGroups)];
  const languages = [...new Set(input.languages)];
  if (domains.length)
    tx.insert(initiativeDomains)
      .values(domains.map((domain) => ({ initiativeId, domain })))
      .run();
  if (groups.length)
    tx.insert(initiativeTargetGroups)
      .values(groups.map((targetGroup) => ({ initiativeId, targetGroup })))
      .run();
  if (languages.length)
    tx.insert(initiativeLanguages)
      .values(languages.map((language) => ({ initiativeId, language })))
      .run();
  if (input.slots.length)
    tx.insert(scheduleSlots)
      .values(input.slots.map((slot) => ({ initiativeId, ...slot })))
      .run();
}

export type CreateResult = { ok: true; id: number; slug: string } | Refused<"not_found" | "forbidden" | "postcode_outside">;

/** A new listing starts as a draft; the organiser submits it when it is ready. */
export function createListing(actor: Actor, organisationId: number, input: ListingInput): CreateResult {
  const organisation = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!organisation) return { ok: false, error: "not_found" };
  if (!can(actor, "initiative.create", { organisationId })) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const location = resolveLocation(tx, input);
    if (!location.ok) return { ok: false as const, error: "postcode_outside" as const };
    const { ok: _, ...place } = location;
    const slug = listingSlug(tx, input.title);
    const now = new Date();
    const row = tx
      .insert(initiatives)
      .values({
        ...columns(input),
        ...place,
        slug,
        organisationId,
        status: "draft",
        lastConfirmedAt: now,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: initiatives.id })
      .get();
    replaceChildren(tx, row.id, input);
    return { ok: true as const, id: row.id, slug };
  });
}

type ListingRow = {
  id: number;
  organisationId: number;
  status: InitiativeStatus;
  title: string;
  moderationNote: string | null;
  publishedAt: Date | null;
  verifiedAt: Date | null;
};

/** The listing with its organisation's verification; refused unless the actor may edit it. */
function editableListing(tx: Conn, actor: Actor, id: number): { ok: true; listing: ListingRow } | Refused<"not_found" | "forbidden"> {
  const listing = tx
    .select({
      id: initiatives.id,
      organisationId: initiatives.organisationId,
      status: initiatives.status,
      title: initiatives.title,
      moderationNote: initiatives.moderationNote,
      publishedAt: initiatives.publishedAt,
      verifiedAt: organisations.verifiedAt,
    })
    .from(initiatives)
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .where(eq(initiatives.id, id))
    .get();
  if (!listing) return { ok: false, error: "not_found" };
  if (!can(actor, "initiative.edit", { organisationId: listing.organisationId })) return { ok: false, error: "forbidden" };
  return { ok: true, listing };
}

export type UpdateResult = { ok: true } | Refused<"not_found" | "forbidden" | "postcode_outside" | "archived"> | Incomplete;

/**
 * Saves the form. Saving also counts as "still current": whoever just checked every field has
 * confirmed the listing. A published listing stays published, so it must stay complete.
 */
export function updateListing(actor: Actor, id: number, input: ListingInput): UpdateResult {
  return db.transaction((tx) => {
    const found = editableListing(tx, actor, id);
    if (!found.ok) return found;
    if (found.listing.status === "archived") return { ok: false as const, error: "archived" as const };
    if (found.listing.status !== "draft") {
      const gaps = publicationGaps({ ...input, slotCount: input.slots.length });
      if (gaps.length > 0) return { ok: false as const, error: "incomplete" as const, gaps };
    }
    const location = resolveLocation(tx, input);
    if (!location.ok) return { ok: false as const, error: "postcode_outside" as const };
    const { ok: _, ...place } = location;
    const now = new Date();
    tx.update(initiatives)
      .set({ ...columns(input), ...place, updatedAt: now, lastConfirmedAt: now })
      .where(eq(initiatives.id, id))
      .run();
    replaceChildren(tx, id, input);
    return { ok: true as const };
  });
}

/** Where each organiser action may start; the target can depend on verification. */
const FROM: Record<ListingAction, readonly InitiativeStatus[]> = {
  submit: ["draft"],
  pause: ["published"],
  resume: ["paused"],
  archive: ["draft", "submitted", "published", "paused"],
  restore: ["archived"],
  confirm: ["draft", "submitted", "published", "paused"],
};

/** The buttons the edit page offers for a listing in this status. */
export function availableActions(status: InitiativeStatus): ListingAction[] {
  return (Object.keys(FROM) as ListingAction[]).filter((action) => FROM[action].includes(status));
}

export type TransitionResult = { ok: true; status: InitiativeStatus } | Refused<"not_found" | "forbidden" | "illegal_transition"> | Incomplete;

/** The organiser's lifecycle buttons. The result says where the listing ended up. */
export function changeListingStatus(actor: Actor, id: number, action: ListingAction): TransitionResult {
  return db.transaction((tx) => {
    const found = editableListing(tx, actor, id);
    if (!found.ok) return found;
    const { listing } = found;
    if (!FROM[action].includes(listing.status)) return { ok: false as const, error: "illegal_transition" as const };
    if (action === "submit" || action === "resume") {
      const gaps = storedPublicationGaps(tx, id);
      if (gaps.length > 0) return { ok: false as const, error: "incomplete" as const, gaps };
    }
    const now = new Date();
    if (action === "confirm") {
      tx.update(initiatives).set({ lastConfirmedAt: now, updatedAt: now }).where(eq(initiatives.id, id)).run();
      return { ok: true as const, status: listing.status };
    }
    // Submitting publishes directly only for a verified organisation. A paused listing was
    // published before and may simply go back, unless an admin paused it (the note says why):
    // lifting that is the admin's call, so it goes to the queue.
    const publishes = action === "submit" ? listing.verifiedAt !== null : action === "resume" ? listing.moderationNote === null : false;
    const status: InitiativeStatus =
      action === "pause" ? "paused" : action === "archive" ? "archived" : action === "restore" ? "draft" : publishes ? "published" : "submitted";
    tx.update(initiatives)
      .set({
        status,
        updatedAt: now,
        ...(status === "published" ? { moderationNote: null, publishedAt: listing.publishedAt ?? now, lastConfirmedAt: now } : {}),
      })
      .where(eq(initiatives.id, id))
      .run();
    if (status === "published") onInitiativePublished(tx, id);
    return { ok: true as const, status };
  });
}

export type EditableListing = {
  id: number;
  organisationId: number;
  slug: string;
  status: InitiativeStatus;
  moderationNote: string | null;
  lastConfirmedAt: Date;
  stale: boolean;
  values: NonNullable<DefaultValue<ListingInput>>;
};

/** The listing as the edit form shows it, for members of its organisation. */
export function getListingForEdit(
  actor: Actor,
  organisationId: number,
  id: number,
): { ok: true; listing: EditableListing } | Refused<"not_found" | "forbidden"> {
  const found = editableListing(db, actor, id);
  if (!found.ok) return found;
  // The address must name the right organisation, or the page would mix two of them.
  if (found.listing.organisationId !== organisationId) return { ok: false, error: "not_found" };
  const row = db.select().from(initiatives).where(eq(initiatives.id, id)).get()!;
  const domains = db.select({ v: initiativeDomains.domain }).from(initiativeDomains).where(eq(initiativeDomains.initiativeId, id)).all();
  const groups = db.select({ v: initiativeTargetGroups.targetGroup }).from(initiativeTargetGroups).where(eq(initiativeTargetGroups.initiativeId, id)).all();
  const languages = db.select({ v: initiativeLanguages.language }).from(initiativeLanguages).where(eq(initiativeLanguages.initiativeId, id)).all();
  const slots = db
    .select({ weekday: scheduleSlots.weekday, startTime: scheduleSlots.startTime, endTime: scheduleSlots.endTime })
    .from(scheduleSlots)
    .where(eq(scheduleSlots.initiativeId, id))
    .orderBy(scheduleSlots.weekday, scheduleSlots.startTime)
    .all();
  const text = (value: string | number | null) => (value === null ? undefined : String(value));
  return {
    ok: true,
    listing: {
      id: row.id,
      organisationId: row.organisationId,
      slug: row.slug,
      status: row.status,
      moderationNote: row.moderationNote,
      lastConfirmedAt: row.lastConfirmedAt,
      stale: row.lastConfirmedAt < staleBefore(),
      values: {
        title: row.title,
        summary: row.summary,
        description: row.description,
        kind: row.kind,
        domains: domains.map((d) => d.v as LifeDomain),
        targetGroups: groups.map((g) => g.v as TargetGroup),
        languages: languages.map((l) => l.v as Language),
        tags: row.tags,
        slots,
        capacity: text(row.capacity),
        participantsOutsideReferrals: text(row.participantsOutsideReferrals),
        minAge: text(row.minAge),
        maxAge: text(row.maxAge),
        isOnline: row.isOnline,
        address: text(row.address),
        postcode: text(row.postcode),
        isFree: toAnswer(row.isFree),
        costNote: text(row.costNote),
        whatToBring: text(row.whatToBring),
        wheelchairAccessible: toAnswer(row.wheelchairAccessible),
        hearingLoop: row.hearingLoop,
        acceptsReferrals: row.acceptsReferrals,
        takingPart: row.takingPart,
        signUpInSite: row.signUpInSite,
        contactName: text(row.contactName),
        contactEmail: text(row.contactEmail),
        contactPhone: text(row.contactPhone),
        website: text(row.website),
      },
    },
  };
}

export type DashboardListing = {
  id: number;
  slug: string;
  title: string;
  status: InitiativeStatus;
  moderationNote: string | null;
  capacity: number | null;
  placesAvailable: number | null;
  lastConfirmedAt: Date;
  stale: boolean;
  updatedAt: Date;
};

/** The organisation's listings with places left and freshness, in one query. */
export function listOrganisationListings(actor: Actor, organisationId: number): { ok: true; listings: DashboardListing[] } | Refused<"forbidden"> {
  if (!can(actor, "organisation.view_dashboard", { organisationId })) return { ok: false, error: "forbidden" };
  const rows = db
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      status: initiatives.status,
      moderationNote: initiatives.moderationNote,
      capacity: initiatives.capacity,
      outside: initiatives.participantsOutsideReferrals,
      taken: placesTakenColumn,
      lastConfirmedAt: initiatives.lastConfirmedAt,
      updatedAt: initiatives.updatedAt,
    })
    .from(initiatives)
    .where(eq(initiatives.organisationId, organisationId))
    .orderBy(sql`case ${initiatives.status} when 'archived' then 1 else 0 end`, initiatives.title)
    .all();
  const threshold = staleBefore();
  return {
    ok: true,
    listings: rows.map(({ outside, taken, ...row }) => ({
      ...row,
      placesAvailable: placesLeft(row.capacity, outside, taken),
      stale: row.status !== "archived" && row.lastConfirmedAt < threshold,
    })),
  };
}
