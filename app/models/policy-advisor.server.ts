/** Admins grant and revoke the municipal policy-advisor role (full people management comes later). */
import { asc, eq } from "drizzle-orm";
import { users } from "~db/schema";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";

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
  return db.transaction((tx) => {
    const user = tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, input.email.trim().toLowerCase())).get();
    if (!user) return { ok: false as const, error: "unknown_email" as const };
    tx.update(users).set({ isPolicyAdvisor: input.grant }).where(eq(users.id, user.id)).run();
    return { ok: true as const, name: user.name };
  });
}
