/**
 * The admin's side of the directory: listings of unverified organisations wait here, and
 * organisations get verified (after which their members publish directly). Every decision is
 * told to the organisation's members in the app and written to the audit log.
 */
import { and, asc, count, desc, eq, isNull, or, sql } from "drizzle-orm";
import { initiatives, organisations, users } from "~db/schema";
import type { InitiativeStatus, OrganisationKind } from "~/domain/vocabulary";
import { db, type Tx } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { recordAudit } from "./audit.server";
import { onInitiativePublished } from "~/models/collective-need";
import { previewInitiativePage, type InitiativePage } from "./directory.server";
import { notify } from "./notification.server";
import { memberIds } from "./organisation.server";
import { storedPublicationGaps } from "./listing.server";

type Refused = { ok: false; error: "not_found" | "forbidden" | "illegal_transition" };
/** `name` is the listing's title or the organisation's name, for the confirmation. */
type Done = { ok: true; name: string } | Refused;

export type QueuedListing = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  organisationId: number;
  organisationName: string;
  organisationVerified: boolean;
  moderationNote: string | null;
  updatedAt: Date;
};

export type QueuedOrganisation = {
  id: number;
  slug: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  website: string | null;
  email: string | null;
  kvkNumber: string | null;
  moderationNote: string | null;
  createdAt: Date;
  createdByName: string | null;
};

export function getModerationQueue(
  actor: Actor,
): { ok: true; listings: QueuedListing[]; organisations: QueuedOrganisation[] } | { ok: false; error: "forbidden" } {
  if (!can(actor, "moderation.view_queue")) return { ok: false, error: "forbidden" };
  const listings = db
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      summary: initiatives.summary,
      organisationId: organisations.id,
      organisationName: organisations.name,
      verifiedAt: organisations.verifiedAt,
      moderationNote: initiatives.moderationNote,
      updatedAt: initiatives.updatedAt,
    })
    .from(initiatives)
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .where(eq(initiatives.status, "submitted"))
    .orderBy(asc(initiatives.updatedAt))
    .all()
    .map(({ verifiedAt, ...row }) => ({ ...row, organisationVerified: verifiedAt !== null }));
  const waiting = db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      description: organisations.description,
      website: organisations.website,
      email: organisations.email,
      kvkNumber: organisations.kvkNumber,
      moderationNote: organisations.moderationNote,
      createdAt: organisations.createdAt,
      createdByName: users.name,
    })
    .from(organisations)
    .leftJoin(users, eq(users.id, organisations.createdBy))
    .where(isNull(organisations.verifiedAt))
    .orderBy(asc(organisations.createdAt))
    .all();
  return { ok: true, listings, organisations: waiting };
}

/** A listing waiting in the queue, shown whole as the public would see it once approved. */
export function getQueuedListingPage(actor: Actor, id: number): { ok: true; page: InitiativePage } | { ok: false; error: "forbidden" | "not_found" } {
  if (!can(actor, "moderation.view_queue")) return { ok: false, error: "forbidden" };
  const status = Number.isSafeInteger(id) ? db.select({ status: initiatives.status }).from(initiatives).where(eq(initiatives.id, id)).get()?.status : undefined;
  const page = status === "submitted" ? previewInitiativePage(id) : null;
  return page ? { ok: true, page } : { ok: false, error: "not_found" };
}

/** Moves one listing from `from` to its next state as an admin, and tells the organisation. */
function moderateListing(
  actor: Actor,
  id: number,
  from: InitiativeStatus,
  apply: (tx: Tx, listing: { organisationId: number; title: string; publishedAt: Date | null }) => { message: string; action: string },
): Done {
  if (!can(actor, "initiative.moderate")) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const listing = tx
      .select({
        id: initiatives.id,
        organisationId: initiatives.organisationId,
        title: initiatives.title,
        status: initiatives.status,
        publishedAt: initiatives.publishedAt,
      })
      .from(initiatives)
      .where(eq(initiatives.id, id))
      .get();
    if (!listing) return { ok: false as const, error: "not_found" as const };
    if (listing.status !== from) return { ok: false as const, error: "illegal_transition" as const };
    const { message, action } = apply(tx, listing);
    notify(tx, memberIds(tx, listing.organisationId), message, { title: listing.title }, `/mijn-organisatie/${listing.organisationId}/initiatieven/${id}`);
    recordAudit(tx, actor, { action, entityType: "initiative", entityId: id });
    return { ok: true as const, name: listing.title };
  });
}

/**
 * Submitted → published: visible in the directory from now on. Like every way to the public, only
 * with when, where and how to take part (a listing submitted before that rule may lack them).
 */
export function approveListing(actor: Actor, id: number): Done | { ok: false; error: "incomplete" } {
  if (can(actor, "initiative.moderate") && storedPublicationGaps(db, id).length > 0) return { ok: false, error: "incomplete" };
  return moderateListing(actor, id, "submitted", (tx, listing) => {
    const now = new Date();
    tx.update(initiatives)
      .set({ status: "published", publishedAt: listing.publishedAt ?? now, moderationNote: null, lastConfirmedAt: now, updatedAt: now })
      .where(eq(initiatives.id, id))
      .run();
    onInitiativePublished(tx, id);
    return { message: "organiser.notify.listingApproved", action: "approve" };
  });
}

