/**
 * Retention and erasure of household data (AVG; docs/decisions/007-retention-and-dates.md).
 *
 * Erasing a household removes everything that is about it: the record, its children, intakes,
 * needs, plan, consents, referrals with their history, the notifications and queued email lines
 * that name it. What stays are anonymous counts (db/schema/statistics.ts) and the audit rows, which
 * hold no personal data and go after their own period.
 */
import { randomUUID } from "node:crypto";
import { count, eq, lt, sql } from "drizzle-orm";
import {
  auditLog,
  collectiveNeedEvidence,
  emailOutbox,
  erasedEvidence,
  erasedNeedCounts,
  erasedReferralCounts,
  households,
  initiatives,
  needs,
  notifications,
  postcodes,
  referrals,
  type Household,
} from "~db/schema";
import type { EraseReason } from "~/domain/vocabulary";
import { isActive } from "~/domain/referral-states";
import { addMonths, startOfAmsterdamDay, toAmsterdamDate, todayInAmsterdam } from "~/utils/dates";
import { db, type Tx } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";
import { recordAudit } from "./audit.server";
import { householdFor, type Refused } from "./household-scope.server";
import { notify } from "./notification.server";
import { organisationMemberIds } from "./organisation-members.server";

/** Referrals an organisation is still working on: erasing withdraws them, and the organisation is told. */

export type ErasureCounts = { households: number; needs: number; referrals: number };

const monthOf = (at: Date) => toAmsterdamDate(at).slice(0, 7);

/** Adds the household's needs to the anonymous counts: month × team × neighbourhood × domain × status. */
function countNeeds(tx: Tx, household: Household): number {
  const neighbourhood = tx.select({ id: postcodes.neighbourhoodId }).from(postcodes).where(eq(postcodes.pc4, household.pc4)).get()?.id ?? 0;
  const rows = tx
    .select({ domain: needs.domain, status: needs.status, createdAt: needs.createdAt })
    .from(needs)
    .where(eq(needs.householdId, household.id))
    .all();
  for (const row of rows) {
    tx.insert(erasedNeedCounts)
      .values({ month: monthOf(row.createdAt), teamId: household.teamId, neighbourhoodId: neighbourhood, domain: row.domain, status: row.status, needs: 1 })
      .onConflictDoUpdate({
        target: [erasedNeedCounts.month, erasedNeedCounts.teamId, erasedNeedCounts.neighbourhoodId, erasedNeedCounts.domain, erasedNeedCounts.status],
        set: { needs: sql`${erasedNeedCounts.needs} + 1` },
      })
      .run();
  }
  return rows.length;
}

/**
 * Adds the household's referrals (drafts never reached anyone and are not counted) to the anonymous
 * counts per initiative and outcome; one still running is withdrawn first and its organisation told,
 * without saying for whom.
 */
function countReferrals(tx: Tx, household: Household): { count: number; ids: number[] } {
  const rows = tx
    .select({
      id: referrals.id,
      initiativeId: referrals.initiativeId,
      status: referrals.status,
      declineReason: referrals.declineReason,
      createdAt: referrals.createdAt,
      organisationId: initiatives.organisationId,
      initiativeTitle: initiatives.title,
    })
    .from(referrals)
    .innerJoin(initiatives, eq(initiatives.id, referrals.initiativeId))
    .where(eq(referrals.householdId, household.id))
    .all();
  let counted = 0;
  for (const row of rows) {
    if (row.status === "draft") continue;
    const running = isActive(row.status);
    if (running) notify(tx, organisationMemberIds(tx, row.organisationId), "referrals.notify.withdrawn", { initiative: row.initiativeTitle, reference: "" });
    tx.insert(erasedReferralCounts)
      .values({
        month: monthOf(row.createdAt),
        teamId: household.teamId,
        initiativeId: row.initiativeId,
        status: running ? "withdrawn" : row.status,
        declineReason: row.declineReason ?? "",
        referrals: 1,
      })
      .onConflictDoUpdate({
        target: [
          erasedReferralCounts.month,
          erasedReferralCounts.teamId,
          erasedReferralCounts.initiativeId,
          erasedReferralCounts.status,
          erasedReferralCounts.declineReason,
        ],
        set: { referrals: sql`${erasedReferralCounts.referrals} + 1` },
      })
      .run();
    counted++;
  }
  return { count: counted, ids: rows.map((r) => r.id) };
}

