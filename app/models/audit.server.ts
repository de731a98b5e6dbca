import { desc, eq } from "drizzle-orm";
import { auditLog, users } from "~db/schema";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";
import { householdFor, type Refused, type Tx } from "./household-scope.server";

export type AuditEntry = {
  action: "view" | "create" | "update" | "delete" | string;
  entityType: "household" | "intake" | "plan" | "consent" | "need" | "referral" | string;
  entityId: string | number;
  householdId?: number | null;
  detail?: string;
};

/** Every read or write of household data is written down: who, what, when (DESIGN.md). */
export function recordAudit(tx: Tx | typeof db, actor: Actor, entry: AuditEntry) {
  tx.insert(auditLog)
    .values({
      actorId: actor.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      householdId: entry.householdId ?? null,
      detail: entry.detail ?? "",
    })
    .run();
}

export type AuditRow = {
  id: number;
  at: Date;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  detail: string;
};

export type HouseholdAuditResult = { ok: true; reference: string; entries: AuditRow[] } | Refused;

/**
 * Who read or changed this household's data, newest first: for the team's coordinator only.
 * Reading the log is itself logged.
 */
export function listAuditForHousehold(actor: Actor, input: { householdId: number; limit?: number }): HouseholdAuditResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.view_audit");
    if (!access.ok) return access;
    const entries = tx
      .select({
        id: auditLog.id,
        at: auditLog.createdAt,
        actorName: users.name,
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        detail: auditLog.detail,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(eq(auditLog.householdId, input.householdId))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(input.limit ?? 500)
      .all();
    recordAudit(tx, actor, { action: "view", entityType: "audit_log", entityId: input.householdId, householdId: input.householdId });
    return { ok: true, reference: access.household.reference, entries } as const;
  });
}