/** Submitted → draft, with the reason the organiser sees on the dashboard and the edit page. */
export function sendBackListing(actor: Actor, id: number, reason: string): Done {
  return moderateListing(actor, id, "submitted", (tx) => {
    tx.update(initiatives).set({ status: "draft", moderationNote: reason, updatedAt: new Date() }).where(eq(initiatives.id, id)).run();
    return { message: "organiser.notify.listingSentBack", action: "send_back" };
  });
}

/** Published → paused by an admin, e.g. after a complaint; the reason is shown to the organisation. */
export function pauseListingAsAdmin(actor: Actor, id: number, reason: string): Done {
  return moderateListing(actor, id, "published", (tx) => {
    tx.update(initiatives).set({ status: "paused", moderationNote: reason, updatedAt: new Date() }).where(eq(initiatives.id, id)).run();
    return { message: "organiser.notify.listingPaused", action: "pause" };
  });
}

function moderateOrganisation(
  actor: Actor,
  organisationId: number,
  apply: (tx: Tx) => { message: string; action: string },
): Done | { ok: false; error: "already_verified" } {
  if (!can(actor, "organisation.verify")) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const organisation = tx
      .select({ name: organisations.name, verifiedAt: organisations.verifiedAt })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .get();
    if (!organisation) return { ok: false as const, error: "not_found" as const };
    if (organisation.verifiedAt) return { ok: false as const, error: "already_verified" as const };
    const { message, action } = apply(tx);
    notify(tx, memberIds(tx, organisationId), message, { organisation: organisation.name }, `/mijn-organisatie/${organisationId}`);
    recordAudit(tx, actor, { action, entityType: "organisation", entityId: organisationId });
    return { ok: true as const, name: organisation.name };
  });
}

/** From now on the organisation's members publish without waiting for an admin. */
export function verifyOrganisation(actor: Actor, organisationId: number) {
  return moderateOrganisation(actor, organisationId, (tx) => {
    tx.update(organisations).set({ verifiedAt: new Date(), verifiedBy: actor.id, moderationNote: null }).where(eq(organisations.id, organisationId)).run();
    return { message: "organiser.notify.organisationVerified", action: "verify" };
  });
}

/** Not verified yet: the owners see why and can fix their profile. */
export function sendBackOrganisation(actor: Actor, organisationId: number, reason: string) {
  return moderateOrganisation(actor, organisationId, (tx) => {
    tx.update(organisations).set({ moderationNote: reason }).where(eq(organisations.id, organisationId)).run();
    return { message: "organiser.notify.organisationSentBack", action: "send_back" };
  });
}

export type PublishedListing = { id: number; slug: string; title: string; organisationName: string };

/** Published listings whose title or organisation contains the words, for the admin's pause button. */
export function findPublishedListings(actor: Actor, query: string, limit = 20): PublishedListing[] {
  if (!can(actor, "initiative.moderate") || query.trim() === "") return [];
  // instr, not LIKE: whatever the admin types is taken literally.
  const words = query.trim().toLowerCase();
  return db
    .select({ id: initiatives.id, slug: initiatives.slug, title: initiatives.title, organisationName: organisations.name })
    .from(initiatives)
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .where(
      and(
        eq(initiatives.status, "published"),
        or(sql`instr(lower(${initiatives.title}), ${words}) > 0`, sql`instr(lower(${organisations.name}), ${words}) > 0`),
      ),
    )
    .orderBy(initiatives.title)
    .limit(limit)
    .all();
}

export type AdminOverview = {
  counts: { submittedListings: number; unverifiedOrganisations: number; publishedListings: number; users: number };
  organisations: { id: number; slug: string; name: string; kind: OrganisationKind; verified: boolean; createdAt: Date }[];
};

/** The admin home: a few counts and every organisation, unverified ones first. */
export function getAdminOverview(actor: Actor): { ok: true; overview: AdminOverview } | { ok: false; error: "forbidden" } {
  if (!can(actor, "admin.manage")) return { ok: false, error: "forbidden" };
  const byStatus = db.select({ status: initiatives.status, n: count() }).from(initiatives).groupBy(initiatives.status).all();
  const statusCount = (status: InitiativeStatus) => byStatus.find((row) => row.status === status)?.n ?? 0;
  const orgs = db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      verifiedAt: organisations.verifiedAt,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .orderBy(desc(isNull(organisations.verifiedAt)), organisations.name)
    .all()
    .map(({ verifiedAt, ...row }) => ({ ...row, verified: verifiedAt !== null }));
  return {
    ok: true,
    overview: {
      counts: {
        submittedListings: statusCount("submitted"),
        publishedListings: statusCount("published"),
        unverifiedOrganisations: orgs.filter((o) => !o.verified).length,
        users: db.select({ n: count() }).from(users).get()?.n ?? 0,
      },
      organisations: orgs,
    },
  };
}