/** Collective needs keep counting the household as evidence, through one token that means nobody. */
function keepEvidence(tx: Tx, householdId: number) {
  const linked = tx
    .selectDistinct({ collectiveNeedId: collectiveNeedEvidence.collectiveNeedId })
    .from(collectiveNeedEvidence)
    .innerJoin(needs, eq(needs.id, collectiveNeedEvidence.needId))
    .where(eq(needs.householdId, householdId))
    .all();
  if (linked.length === 0) return;
  const token = randomUUID();
  tx.insert(erasedEvidence)
    .values(linked.map((row) => ({ collectiveNeedId: row.collectiveNeedId, token })))
    .run();
}

/**
 * Notifications and queued email lines point at the household or its referrals, and the team's
 * carry its reference: those go. A digest keeps its other lines.
 */
function forgetMessages(tx: Tx, householdId: number, referralIds: number[]) {
  const householdLink = `/werkplek/huishoudens/${householdId}`;
  const links = [householdLink, ...referralIds.flatMap((id) => [`/werkplek/verwijzingen/${id}`, `/mijn-organisatie/verwijzingen/${id}`])];
  tx.delete(notifications)
    .where(
      sql`${notifications.link} IN (${sql.join(
        links.map((l) => sql`${l}`),
        sql`, `,
      )}) OR ${notifications.link} LIKE ${`${householdLink}/%`}`,
    )
    .run();
  const pointsAt = (line: string) => links.some((link) => line.endsWith(link)) || line.includes(`${householdLink}/`);
  const emails = tx
    .select({ id: emailOutbox.id, body: emailOutbox.body })
    .from(emailOutbox)
    .where(
      sql.join(
        links.map((link) => sql`instr(${emailOutbox.body}, ${link}) > 0`),
        sql` OR `,
      ),
    )
    .all();
  for (const email of emails) {
    const lines = email.body.split("\n");
    const kept = lines.filter((line, i) => !pointsAt(line.trimEnd()) && !(line.startsWith("- ") && i + 1 < lines.length && pointsAt(lines[i + 1].trimEnd())));
    if (kept.length !== lines.length)
      tx.update(emailOutbox)
        .set({ body: kept.join("\n") })
        .where(eq(emailOutbox.id, email.id))
        .run();
  }
}

/** Erases one household inside the caller's transaction; returns what it counted. */
function eraseHouseholdData(tx: Tx, household: Household): ErasureCounts {
  const needCount = countNeeds(tx, household);
  const { count: referralCount, ids: referralIds } = countReferrals(tx, household);
  keepEvidence(tx, household.id);
  forgetMessages(tx, household.id, referralIds);
  // Children, intakes, needs, plan, consents, referrals and their events follow by ON DELETE CASCADE.
  tx.delete(households).where(eq(households.id, household.id)).run();
  return { households: 1, needs: needCount, referrals: referralCount };
}

export type ErasurePreview = { reference: string; needs: number; referrals: number; running: number };

/** What erasing would remove, for the confirm step; only for who may erase, and audited as a read. */
export function previewErasure(actor: Actor, input: { householdId: number }): { ok: true; preview: ErasurePreview } | Refused {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.erase");
    if (!access.ok) return access;
    const needCount = tx.select({ n: count() }).from(needs).where(eq(needs.householdId, input.householdId)).get()?.n ?? 0;
    const statuses = tx.select({ status: referrals.status }).from(referrals).where(eq(referrals.householdId, input.householdId)).all();
    recordAudit(tx, actor, { action: "view", entityType: "household", entityId: input.householdId, householdId: input.householdId, detail: "erase_preview" });
    return {
      ok: true,
      preview: {
        reference: access.household.reference,
        needs: needCount,
        referrals: statuses.length,
        running: statuses.filter((r) => isActive(r.status)).length,
      },
    } as const;
  });
}

export type EraseHouseholdResult = { ok: true } | Refused;

/**
 * A coordinator erases a household of their own team at once, with a reason from a fixed list
 * (so the audit row holds no personal data). Anyone else: "not found", or "forbidden" for a
 * consultant of the team.
 */
export function eraseHousehold(actor: Actor, input: { householdId: number; reason: EraseReason }): EraseHouseholdResult {
  return db.transaction(
    (tx) => {
      const access = householdFor(tx, actor, input.householdId, "household.erase");
      if (!access.ok) return access;
      eraseHouseholdData(tx, access.household);
      recordAudit(tx, actor, { action: "erase", entityType: "household", entityId: input.householdId, householdId: input.householdId, detail: input.reason });
      return { ok: true } as const;
    },
    { behavior: "immediate" },
  );
}

