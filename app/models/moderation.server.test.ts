import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, initiatives, notifications, organisations } from "~db/schema";
import { db } from "~/utils/db.server";
import { addOrganisationMember, createOrganisationWithOwner, createUser, reloadActor } from "#tests/factories/core";
import { createOvervecht, listingInput } from "#tests/factories/organisation";
import { changeListingStatus, createListing } from "./listing.server";
import {
  approveListing,
  findPublishedListings,
  getAdminOverview,
  getModerationQueue,
  getQueuedListingPage,
  pauseListingAsAdmin,
  sendBackListing,
  sendBackOrganisation,
  verifyOrganisation,
} from "./moderation.server";

beforeAll(() => {
  createOvervecht();
});

/** An unverified organisation (owner and editor) with one submitted listing. */
function submittedListing(title = "Wandelclub Noord") {
  const {
    organisation: { id: organisationId },
    owner,
  } = createOrganisationWithOwner({ verified: false });
  const editor = addOrganisationMember(organisationId, createUser(), "editor");
  const created = createListing(owner, organisationId, listingInput({ title }));
  if (!created.ok) throw new Error(created.error);
  changeListingStatus(owner, created.id, "submit");
  return { organisationId, owner, editor, id: created.id };
}

const stored = (id: number) => db.select().from(initiatives).where(eq(initiatives.id, id)).get()!;
const notificationsOf = (userId: string) => db.select().from(notifications).where(eq(notifications.userId, userId)).all();

describe("a waiting listing opened whole", () => {
  it("shows the admin everything the public will see, only while it waits, and nobody else", () => {
    const { id, owner } = submittedListing("Repaircafé Noord");
    const admin = createUser({ isAdmin: true });
    const opened = getQueuedListingPage(admin, id);
    expect(opened.ok && { title: opened.page.title, summary: opened.page.summary, organisation: opened.page.organisation.name }).toMatchObject({
      title: "Repaircafé Noord",
    });
    expect(getQueuedListingPage(owner, id)).toEqual({ ok: false, error: "forbidden" });
    expect(getQueuedListingPage(admin, Number.NaN)).toEqual({ ok: false, error: "not_found" });
    expect(getQueuedListingPage(admin, 999_999)).toEqual({ ok: false, error: "not_found" });
    approveListing(admin, id);
    expect(getQueuedListingPage(admin, id)).toEqual({ ok: false, error: "not_found" });
  });
});

