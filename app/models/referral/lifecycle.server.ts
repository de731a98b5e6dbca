/**
 * A referral's steps after sending (docs/DESIGN.md "Referral"): one transition table decides which
 * step is legal from which state and which side (team or organisation) may take it; every step is an
 * event. Also the reminders to organisations that have not answered.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { households, initiatives, needs, referralEvents, referrals } from "~db/schema";
import type { DeclineReason, ReferralStatus } from "~/domain/vocabulary";
import { recordAudit, recordRefusal } from "~/models/audit-write.server";
import { ACTIVE_REFERRAL_STATUSES, isClosed, REFERRAL_TRANSITIONS, type ReferralCommand } from "~/domain/referral-states";
import { placesLeft } from "~/domain/places";
import { placesTakenOf } from "~/models/places.server";
import { notify } from "~/models/notification.server";
import { db, type Tx } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import type { ReferralResult } from "./results";
import { mayReach } from "./access.server";
import { organisationMemberIds } from "~/models/organisation-members.server";

type TransitionInput = {
  referralId: number;
  note?: string;
  declineReason?: DeclineReason;
  outcome?: string;
  stopReason?: string;
};

/**
 * Moves a referral one step along the state machine. Runs in a BEGIN IMMEDIATE transaction so
 * that the state (and, for accept, the places left) is read and written under one write lock:
 * two organisers accepting the last place at once cannot both get it.
 */
function transition(actor: Actor, command: ReferralCommand, input: TransitionInput): ReferralResult {
  const rule = REFERRAL_TRANSITIONS[command];
  if (command === "decline" && !input.declineReason) return { ok: false, error: "reason_required" };
  if (command === "stop" && !input.stopReason?.trim()) return { ok: false, error: "reason_required" };
  if (command === "complete" && !input.outcome?.trim()) return { ok: false, error: "outcome_required" };
  if (!Number.isSafeInteger(input.referralId)) return { ok: false, error: "not_found" };

  return db.transaction(
    (tx): ReferralResult => {
      const row = tx
        .select({
          referral: referrals,
          teamId: households.teamId,
          reference: households.reference,
          organisationId: initiatives.organisationId,
          initiativeTitle: initiatives.title,
          capacity: initiatives.capacity,
          outside: initiatives.participantsOutsideReferrals,
        })
        .from(referrals)
        .innerJoin(households, eq(households.id, referrals.householdId))
        .innerJoin(initiatives, eq(initiatives.id, referrals.initiativeId))
        .where(eq(referrals.id, input.referralId))
        .get();
      if (!row || !mayReach(actor, row)) {
        recordRefusal(tx, actor, { entityType: "referral", entityId: input.referralId, householdId: row?.referral.householdId ?? null, detail: command });
        return { ok: false, error: "not_found" };
      }
      const allowed =
        rule.side === "team" ? can(actor, "referral.send", { teamId: row.teamId }) : can(actor, "referral.answer", { organisationId: row.organisationId });
      if (!allowed) return { ok: false, error: "forbidden" };
      const from = row.referral.status;
      if (!rule.from.includes(from)) return { ok: false, error: "illegal_transition" };

      if (rule.to === "accepted") {
        const left = placesLeft(row.capacity, row.outside, placesTakenOf(tx, row.referral.initiativeId));
        if (left !== null && left <= 0) return { ok: false, error: "no_places" };
      }

      const now = new Date();
      const closes = isClosed(rule.to);
      tx.update(referrals)
        .set({
          status: rule.to,
          updatedAt: now,
          ...(rule.side === "organisation" && row.referral.answeredAt === null ? { answeredAt: now } : {}),
          ...(command === "decline" ? { declineReason: input.declineReason } : {}),
          ...(command === "complete" ? { outcome: input.outcome?.trim() } : {}),
          ...(command === "stop" ? { stopReason: input.stopReason?.trim() } : {}),
          // Contact details live only as long as the referral (DESIGN.md "Consent").
          ...(closes ? { closedAt: now, contactName: null, contactPhone: null, contactEmail: null } : {}),
        })
        .where(eq(referrals.id, row.referral.id))
        .run();
      const note = [input.note?.trim(), input.outcome?.trim(), input.stopReason?.trim()].filter(Boolean).join("\n");
      tx.insert(referralEvents).values({ referralId: row.referral.id, fromStatus: from, toStatus: rule.to, actorId: actor.id, note }).run();
      if (closes || rule.to === "accepted") syncNeed(tx, row.referral.needId, rule.to);

      if (rule.side === "organisation") {
        notify(
          tx,
          row.referral.createdBy ? [row.referral.createdBy] : [],
          `referrals.notify.${rule.to}`,
          { initiative: row.initiativeTitle, reference: row.reference },
          `/werkplek/verwijzingen/${row.referral.id}`,
        );
      } else {
        notify(
          tx,
          organisationMemberIds(tx, row.organisationId),
          `referrals.notify.${rule.to}`,
          { initiative: row.initiativeTitle, reference: "" },
          `/mijn-organisatie/verwijzingen/${row.referral.id}`,
        );
      }
      recordAudit(tx, actor, {
        action: "update",
        entityType: "referral",
        entityId: row.referral.id,
        householdId: row.referral.householdId,
        detail: `${from} → ${rule.to}`,
      });
      return { ok: true, referralId: row.referral.id };
    },
    { behavior: "immediate" },
  );
}

