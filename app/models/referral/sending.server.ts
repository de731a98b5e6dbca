/** Preparing and sending a referral: the consultant's side, before the organisation answers. */
import { and, eq, inArray } from "drizzle-orm";
import { initiatives, needs, organisations, referralEvents, referrals } from "~db/schema";
import type { ContactPreference, LifeDomain } from "~/domain/vocabulary";
import { recordAudit } from "~/models/audit-write.server";
import { activeConsent } from "~/models/consent.server";
import { ACTIVE_REFERRAL_STATUSES } from "~/domain/referral-states";
import { householdFor } from "~/models/household-scope.server";
import { placesLeft } from "~/domain/places";
import { placesTakenColumn } from "~/models/places.server";
import { notify } from "~/models/notification.server";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import type { ReferralResult } from "./results";
import { organisationMemberIds } from "~/models/organisation-members.server";

export type ContactInput = {
  name?: string;
  phone?: string;
  email?: string;
  preference?: ContactPreference;
};

export type SendReferralInput = {
  householdId: number;
  initiativeId: number;
  needId?: number | null;
  message: string;
  lookingFor: string;
  contact?: ContactInput;
};

function hasPersonalContact(contact: ContactInput | undefined) {
  return Boolean(contact?.name || contact?.phone || contact?.email || (contact?.preference && contact.preference !== "via_consultant"));
}

/** Sends a household (of the actor's team) to a published initiative that takes referrals. */
export function sendReferral(actor: Actor, input: SendReferralInput): ReferralResult {
  const access = householdFor(db, actor, input.householdId, "household.view");
  if (!access.ok) return access;
  const household = access.household;
  if (!can(actor, "referral.send", { teamId: household.teamId })) return { ok: false, error: "forbidden" };
  if (input.needId != null) {
    const need = db
      .select({ id: needs.id })
      .from(needs)
      .where(and(eq(needs.id, input.needId), eq(needs.householdId, household.id)))
      .get();
    if (!need) return { ok: false, error: "not_found" };
  }
  const initiative = db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      status: initiatives.status,
      acceptsReferrals: initiatives.acceptsReferrals,
      organisationId: initiatives.organisationId,
    })
    .from(initiatives)
    .where(eq(initiatives.id, input.initiativeId))
    .get();
  if (!initiative) return { ok: false, error: "not_found" };
  if (initiative.status !== "published" || !initiative.acceptsReferrals) return { ok: false, error: "initiative_unavailable" };
  const consent = activeConsent(db, household.id) !== null;
  if (!consent && hasPersonalContact(input.contact)) return { ok: false, error: "no_consent" };
  const open = db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.householdId, household.id), eq(referrals.initiativeId, initiative.id), inArray(referrals.status, [...ACTIVE_REFERRAL_STATUSES])))
    .get();
  if (open) return { ok: false, error: "already_referred" };

  const contact = consent ? (input.contact ?? {}) : {};
  const now = new Date();
  const referralId = db.transaction((tx) => {
    const created = tx
      .insert(referrals)
      .values({
        householdId: household.id,
        needId: input.needId ?? null,
        initiativeId: initiative.id,
        status: "sent",
        message: input.message,
        lookingFor: input.lookingFor,
        contactName: contact.name || null,
        contactPhone: contact.phone || null,
        contactEmail: contact.email || null,
        contactPreference: contact.preference ?? "via_consultant",
        createdBy: actor.id,
        sentAt: now,
        updatedAt: now,
      })
      .returning({ id: referrals.id })
      .get();
    tx.insert(referralEvents).values({ referralId: created.id, fromStatus: "draft", toStatus: "sent", actorId: actor.id }).run();
    if (input.needId != null) {
      tx.update(needs)
        .set({ status: "referred" })
        .where(and(eq(needs.id, input.needId), inArray(needs.status, ["open", "unmet"])))
        .run();
    }
    notify(
      tx,
      organisationMemberIds(tx, initiative.organisationId),
      "referrals.notify.newReferral",
      { initiative: initiative.title },
      `/mijn-organisatie/verwijzingen/${created.id}`,
    );
    recordAudit(tx, actor, { action: "create", entityType: "referral", entityId: created.id, householdId: household.id });
    return created.id;
  });
  return { ok: true, referralId };
}

export type ReferralDraft = {
  household: { id: number; reference: string; consent: boolean };
  need: { id: number; domain: LifeDomain } | null;
  initiative: { id: number; title: string; organisationName: string; placesAvailable: number | null };
};

/** What the referral form shows before sending; only for the household's team. */
export function prepareReferral(
  actor: Actor,
  input: { householdId: number; initiativeId: number; needId?: number | null },
): { ok: true; draft: ReferralDraft } | { ok: false; error: "not_found" | "forbidden" | "initiative_unavailable" } {
  const access = householdFor(db, actor, input.householdId, "household.view");
  if (!access.ok) return access;
  if (!can(actor, "referral.send", { teamId: access.household.teamId })) return { ok: false, error: "forbidden" };
  const need =
    input.needId != null
      ? db
          .select({ id: needs.id, domain: needs.domain })
          .from(needs)
          .where(and(eq(needs.id, input.needId), eq(needs.householdId, input.householdId)))
          .get()
      : undefined;
  if (input.needId != null && !need) return { ok: false, error: "not_found" };
  const initiative = db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      status: initiatives.status,
      acceptsReferrals: initiatives.acceptsReferrals,
      capacity: initiatives.capacity,
      outside: initiatives.participantsOutsideReferrals,
      organisationName: organisations.name,
      held: placesTakenColumn,
    })
    .from(initiatives)
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .where(eq(initiatives.id, input.initiativeId))
    .get();
  if (!initiative) return { ok: false, error: "not_found" };
  if (initiative.status !== "published" || !initiative.acceptsReferrals) return { ok: false, error: "initiative_unavailable" };
  // The form shows the reference and the consent state: a read of household data.
  recordAudit(db, actor, {
    action: "view",
    entityType: "referral_form",
    entityId: initiative.id,
    householdId: access.household.id,
    detail: initiative.title,
  });
  return {
    ok: true,
    draft: {
      household: { id: access.household.id, reference: access.household.reference, consent: activeConsent(db, access.household.id) !== null },
      need: need ?? null,
      initiative: {
        id: initiative.id,
        title: initiative.title,
        organisationName: initiative.organisationName,
        placesAvailable: placesLeft(initiative.capacity, initiative.outside, initiative.held),
      },
    },
  };
}
