/**
 * The admin's short list of policy advisors on /beheer, granted by email. The change itself is
 * the platform-role change of /beheer/mensen, audited there.
 */
import { asc, eq } from "drizzle-orm";
import { users } from "~db/schema";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { setPlatformRole } from "./people-admin.server";

export type PolicyAdvisor = { id: string; name: string; email: string };

export function listPolicyAdvisors(actor: Actor): PolicyAdvisor[] {
  if (!can(actor, "admin.grant_policy_advisor")) return [];
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.isPolicyAdvisor, true)).orderBy(asc(users.name)).all();
}

export function setPolicyAdvisor(
  actor: Actor,
  input: { email: string; grant: boolean },
): { ok: true; name: string } | { ok: false; error: "forbidden" | "unknown_email" } {
  if (!can(actor, "admin.grant_policy_advisor")) return { ok: false, error: "forbidden" };
  const user = db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, input.email.trim().toLowerCase())).get();
  if (!user) return { ok: false, error: "unknown_email" };
  const changed = setPlatformRole(actor, { userId: user.id, role: "policy_advisor", granted: input.grant });
  if (!changed.ok) return { ok: false, error: changed.error === "not_found" ? "unknown_email" : "forbidden" };
  return { ok: true, name: user.name };
}
