/**
 * Which email each person wants, per kind of message: immediately, a daily or weekly digest, or
 * never. Without a choice of their own, their role decides (DEFAULTS), and one-click unsubscribe
 * links (RFC 8058) set kinds to never without logging in.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { emailPreferences, users } from "~db/schema";
import { EMAIL_KINDS, type EmailFrequency, type EmailKind } from "~/domain/email-preferences";
import { db } from "~/utils/db.server";
import { sessionSecret } from "~/utils/session-secret.server";
import { hasRole, type Actor } from "~/utils/permissions";

export type EmailPreferences = Record<EmailKind, EmailFrequency>;

/**
 * Work mail arrives at once; news about collective needs is a weekly digest for residents and a
 * daily one for wijkteams, who act on it.
 */
function defaultPreferences(actor: Actor): EmailPreferences {
  return {
    referrals: "immediately",
    collective_needs: hasRole(actor, "consultant") ? "daily" : "weekly",
    volunteering: "immediately",
    reminders: "immediately",
    organisation: "immediately",
  };
}

export function getEmailPreferences(actor: Actor): EmailPreferences {
  const chosen = db.select().from(emailPreferences).where(eq(emailPreferences.userId, actor.id)).all();
  const preferences = defaultPreferences(actor);
  for (const row of chosen) preferences[row.kind] = row.frequency;
  return preferences;
}

export function saveEmailPreferences(actor: Actor, preferences: EmailPreferences) {
  db.transaction((tx) => {
    for (const kind of EMAIL_KINDS) {
      tx.insert(emailPreferences)
        .values({ userId: actor.id, kind, frequency: preferences[kind] })
        .onConflictDoUpdate({ target: [emailPreferences.userId, emailPreferences.kind], set: { frequency: preferences[kind] } })
        .run();
    }
  });
}

function signature(payload: string) {
  // The kept secret survives restarts, so a link in an old email still works.
  return createHmac("sha256", `unsubscribe:${sessionSecret()}`).update(payload).digest("base64url");
}

/** A token for "no more email of these kinds" for one person; it never expires, as RFC 8058 links must keep working. */
export function unsubscribeToken(userId: string, kinds: EmailKind[]): string {
  const payload = `${userId}.${kinds.map((kind) => EMAIL_KINDS.indexOf(kind)).join("")}`;
  return `${payload}.${signature(payload)}`;
}

/** The person and kinds in a token, or null for anything forged, altered or malformed. */
export function readUnsubscribeToken(token: string): { userId: string; kinds: EmailKind[] } | null {
  const match = /^([0-9a-f-]{36})\.([0-9]{1,10})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const [, userId, indexes, given] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(signature(`${userId}.${indexes}`));
  if (expected.length !== Buffer.from(given).length || !timingSafeEqual(expected, Buffer.from(given))) return null;
  const kinds = [...indexes].map((index) => EMAIL_KINDS[Number(index)]);
  if (kinds.some((kind) => kind === undefined)) return null;
  return { userId, kinds: [...new Set(kinds)] as EmailKind[] };
}

/** One click in a mail client or on the page: these kinds become "never". Unknown people change nothing. */
export function unsubscribe(token: string): { ok: true; kinds: EmailKind[] } | { ok: false } {
  const read = readUnsubscribeToken(token);
  // A deleted account gets no more email anyway.
  if (!read || !db.select({ id: users.id }).from(users).where(eq(users.id, read.userId)).get()) return { ok: false };
  db.transaction((tx) => {
    for (const kind of read.kinds) {
      tx.insert(emailPreferences)
        .values({ userId: read.userId, kind, frequency: "never" })
        .onConflictDoUpdate({ target: [emailPreferences.userId, emailPreferences.kind], set: { frequency: "never" } })
        .run();
    }
  });
  return { ok: true, kinds: read.kinds };
}
