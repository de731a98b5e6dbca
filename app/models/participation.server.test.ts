import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { initiatives, notifications, participations } from "~db/schema";
import { db } from "~/utils/db.server";
import { getInitiativePage } from "./directory.server";
import { createCalendarFeed, listingsForFeedToken } from "./open-data/calendar-feed.server";
import { listOrganisationListings } from "./listing.server";
import { cancelSignUp, listMyParticipations, listParticipants, removeParticipant, signUp } from "./participation.server";
import { placesTakenOf } from "./places.server";
import { createInitiative, createOrganisationWithOwner, createUser } from "#tests/factories/core";

function openActivity(options: { capacity?: number | null; outside?: number; signUpInSite?: boolean } = {}) {
  const { organisation, owner } = createOrganisationWithOwner();
  const listing = createInitiative(organisation.id, { capacity: options.capacity ?? null, outside: options.outside ?? 0, slots: [[3, "14:00", "16:00"]] });
  db.update(initiatives)
    .set({ signUpInSite: options.signUpInSite ?? true })
    .where(eq(initiatives.id, listing.id))
    .run();
  return { organisation, owner, listing };
}

describe("signing up for an activity in the site", () => {
  it("takes a place, counts it wherever places are shown, and never hands out more than there are", () => {
    const { organisation, owner, listing } = openActivity({ capacity: 3, outside: 1 });
    const [ann, bob, cor] = [createUser({ name: "Ann" }), createUser({ name: "Bob" }), createUser({ name: "Cor" })];
    expect(signUp(ann, { initiativeId: listing.id })).toEqual({ ok: true, already: false });
    expect(getInitiativePage(listing.slug)!.places).toEqual({ kind: "available", count: 1 });
    expect(signUp(bob, { initiativeId: listing.id })).toEqual({ ok: true, already: false });
    expect(signUp(cor, { initiativeId: listing.id })).toEqual({ ok: false, error: "no_places" });
    expect(getInitiativePage(listing.slug)!.places).toEqual({ kind: "waitlist" });
    const dashboard = listOrganisationListings(owner, organisation.id);
    expect(dashboard.ok && dashboard.listings[0]!.placesAvailable).toBe(0);
    expect(placesTakenOf(db, listing.id)).toBe(2);
    // The organisers were told.
    const told = db.select().from(notifications).where(eq(notifications.userId, owner.id)).all();
    expect(told.map((n) => n.kind)).toContain("takingPart.notify.signedUp");
  });

  it("treats a second sign-up as the same one, and cancelling frees the place", () => {
    const { listing } = openActivity({ capacity: 1 });
    const ann = createUser();
    signUp(ann, { initiativeId: listing.id });
    expect(signUp(ann, { initiativeId: listing.id })).toEqual({ ok: true, already: true });
    expect(db.select().from(participations).where(eq(participations.userId, ann.id)).all()).toHaveLength(1);
    expect(cancelSignUp(ann, { initiativeId: listing.id })).toEqual({ ok: true });
    expect(cancelSignUp(ann, { initiativeId: listing.id })).toEqual({ ok: false, error: "not_signed_up" });
    expect(signUp(createUser(), { initiativeId: listing.id })).toMatchObject({ ok: true });
  });

  it("refuses when the organiser did not turn sign-up on, or the listing is not public", () => {
    const closed = openActivity({ signUpInSite: false });
    expect(signUp(createUser(), { initiativeId: closed.listing.id })).toEqual({ ok: false, error: "closed" });
    const draft = openActivity();
    db.update(initiatives).set({ status: "draft" }).where(eq(initiatives.id, draft.listing.id)).run();
    expect(signUp(createUser(), { initiativeId: draft.listing.id })).toEqual({ ok: false, error: "not_found" });
    expect(signUp(createUser(), { initiativeId: Number.NaN })).toEqual({ ok: false, error: "not_found" });
  });
});

describe("the organiser's list of participants", () => {
  it("shows them to the organisation only, and a removal tells the resident why", () => {
    const { organisation, owner, listing } = openActivity({ capacity: 5 });
    const ann = createUser({ name: "Ann" });
    signUp(ann, { initiativeId: listing.id });
    const list = listParticipants(owner, organisation.id, listing.id);
    expect(list.ok && list.participants.map((p) => p.name)).toEqual(["Ann"]);

    const other = createOrganisationWithOwner();
    expect(listParticipants(other.owner, organisation.id, listing.id)).toEqual({ ok: false, error: "forbidden" });
    // Another organisation's member naming their own organisation still sees nobody of ours.
    const theirs = listParticipants(other.owner, other.organisation.id, listing.id);
    expect(theirs.ok && theirs.participants).toEqual([]);
    const participantId = list.ok ? list.participants[0]!.id : 0;
    expect(removeParticipant(other.owner, other.organisation.id, { participantId, message: "Weg ermee" })).toEqual({ ok: false, error: "not_found" });
    expect(removeParticipant(owner, organisation.id, { participantId, message: "  " })).toEqual({ ok: false, error: "message_required" });

    expect(removeParticipant(owner, organisation.id, { participantId, message: "De groep gaat niet door." })).toEqual({ ok: true });
    expect(removeParticipant(owner, organisation.id, { participantId, message: "De groep gaat niet door." })).toEqual({ ok: false, error: "not_found" });
    const mine = listMyParticipations(ann);
    expect(mine).toMatchObject([{ initiativeId: listing.id, status: "removed", removalMessage: "De groep gaat niet door." }]);
    const told = db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, ann.id), eq(notifications.kind, "takingPart.notify.removed")))
      .get();
    expect(told?.params).toMatchObject({ message: "De groep gaat niet door." });
    expect(getInitiativePage(listing.slug)!.places).toEqual({ kind: "available", count: 5 });
  });
});

describe("the resident's calendar feed", () => {
  it("holds the activities they are signed up for, and drops one they cancel", () => {
    const { listing } = openActivity();
    const ann = createUser();
    const token = createCalendarFeed(ann).path.split("/")[2]!;
    expect(listingsForFeedToken(token)).toEqual([]);
    signUp(ann, { initiativeId: listing.id });
    expect(listingsForFeedToken(token)!.map((l) => l.slug)).toEqual([listing.slug]);
    cancelSignUp(ann, { initiativeId: listing.id });
    expect(listingsForFeedToken(token)).toEqual([]);
  });
});
