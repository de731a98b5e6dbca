import { desc, eq, sql } from "drizzle-orm";
import { auditLog, users } from "~db/schema";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";
import { recordAudit } from "./audit-write.server";
import { householdFor, type Refused } from "./household-scope.server";

export { recordAudit, recordRefusal, type AuditEntry } from "./audit-write.server";

export type AuditRow = {
  id: number;
  at: Date;
  actorName: string | null;
  actorDeleted: boolean;
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
        // Rows from before the label was kept fall back to the account's current name.
        actorName: sql<string | null>`coalesce(nullif(${auditLog.actorLabel}, ''), ${users.name})`,
        actorDeleted: sql<boolean>`${auditLog.actorId} is null`.mapWith(Boolean),
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
