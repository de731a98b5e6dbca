/**
 * Writing the audit log, apart from reading it (audit.server.ts), so that the household gate can
 * record refusals without an import cycle.
 */
import { auditLog } from "~db/schema";
import type { Conn } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";

export type AuditEntry = {
  action: "view" | "create" | "update" | "delete" | "refused" | string;
  entityType: "household" | "intake" | "plan" | "consent" | "need" | "referral" | string;
  entityId: string | number;
  householdId?: number | null;
  detail?: string;
};

/**
 * Every read or write of household data is written down: who, what, when (DESIGN.md). The actor's
 * name is written with it, so the log still says who it was after their account is gone.
 */
export function recordAudit(tx: Conn, actor: Actor, entry: AuditEntry) {
  tx.insert(auditLog)
    .values({
      actorId: actor.id,
      actorLabel: actor.name,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      householdId: entry.householdId ?? null,
      detail: entry.detail ?? "",
    })
    .run();
}

/** A refused attempt to reach household or referral data: who tried and what, never the data itself. */
export function recordRefusal(tx: Conn, actor: Actor, entry: Omit<AuditEntry, "action">) {
  recordAudit(tx, actor, { ...entry, action: "refused" });
}
