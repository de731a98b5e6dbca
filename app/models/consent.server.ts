/**
 * The household's consent to share contact details with initiatives (DESIGN.md, "Consent").
 * Without active consent a referral carries no contact details; withdrawing it erases them from
 * every referral that is still open.
 */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { consents, referralEvents, referrals, users } from "~db/schema";
import { OPEN_REFERRAL_STATUSES } from "~/domain/referral-states";
import { db, type Conn } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";
import { recordAudit } from "./audit.server";
import { householdFor, type Refused } from "./household-scope.server";
import { todayInAmsterdam } from "~/utils/dates";

/** The note on each open referral when consent is withdrawn (stored text, shown as is in its history). */
export const CONSENT_WITHDRAWN_NOTE = "Toestemming ingetrokken: contactgegevens gewist. / Consent withdrawn: contact details erased.";

export type ConsentView = {
  id: number;
  givenOn: string;
  scope: string;
  recordedByName: string | null;
  createdAt: Date;
  withdrawnAt: Date | null;
  withdrawnByName: string | null;
};

/** The consent in force for a household, if any: for the household page and for sending referrals. */
export function activeConsent(tx: Conn, householdId: number) {
  return (
    tx
      .select()
      .from(consents)
      .where(and(eq(consents.householdId, householdId), isNull(consents.withdrawnAt)))
      .orderBy(desc(consents.id))
      .get() ?? null
  );
}

function loadConsents(tx: Conn, householdId: number): ConsentView[] {
  const withdrawer = alias(users, "withdrawer");
  return tx
    .select({
      id: consents.id,
      givenOn: consents.givenOn,
      scope: consents.scope,
      recordedByName: users.name,
      createdAt: consents.createdAt,
      withdrawnAt: consents.withdrawnAt,
      withdrawnByName: withdrawer.name,
    })
    .from(consents)
    .leftJoin(users, eq(users.id, consents.recordedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, consents.withdrawnBy))
    .where(eq(consents.householdId, householdId))
    .orderBy(desc(consents.createdAt), desc(consents.id))
    .all();
}

export type GetConsentResult = { ok: true; reference: string; teamId: number; active: ConsentView | null; history: ConsentView[] } | Refused;

export function getConsent(actor: Actor, input: { householdId: number }): GetConsentResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.view");
    if (!access.ok) return access;
    const history = loadConsents(tx, input.householdId);
    recordAudit(tx, actor, { action: "view", entityType: "consent", entityId: history[0]?.id ?? "none", householdId: input.householdId });
    return {
      ok: true,
      reference: access.household.reference,
      teamId: access.household.teamId,
      active: history.find((c) => c.withdrawnAt === null) ?? null,
      history,
    };
  });
}

export type RecordConsentResult = { ok: true; consentId: number } | Refused | { ok: false; error: "already_active" | "date_in_future" };

/** Records that the household gave consent, on which date and for what. */
export function recordConsent(actor: Actor, input: { householdId: number; givenOn: string; scope: string }): RecordConsentResult {
  if (input.givenOn > todayInAmsterdam()) return refuseUnlessVisible(actor, input.householdId, "date_in_future");
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    if (activeConsent(tx, input.householdId)) return { ok: false, error: "already_active" } as const;
    const consentId = tx
      .insert(consents)
      .values({ householdId: input.householdId, givenOn: input.givenOn, scope: input.scope.trim(), recordedBy: actor.id })
      .returning({ id: consents.id })
      .get().id;
    recordAudit(tx, actor, { action: "create", entityType: "consent", entityId: consentId, householdId: input.householdId });
    return { ok: true, consentId } as const;
  });
}

/** Input errors must not tell outsiders that a household exists. */
function refuseUnlessVisible<E extends string>(actor: Actor, householdId: number, error: E): Refused | { ok: false; error: E } {
  const access = householdFor(db, actor, householdId, "household.edit");
  return access.ok ? { ok: false, error } : access;
}

export type WithdrawConsentResult = { ok: true; erasedReferrals: number } | Refused | { ok: false; error: "no_active_consent" };

/**
 * Withdraws the consent and, in the same transaction, erases the contact details from every open
 * referral of the household, leaving a note in each referral's history.
 */
export function withdrawConsent(actor: Actor, input: { householdId: number }): WithdrawConsentResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    const consent = activeConsent(tx, input.householdId);
    if (!consent) return { ok: false, error: "no_active_consent" } as const;
    const now = new Date();
    tx.update(consents).set({ withdrawnAt: now, withdrawnBy: actor.id }).where(eq(consents.id, consent.id)).run();
    const open = tx
      .select({ id: referrals.id, status: referrals.status })
      .from(referrals)
      .where(and(eq(referrals.householdId, input.householdId), inArray(referrals.status, [...OPEN_REFERRAL_STATUSES])))
      .all();
    if (open.length > 0) {
      tx.update(referrals)
        .set({ contactName: null, contactPhone: null, contactEmail: null, contactPreference: null, updatedAt: now })
        .where(
          inArray(
            referrals.id,
            open.map((r) => r.id),
          ),
        )
        .run();
      tx.insert(referralEvents)
        .values(open.map((r) => ({ referralId: r.id, fromStatus: r.status, toStatus: r.status, actorId: actor.id, note: CONSENT_WITHDRAWN_NOTE })))
        .run();
    }
    recordAudit(tx, actor, {
      action: "update",
      entityType: "consent",
      entityId: consent.id,
      householdId: input.householdId,
      detail: `withdrawn; contact details erased from ${open.length} open referral(s)`,
    });
    return { ok: true, erasedReferrals: open.length } as const;
  });
}