/** A need follows its referrals: referred while one runs, resolved when one completes, else open again. */
function syncNeed(tx: Tx, needId: number | null, to: ReferralStatus) {
  if (needId === null) return;
  if (to === "completed") {
    tx.update(needs).set({ status: "resolved" }).where(eq(needs.id, needId)).run();
    return;
  }
  const running = tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.needId, needId), inArray(referrals.status, [...ACTIVE_REFERRAL_STATUSES])))
    .get();
  tx.update(needs)
    .set({ status: running ? "referred" : "open" })
    .where(and(eq(needs.id, needId), eq(needs.status, "referred")))
    .run();
}

/** Runs the command a form asked for: the one way in for routes and tests alike. */
export function runReferralCommand(
  actor: Actor,
  command: Exclude<ReferralCommand, "send">,
  input: { referralId: number; note?: string; reason?: string; outcome?: string },
): ReferralResult {
  return transition(actor, command, {
    referralId: input.referralId,
    note: input.note,
    outcome: input.outcome,
    stopReason: command === "stop" ? input.reason : undefined,
    declineReason: command === "decline" ? (input.reason as DeclineReason | undefined) : undefined,
  });
}

/** Referrals still waiting for an organisation's first answer, sent before `before`, never reminded. */
export function unansweredReferralsSentBefore(before: Date) {
  return db
    .select({
      id: referrals.id,
      sentAt: referrals.sentAt,
      organisationId: initiatives.organisationId,
      initiativeTitle: initiatives.title,
    })
    .from(referrals)
    .innerJoin(initiatives, eq(initiatives.id, referrals.initiativeId))
    .where(and(eq(referrals.status, "sent"), isNull(referrals.remindedAt), sql`${referrals.sentAt} <= ${before.getTime()}`))
    .all();
}

/** Marks the referral reminded and tells the organisation's members, once. */
export function remindOrganisation(referral: { id: number; organisationId: number; initiativeTitle: string }, now: Date) {
  db.transaction((tx) => {
    const updated = tx
      .update(referrals)
      .set({ remindedAt: now })
      .where(and(eq(referrals.id, referral.id), isNull(referrals.remindedAt), eq(referrals.status, "sent")))
      .run();
    if (updated.changes === 0) return;
    notify(
      tx,
      organisationMemberIds(tx, referral.organisationId),
      "referrals.notify.reminder",
      { initiative: referral.initiativeTitle },
      `/mijn-organisatie/verwijzingen/${referral.id}`,
    );
  });
}
