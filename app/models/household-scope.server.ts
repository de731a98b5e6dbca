/**
 * The one gate to household data (docs/decisions/002-household-scoping.md): a household is only
 * found by members of its team. For everyone else it does not exist, so ids reveal nothing.
 */
import { eq } from "drizzle-orm";
import { households, type Household } from "~db/schema";
import type { Conn } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { recordRefusal } from "./audit-write.server";

export type HouseholdAction = "household.view" | "household.edit" | "household.reassign" | "household.view_audit" | "household.erase";

/** What every household use case answers when the actor may not reach the household. */
export type Refused = { ok: false; error: "not_found" | "forbidden" };

export type HouseholdAccess = { ok: true; household: Household } | Refused;

/**
 * Loads the household if the actor may do `action` on it. Outsiders (another team, organisers,
 * residents, visitors) get "not_found", exactly as for an id that does not exist; a team member
 * without the extra right (a consultant asking for the coordinator's log) gets "forbidden".
 * Every refusal of a signed-in actor is audited: who asked for which id, never the data.
 */
export function householdFor(tx: Conn, actor: Actor | null, householdId: number, action: HouseholdAction): HouseholdAccess {
  if (!actor) return { ok: false, error: "not_found" };
  const household = Number.isSafeInteger(householdId) ? tx.select().from(households).where(eq(households.id, householdId)).get() : undefined;
  const refuse = (error: Refused["error"]): Refused => {
    recordRefusal(tx, actor, { entityType: "household", entityId: householdId, householdId: household?.id ?? null, detail: action });
    return { ok: false, error };
  };
  if (!household || !can(actor, "household.view", { teamId: household.teamId })) return refuse("not_found");
  if (!can(actor, action, { teamId: household.teamId })) return refuse("forbidden");
  return { ok: true, household };
}
