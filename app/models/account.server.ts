import { randomUUID } from "node:crypto";
import { and, eq, isNull, ne, or, sql } from "drizzle-orm";
import { emailOutbox, notifications, organisationInvites, organisationMembers, pledges, users } from "~db/schema";
import { isWeakPassword } from "~/domain/password";
import { hashPassword, verifyPassword } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { escapeHtml, queueEmail } from "~/utils/email.server";
import { getEnv } from "~/utils/env.server";
import { getTranslator } from "~/utils/i18n.server";
import { isSsoOnlyEmail } from "~/utils/sso-domains.server";
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
  | { ok: false; error: "wrong_credentials" | "sso_required" | "blocked" }
  | { ok: false; error: "locked"; minutes: number };

export async function authenticate(input: { email: string; password: string }, now = new Date()): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  // The organisation's domains are configuration, not a secret: say so before looking at anything.
  if (isSsoOnlyEmail(email)) return { ok: false, error: "sso_required" };
  // A locked account is refused before the password is looked at, so guessing on is useless.
  const minutes = lockedMinutes(email, now);
  if (minutes !== null) return { ok: false, error: "locked", minutes };
  const user = db.select().from(users).where(eq(users.email, email)).get();
  // Verify against a real hash even for unknown addresses, so timing does not reveal which exist.
  const valid = await verifyPassword(user?.passwordHash || UNKNOWN_USER_HASH, input.password);
  if (!user || !valid) {
    recordLoginFailure(email, now);
    return { ok: false, error: "wrong_credentials" };
  }
  clearLoginFailures(email);
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

export async function changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<ChangePasswordResult> {
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
 * Deletes the account and everything that names the person (docs/decisions/005):
 * - by cascade: sessions, memberships, supports, follows, helper profile, applications, helper invites;
 * - here: invites to their address, other people's messages about them (`about_user_id`), mail to
 *   them, and their name or address in mail queued or kept for others, which is blanked;
 * - rows others rely on (pledges, referral events, households they created) lose the link to them,
 *   and a personal pledge loses its message and shown name.
 * The audit log keeps the name written at the time: it is the record of who touched a household's
 * data, and is removed only by its retention period. An organisation's only owner must hand it
 * over first, so the organisation is never orphaned. With secure_delete on, the freed pages are
 * overwritten; a checkpoint afterwards clears the old copies out of the write-ahead log too.
 */
export function deleteAccount(actor: Actor, input: { confirmEmail: string }): DeleteAccountResult {
  if (input.confirmEmail.trim().toLowerCase() !== actor.email) return { ok: false, error: "email_mismatch" };
  const result = db.transaction((tx) => {
    const owned = tx
      .select({ organisationId: organisationMembers.organisationId })
      .from(organisationMembers)
      .where(and(eq(organisationMembers.userId, actor.id), eq(organisationMembers.role, "owner")))
      .all();
    for (const { organisationId } of owned) {
      const otherOwner = tx
        .select({ userId: organisationMembers.userId })
        .from(organisationMembers)
        .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.role, "owner"), ne(organisationMembers.userId, actor.id)))
        .get();
      if (!otherOwner) return { ok: false, error: "last_owner" } as const;
    }
    const user = tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.id)).get();
    if (!user) return { ok: true } as const;
    // A personal pledge stays as an anonymous count: its free text and the choice to show a name go.
    tx.update(pledges)
      .set({ message: "", showName: false })
      .where(and(eq(pledges.userId, actor.id), isNull(pledges.organisationId)))
      .run();
    tx.delete(organisationInvites).where(eq(organisationInvites.email, user.email)).run();
    tx.delete(notifications).where(eq(notifications.aboutUserId, actor.id)).run();
    // Queued or sent mail to the address is personal too and has no user link to cascade on.
    tx.delete(emailOutbox)
      .where(eq(sql`lower(${emailOutbox.to})`, user.email))
      .run();
    blankInOutbox(tx, [user.name.trim(), user.email]);
    tx.delete(users).where(eq(users.id, actor.id)).run();
    return { ok: true } as const;
  });
  if (result.ok) db.$client.pragma("wal_checkpoint(TRUNCATE)");
  return result;
}

/** Mail for others that names the person (an invite they sent, a digest about their application). */
function blankInOutbox(tx: Tx, words: string[]) {
  const wanted = words.filter((word) => word.length > 0);
  const matches = or(
    ...wanted.flatMap((word) =>
      [emailOutbox.body, emailOutbox.subject, emailOutbox.html].flatMap((column) => [
        sql`instr(${column}, ${word}) > 0`,
        // SQLite's lower() folds only ASCII: enough for addresses, and names are matched as written above.
        sql`instr(lower(${column}), ${word.toLowerCase()}) > 0`,
      ]),
    ),
  );
  const rows = tx
    .select({ id: emailOutbox.id, subject: emailOutbox.subject, body: emailOutbox.body, html: emailOutbox.html })
    .from(emailOutbox)
    .where(matches)
    .all();
  // The HTML part holds the same words, escaped as markup.
  const inMarkup = [...new Set([...wanted, ...wanted.map(escapeHtml)])];
  for (const row of rows) {
    tx.update(emailOutbox)
      .set({ subject: blankWords(row.subject, wanted), body: blankWords(row.body, wanted), html: row.html === null ? null : blankWords(row.html, inMarkup) })
      .where(eq(emailOutbox.id, row.id))
      .run();
  }
}

/** Replaces each word where it stands on its own (not inside a longer word), in any case. */
export function blankWords(text: string, words: string[]): string {
  return words.reduce((result, word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"), "[…]");
  }, text);
}