describe("the moderation queue", () => {
  it("holds submitted listings and unverified organisations, for admins only", () => {
    const { id, organisationId, owner } = submittedListing();
    const admin = createUser({ isAdmin: true });
    const queue = getModerationQueue(admin);
    if (!queue.ok) throw new Error(queue.error);
    expect(queue.listings.map((l) => l.id)).toContain(id);
    expect(queue.organisations.map((o) => o.id)).toContain(organisationId);
    expect(getModerationQueue(owner)).toEqual({ ok: false, error: "forbidden" });
  });

  it("approves: published with publishedAt, members told, audited", () => {
    const { id, owner, editor } = submittedListing("Approve me");
    const admin = createUser({ isAdmin: true });
    expect(approveListing(admin, id)).toEqual({ ok: true, name: "Approve me" });
    expect(stored(id)).toMatchObject({ status: "published", moderationNote: null });
    expect(stored(id).publishedAt).toBeInstanceOf(Date);
    for (const member of [owner, editor]) {
      expect(notificationsOf(member.id)).toMatchObject([{ kind: "organiser.notify.listingApproved", params: { title: "Approve me" } }]);
    }
    expect(db.select().from(auditLog).where(eq(auditLog.actorId, admin.id)).all()).toMatchObject([{ action: "approve", entityType: "initiative" }]);
    // Approving twice is refused: it is no longer waiting.
    expect(approveListing(admin, id)).toEqual({ ok: false, error: "illegal_transition" });
  });

  it("sends back to draft with a reason the organiser sees; they fix it and submit again", () => {
    const { id, owner } = submittedListing();
    const admin = createUser({ isAdmin: true });
    expect(sendBackListing(admin, id, "Voeg een adres toe.").ok).toBe(true);
    expect(stored(id)).toMatchObject({ status: "draft", moderationNote: "Voeg een adres toe." });
    expect(notificationsOf(owner.id)[0]?.kind).toBe("organiser.notify.listingSentBack");
    expect(changeListingStatus(owner, id, "submit")).toEqual({ ok: true, status: "submitted" });
    approveListing(admin, id);
    expect(stored(id).moderationNote).toBeNull();
  });

  it("lets an admin pause any published listing with a reason", () => {
    const { id } = submittedListing();
    const admin = createUser({ isAdmin: true });
    expect(pauseListingAsAdmin(admin, id, "Nog niet gepubliceerd")).toEqual({ ok: false, error: "illegal_transition" });
    approveListing(admin, id);
    expect(pauseListingAsAdmin(admin, id, "Klacht ontvangen").ok).toBe(true);
    expect(stored(id)).toMatchObject({ status: "paused", moderationNote: "Klacht ontvangen" });
  });

  it("refuses every moderation action to non-admins, including the organisation's own owner", () => {
    const { id, owner, organisationId } = submittedListing();
    for (const result of [
      approveListing(owner, id),
      sendBackListing(owner, id, "Niet goed"),
      pauseListingAsAdmin(owner, id, "Pauze"),
      verifyOrganisation(owner, organisationId),
      sendBackOrganisation(owner, organisationId, "Wie zijn jullie?"),
    ]) {
      expect(result).toEqual({ ok: false, error: "forbidden" });
    }
    expect(stored(id).status).toBe("submitted");
    expect(getAdminOverview(owner)).toEqual({ ok: false, error: "forbidden" });
    expect(approveListing(createUser({ isAdmin: true }), 999_999)).toEqual({ ok: false, error: "not_found" });
  });
});

describe("verifying organisations", () => {
  it("verifies: verifiedAt and verifiedBy set, members told, and then they publish directly", () => {
    const { organisationId, owner } = submittedListing();
    const admin = createUser({ isAdmin: true });
    expect(verifyOrganisation(admin, organisationId).ok).toBe(true);
    const row = db.select().from(organisations).where(eq(organisations.id, organisationId)).get();
    expect(row?.verifiedBy).toBe(admin.id);
    expect(row?.verifiedAt).toBeInstanceOf(Date);
    expect(notificationsOf(owner.id).map((n) => n.kind)).toContain("organiser.notify.organisationVerified");
    expect(verifyOrganisation(admin, organisationId)).toEqual({ ok: false, error: "already_verified" });
    const created = createListing(reloadActor(owner), organisationId, listingInput({ title: "Direct online" }));
    if (!created.ok) throw new Error(created.error);
    expect(changeListingStatus(reloadActor(owner), created.id, "submit")).toEqual({ ok: true, status: "published" });
  });

  it("sends an organisation back with a note and keeps it in the queue", () => {
    const { organisationId } = submittedListing();
    const admin = createUser({ isAdmin: true });
    expect(sendBackOrganisation(admin, organisationId, "Graag een KvK-nummer.").ok).toBe(true);
    const queue = getModerationQueue(admin);
    expect(queue.ok && queue.organisations.find((o) => o.id === organisationId)?.moderationNote).toBe("Graag een KvK-nummer.");
  });
});

describe("admin overview and search", () => {
  it("counts waiting work and finds published listings by title, taking typed characters literally", () => {
    const { id } = submittedListing("Schaakclub 100% Zuid");
    const admin = createUser({ isAdmin: true });
    const overview = getAdminOverview(admin);
    expect(overview.ok && overview.overview.counts.submittedListings).toBeGreaterThanOrEqual(1);
    expect(findPublishedListings(admin, "schaakclub")).toEqual([]);
    approveListing(admin, id);
    expect(findPublishedListings(admin, "100% zuid").map((l) => l.id)).toEqual([id]);
    expect(findPublishedListings(admin, "_%")).toEqual([]);
    expect(findPublishedListings(createUser(), "schaakclub")).toEqual([]);
  });
});
