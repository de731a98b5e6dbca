/**
 * Taking part in an activity by signing up in the site. A sign-up holds a place exactly like an
 * accepted referral: it is taken under the database's write lock, so the last place goes to one
 * person only. The organiser sees who signed up and may remove someone, with a message.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { initiatives, organisations, participations, users } from "~db/schema";
import type { ParticipationStatus } from "~/domain/taking-part";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { placesLeft } from "~/domain/places";
import { placesTakenOf } from "./places.server";
import { notify } from "./notification.server";
import { organisationMemberIds } from "./organisation-members.server";

export type SignUpError = "not_found" | "closed" | "no_places";
export type SignUpResult = { ok: true; already: boolean } | { ok: false; error: SignUpError };

/**
 * Signs the resident up. BEGIN IMMEDIATE: the places left are read and the place taken under one
 * write lock. Signing up twice is harmless: the second time changes nothing and says so.
 */
export function signUp(actor: Actor, input: { initiativeId: number }): SignUpResult {
  if (!Number.isSafeInteger(input.initiativeId)) return { ok: false, error: "not_found" };
  return db.transaction(
    (tx): SignUpResult => {
      const listing = tx
        .select({
          id: initiatives.id,
          title: initiatives.title,
          organisationId: initiatives.organisationId,
          status: initiatives.status,
          signUpInSite: initiatives.signUpInSite,
          capacity: initiatives.capacity,
          outside: initiatives.participantsOutsideReferrals,
        })
        .from(initiatives)
        .where(eq(initiatives.id, input.initiativeId))
        .get();
      if (!listing || listing.status !== "published") return { ok: false, error: "not_found" };
      if (!listing.signUpInSite) return { ok: false, error: "closed" };
      const existing = tx
        .select({ id: participations.id, status: participations.status })
        .from(participations)
        .where(and(eq(participations.initiativeId, listing.id), eq(participations.userId, actor.id)))
        .get();
      if (existing?.status === "active") return { ok: true, already: true };

      const left = placesLeft(listing.capacity, listing.outside, placesTakenOf(tx, listing.id));
      if (left !== null && left <= 0) return { ok: false, error: "no_places" };

      const now = new Date();
      if (existing) {
        tx.update(participations)
          .set({ status: "active", removalMessage: null, signedUpAt: now, endedAt: null })
          .where(eq(participations.id, existing.id))
          .run();
      } else {
        tx.insert(participations).values({ initiativeId: listing.id, userId: actor.id, signedUpAt: now }).run();
      }
      notify(
        tx,
        organisationMemberIds(tx, listing.organisationId),
        "takingPart.notify.signedUp",
        { initiative: listing.title, name: actor.name },
        `/mijn-organisatie/${listing.organisationId}/initiatieven/${listing.id}`,
        actor.id,
      );
      return { ok: true, already: false };
    },
    { behavior: "immediate" },
  );
}

/** The resident cancels their own sign-up; the place is free again at once. */
export function cancelSignUp(actor: Actor, input: { initiativeId: number }): { ok: true } | { ok: false; error: "not_signed_up" } {
  if (!Number.isSafeInteger(input.initiativeId)) return { ok: false, error: "not_signed_up" };
  return db.transaction((tx) => {
    const cancelled = tx
      .update(participations)
      .set({ status: "cancelled", endedAt: new Date() })
      .where(and(eq(participations.initiativeId, input.initiativeId), eq(participations.userId, actor.id), eq(participations.status, "active")))
      .returning({ id: participations.id })
      .all();
    if (cancelled.length === 0) return { ok: false as const, error: "not_signed_up" as const };
    const listing = tx
      .select({ title: initiatives.title, organisationId: initiatives.organisationId })
      .from(initiatives)
      .where(eq(initiatives.id, input.initiativeId))
      .get()!;
    notify(
      tx,
      organisationMemberIds(tx, listing.organisationId),
      "takingPart.notify.cancelled",
      { initiative: listing.title, name: actor.name },
      `/mijn-organisatie/${listing.organisationId}/initiatieven/${input.initiativeId}`,
      actor.id,
    );
    return { ok: true as const };
  });
}

/** Whether the actor holds a place on this activity (for the initiative page). */
export function isSignedUp(actor: Actor | null, initiativeId: number): boolean {
  if (!actor) return false;
  const row = db
    .select({ id: participations.id })
    .from(participations)
    .where(and(eq(participations.initiativeId, initiativeId), eq(participations.userId, actor.id), eq(participations.status, "active")))
    .get();
  return Boolean(row);
}

export type Participant = { id: number; name: string; email: string; signedUpAt: Date };

/** Who signed up for one of the organisation's activities; only its members may see them. */
export function listParticipants(
  actor: Actor,
  organisationId: number,
  initiativeId: number,
): { ok: true; participants: Participant[] } | { ok: false; error: "forbidden" } {
  if (!can(actor, "participation.manage", { organisationId })) return { ok: false, error: "forbidden" };
  const participants = db
    .select({ id: participations.id, name: users.name, email: users.email, signedUpAt: participations.signedUpAt })
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId))
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .where(and(eq(participations.initiativeId, initiativeId), eq(initiatives.organisationId, organisationId), eq(participations.status, "active")))
    .orderBy(asc(participations.signedUpAt), asc(participations.id))
    .all();
  return { ok: true, participants };
}

export type RemoveResult = { ok: true } | { ok: false; error: "forbidden" | "not_found" | "message_required" };

/** The organiser takes someone off the list and says why; the resident is told in the site. */
export function removeParticipant(actor: Actor, organisationId: number, input: { participantId: number; message: string }): RemoveResult {
  if (!can(actor, "participation.manage", { organisationId })) return { ok: false, error: "forbidden" };
  const message = input.message.trim();
  if (!message) return { ok: false, error: "message_required" };
  return db.transaction((tx): RemoveResult => {
    const row = tx
      .select({ id: participations.id, userId: participations.userId, initiativeId: initiatives.id, title: initiatives.title })
      .from(participations)
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .where(and(eq(participations.id, input.participantId), eq(initiatives.organisationId, organisationId), eq(participations.status, "active")))
      .get();
    if (!row) return { ok: false, error: "not_found" };
    tx.update(participations).set({ status: "removed", removalMessage: message, endedAt: new Date() }).where(eq(participations.id, row.id)).run();
    notify(tx, [row.userId], "takingPart.notify.removed", { initiative: row.title, message }, "/mijn");
    return { ok: true };
  });
}

export type MyParticipation = {
  initiativeId: number;
  initiativeSlug: string;
  initiativeTitle: string;
  organisationName: string;
  status: ParticipationStatus;
  removalMessage: string | null;
  signedUpAt: Date;
};

/** The resident's sign-ups for /mijn: current ones, and the ones an organiser ended with a message. */
export function listMyParticipations(actor: Actor): MyParticipation[] {
  return db
    .select({
      initiativeId: initiatives.id,
      initiativeSlug: initiatives.slug,
      initiativeTitle: initiatives.title,
      organisationName: organisations.name,
      status: participations.status,
      removalMessage: participations.removalMessage,
      signedUpAt: participations.signedUpAt,
    })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .where(and(eq(participations.userId, actor.id), inArray(participations.status, ["active", "removed"])))
    .orderBy(desc(participations.signedUpAt))
    .all();
}
