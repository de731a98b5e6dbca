import { randomUUID } from "node:crypto";
import { and, eq, isNull, ne } from "drizzle-orm";
import { emailOutbox, organisationMembers, pledges, users } from "~db/schema";
import { hashPassword, isWeakPassword, verifyPassword } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { isSsoOnlyEmail } from "~/utils/sso-domains.server";
import type { Locale } from "~/locales";
import type { Actor } from "~/utils/permissions";

export type RegisterResult =
  | { ok: true; userId: string; name: string }
  | { ok: false; error: "email_taken" | "weak_password" };

export async function registerUser(input: { email: string; name: string; password: string; locale: Locale }): Promise<RegisterResult> {
  const email = input.email.trim().toLowerCase();
  if (isWeakPassword(input.password, email)) return { ok: false, error: "weak_password" };
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) return { ok: false, error: "email_taken" };
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  try {
    db.insert(users).values({ id, email, name: input.name.trim(), passwordHash, locale: input.locale }).run();
  } catch (error) {
    // Two registrations racing for one address: the unique index decides.
    if (String(error).includes("UNIQUE")) return { ok: false, error: "email_taken" };
    throw error;
  }
  return { ok: true, userId: id, name: input.name.trim() };
}

export type LoginResult = { ok: true; userId: string; name: string } | { ok: false; error: "wrong_credentials" | "sso_required" | "blocked" };

export async function authenticate(input: { email: string; password: string }): Promise<LoginResult> {
  // The organisation's domains are configuration, not a secret: say so before looking at anything.
  if (isSsoOnlyEmail(input.email)) return { ok: false, error: "sso_required" };
  const user = db.select().from(users).where(eq(users.email, input.email.trim().toLowerCase())).get();
  // Verify against a real hash even for unknown addresses, so timing does not reveal which exist.
  const valid = await verifyPassword(user?.passwordHash || UNKNOWN_USER_HASH, input.password);
  if (!user || !valid) return { ok: false, error: "wrong_credentials" };
  // Only someone who knows the password learns that the account is blocked.
  if (user.blockedAt) return { ok: false, error: "blocked" };
  return { ok: true, userId: user.id, name: user.name };
}
const UNKNOWN_USER_HASH = "$argon2id$v=19$m=19456,t=2,p=1$XJ2SgDTpJkTg+r9eqi3IvQ$iE2i8qR5+fo39SuOp3nlJl3FKsy+tT9BYV8OR4VmvLs";

export function updateProfile(actor: Actor, input: { name: string; locale: Locale }) {
  db.update(users).set({ name: input.name.trim(), locale: input.locale }).where(eq(users.id, actor.id)).run();
}

export function setLocale(actor: Actor, locale: Locale) {
  db.update(users).set({ locale }).where(eq(users.id, actor.id)).run();
}

export type ChangePasswordResult = { ok: true } | { ok: false; error: "wrong_current_password" | "weak_password" };

export async function changePassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<ChangePasswordResult> {
  const user = db.select().from(users).where(eq(users.id, actor.id)).get();
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, error: "wrong_current_password" };
  }
  if (isWeakPassword(input.newPassword, user.email)) return { ok: false, error: "weak_password" };
  const passwordHash = await hashPassword(input.newPassword);
  db.update(users).set({ passwordHash }).where(eq(users.id, actor.id)).run();
  return { ok: true };
}

export type DeleteAccountResult = { ok: true } | { ok: false; error: "email_mismatch" | "last_owner" };

/**
 * Deletes the account. Personal rows go by cascade (sessions, memberships, supports, profile,
 * applications); rows others rely on (pledges, audit entries, referral events) keep no link to the
 * person, and personal pledges lose their message and name. An organisation's only owner must
 * hand it over first, so the organisation is never orphaned.
 */
export function deleteAccount(actor: Actor, input: { confirmEmail: string }): DeleteAccountResult {
  if (input.confirmEmail.trim().toLowerCase() !== actor.email) return { ok: false, error: "email_mismatch" };
  return db.transaction((tx) => {
    const owned = tx
      .select({ organisationId: organisationMembers.organisationId })
      .from(organisationMembers)
      .where(and(eq(organisationMembers.userId, actor.id), eq(organisationMembers.role, "owner")))
      .all();
    for (const { organisationId } of owned) {
      const otherOwner = tx
        .select({ userId: organisationMembers.userId })
        .from(organisationMembers)
        .where(
          and(
            eq(organisationMembers.organisationId, organisationId),
            eq(organisationMembers.role, "owner"),
            ne(organisationMembers.userId, actor.id),
          ),
        )
        .get();
      if (!otherOwner) return { ok: false, error: "last_owner" } as const;
    }
    // A personal pledge stays as an anonymous count: its free text and the choice to show a name go.
    tx.update(pledges)
      .set({ message: "", showName: false })
      .where(and(eq(pledges.userId, actor.id), isNull(pledges.organisationId)))
      .run();
    // Queued or sent mail to the address is personal too and has no user link to cascade on.
    tx.delete(emailOutbox).where(eq(emailOutbox.to, actor.email)).run();
    tx.delete(users).where(eq(users.id, actor.id)).run();
    return { ok: true } as const;
  });
}
