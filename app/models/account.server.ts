import { randomUUID } from "node:crypto";
import { and, eq, isNull, ne } from "drizzle-orm";
import { emailOutbox, organisationMembers, pledges, users } from "~db/schema";
import { hashPassword, isWeakPassword, verifyPassword } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { queueEmail } from "~/utils/email.server";
import { getEnv } from "~/utils/env.server";
import { getTranslator } from "~/utils/i18n.server";
import type { Locale } from "~/locales";
import { clearLoginFailures, lockedMinutes, recordLoginFailure } from "./login-throttle.server";
import type { Actor } from "~/utils/permissions";

export type RegisterResult = { ok: true; created: { userId: string; name: string } | null } | { ok: false; error: "weak_password" };

/**
 * Registration answers the same whether or not the address already has an account, so it cannot
 * be used to find out who is a member: the address gets an email either way (a welcome, or "someone
 * tried to register with your address"), and nobody is logged in by registering.
 */
export async function registerUser(input: { email: string; name: string; password: string; locale: Locale }): Promise<RegisterResult> {
  const email = input.email.trim().toLowerCase();
  if (isWeakPassword(input.password, email)) return { ok: false, error: "weak_password" };
  // Hashed on both paths so the time taken does not tell them apart either.
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  const name = input.name.trim();
  return db.transaction((tx) => {
    const existing = tx.select({ locale: users.locale }).from(users).where(eq(users.email, email)).get();
    if (existing) {
      queueEmail(tx, registrationEmail("registerExisting", email, existing.locale));
      return { ok: true, created: null } as const;
    }
    tx.insert(users).values({ id, email, name, passwordHash, locale: input.locale }).run();
    queueEmail(tx, registrationEmail("registerWelcome", email, input.locale, name));
    return { ok: true, created: { userId: id, name } } as const;
  });
}

function registrationEmail(kind: "registerWelcome" | "registerExisting", to: string, locale: Locale, name = "") {
  const t = getTranslator(locale);
  const url = `${getEnv().PUBLIC_URL.replace(/\/$/, "")}/inloggen`;
  return { to, subject: t(`auth.accountEmail.${kind}Subject`), body: t(`auth.accountEmail.${kind}Body`, { name, url }) };
}

export type LoginResult =
  | { ok: true; userId: string; name: string }
  | { ok: false; error: "wrong_credentials" }
  | { ok: false; error: "locked"; minutes: number };

export async function authenticate(input: { email: string; password: string }, now = new Date()): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  // A locked account is refused before the password is looked at, so guessing on is useless.
  const minutes = lockedMinutes(email, now);
  if (minutes !== null) return { ok: false, error: "locked", minutes };
  const user = db.select().from(users).where(eq(users.email, email)).get();
  // Verify against a real hash even for unknown addresses, so timing does not reveal which exist.
  const valid = await verifyPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, input.password);
  if (!user || !valid) {
    recordLoginFailure(email, now);
    return { ok: false, error: "wrong_credentials" };
  }
  clearLoginFailures(email);
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