/** The moment `months` calendar months before today in Amsterdam began. */
export function monthsAgo(now: Date, months: number): Date {
  return startOfAmsterdamDay(addMonths(todayInAmsterdam(now), -months));
}

/**
 * Households whose last activity lies before `cutoff`. Last activity is the latest of: the
 * household created or closed; an intake started or completed; a need recorded or marked unmet;
 * the plan changed, its review date, a goal added or achieved, an action added, done or due; a
 * consent given (its date), recorded or withdrawn; a referral made, sent, answered, changed or
 * closed, or any step in its history; and any change to the household written in the audit log.
 * Reading is not activity.
 */
export function inactiveHouseholdIds(cutoff: Date, options: { limit?: number; only?: number } = {}): number[] {
  const at = cutoff.getTime();
  const day = toAmsterdamDate(cutoff);
  const only = options.only ?? null;
  return (
    db.$client
      .prepare(
        `SELECT h.id FROM households h
         WHERE (@only IS NULL OR h.id = @only) AND h.created_at < @at AND coalesce(h.closed_at, 0) < @at
           AND NOT EXISTS (SELECT 1 FROM intakes i WHERE i.household_id = h.id AND max(i.created_at, coalesce(i.completed_at, 0)) >= @at)
           AND NOT EXISTS (SELECT 1 FROM needs n WHERE n.household_id = h.id AND max(n.created_at, coalesce(n.unmet_at, 0)) >= @at)
           AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.household_id = h.id AND (p.updated_at >= @at OR coalesce(p.review_date, '') >= @day))
           AND NOT EXISTS (SELECT 1 FROM plans p JOIN plan_goals g ON g.plan_id = p.id WHERE p.household_id = h.id
                             AND max(g.created_at, coalesce(g.achieved_at, 0)) >= @at)
           AND NOT EXISTS (SELECT 1 FROM plans p JOIN plan_goals g ON g.plan_id = p.id JOIN plan_actions a ON a.goal_id = g.id
                             WHERE p.household_id = h.id AND (max(a.created_at, coalesce(a.done_at, 0)) >= @at OR coalesce(a.due_date, '') >= @day))
           AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.household_id = h.id
                             AND (max(c.created_at, coalesce(c.withdrawn_at, 0)) >= @at OR c.given_on >= @day))
           AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.household_id = h.id
                             AND max(r.created_at, r.updated_at, coalesce(r.sent_at, 0), coalesce(r.answered_at, 0), coalesce(r.closed_at, 0)) >= @at)
           AND NOT EXISTS (SELECT 1 FROM referrals r JOIN referral_events e ON e.referral_id = r.id WHERE r.household_id = h.id AND e.created_at >= @at)
           AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.household_id = h.id AND l.action <> 'view' AND l.created_at >= @at)
         ORDER BY h.id
         LIMIT @limit`,
      )
      .all({ at, day, only, limit: options.limit ?? 500 }) as { id: number }[]
  ).map((row) => row.id);
}

/**
 * The daily erasure: every household without activity for `months` months, one transaction each
 * so the site keeps answering. Each erasure leaves an audit row without an actor.
 */
export function eraseInactiveHouseholds(now: Date, months: number): ErasureCounts {
  const cutoff = monthsAgo(now, months);
  const total: ErasureCounts = { households: 0, needs: 0, referrals: 0 };
  for (let batch = inactiveHouseholdIds(cutoff); batch.length > 0; batch = inactiveHouseholdIds(cutoff)) {
    for (const id of batch) {
      const counts = db.transaction(
        (tx) => {
          const household = tx.select().from(households).where(eq(households.id, id)).get();
          // Someone may have worked on it since the batch was read.
          if (!household || inactiveHouseholdIds(cutoff, { only: id }).length === 0) return null;
          const erased = eraseHouseholdData(tx, household);
          tx.insert(auditLog)
            .values({ actorId: null, action: "erase", entityType: "household", entityId: String(id), householdId: id, detail: `retention_${months}_months` })
            .run();
          return erased;
        },
        { behavior: "immediate" },
      );
      if (!counts) continue;
      total.households += counts.households;
      total.needs += counts.needs;
      total.referrals += counts.referrals;
    }
  }
  return total;
}

/** Audit rows older than `years` years go; returns how many. */
export function removeExpiredAuditRows(now: Date, years: number): number {
  const cutoff = monthsAgo(now, years * 12);
  return db.delete(auditLog).where(lt(auditLog.createdAt, cutoff)).run().changes;
}
