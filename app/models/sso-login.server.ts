/**
 * Who may log in through single sign-on, and as whom (docs/decisions/012). The identity provider
 * vouches for an email address; roles never come from it: an admin or a team's coordinator adds
 * the person to a team as for anyone else.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { auditLog, userIdentities, users } from "~db/schema";
import { db } from "~/utils/db.server";
import type { SsoClaims, SsoFailure } from "~/utils/oidc.server";

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export type SsoRefusal = SsoFailure | "unverified_email" | "blocked" | "identity_conflict";

export type SsoLoginResult = { ok: true; userId: string; name: string; outcome: "signed_in" | "linked" | "created" } | { ok: false; reason: SsoRefusal };

const NAME_MAX = 100;

/**
 * The account for this identity: the one it is linked to; else the account with the verified
 * email, which it is then linked to; else a new account without a password. An unverified email,
 * a blocked account, or an account already linked to another identity at the same provider is
 * refused. Linking, creating and refusing are all written to the audit log.
 */
export function signInWithSso(claims: Omit<SsoClaims, "idToken">, now = new Date()): SsoLoginResult {
  const email = claims.email?.trim().toLowerCase() ?? "";
  // A provider that does not vouch for the address could hand anyone someone else's account.
  if (!claims.emailVerified || !/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 320) {
    return refuse(db, "unverified_email", null);
  }
  return db.transaction((tx) => {
    const linked = tx
      .select({ user: users })
      .from(userIdentities)
      .innerJoin(users, eq(users.id, userIdentities.userId))
      .where(and(eq(userIdentities.issuer, claims.issuer), eq(userIdentities.subject, claims.subject)))
      .get();
    if (linked) {
      if (linked.user.blockedAt) return refuse(tx, "blocked", linked.user);
      tx.update(userIdentities)
        .set({ lastLoginAt: now })
        .where(and(eq(userIdentities.issuer, claims.issuer), eq(userIdentities.subject, claims.subject)))
        .run();
      return { ok: true, userId: linked.user.id, name: linked.user.name, outcome: "signed_in" } as const;
    }
    const existing = tx.select().from(users).where(eq(users.email, email)).get();
    if (existing) {
      if (existing.blockedAt) return refuse(tx, "blocked", existing);
      const other = tx
        .select({ subject: userIdentities.subject })
        .from(userIdentities)
        .where(and(eq(userIdentities.userId, existing.id), eq(userIdentities.issuer, claims.issuer)))
        .get();
      if (other) return refuse(tx, "identity_conflict", existing);
      link(tx, existing.id, claims, now);
      audit(tx, existing, "sso_link");
      return { ok: true, userId: existing.id, name: existing.name, outcome: "linked" } as const;
    }
    const user = { id: randomUUID(), name: nameFor(claims.name, email) };
    // No password can match an empty hash: this account logs in through the provider only.
    tx.insert(users).values({ id: user.id, email, name: user.name, passwordHash: "" }).run();
    link(tx, user.id, claims, now);
    audit(tx, user, "sso_create");
    return { ok: true, userId: user.id, name: user.name, outcome: "created" } as const;
  });
}

function link(tx: Tx, userId: string, claims: Pick<SsoClaims, "issuer" | "subject">, now: Date) {
  tx.insert(userIdentities).values({ issuer: claims.issuer, subject: claims.subject, userId, lastLoginAt: now }).run();
}

/** The provider's name for the person, else the part of the address before the @. */
export function nameFor(name: string | null, email: string) {
  const chosen = name?.replace(/\s+/g, " ").trim() || email.split("@")[0]!;
  return chosen.slice(0, NAME_MAX);
}

/**
 * A refused single sign-on: on the person's history when the account is known, else as a login
 * event. Only codes are written: no address, no claim from the provider.
 */
export function recordSsoRefusal(reason: SsoRefusal) {
  refuse(db, reason, null);
}

function refuse(tx: Tx | typeof db, reason: SsoRefusal, user: { id: string; name: string } | null) {
  if (user) audit(tx, user, "sso_refused", reason);
  else tx.insert(auditLog).values({ actorId: null, action: "sso_refused", entityType: "login", entityId: "sso", detail: reason }).run();
  return { ok: false, reason } as const;
}

/** The person is their own actor here: nobody else is signed in. */
function audit(tx: Tx | typeof db, user: { id: string; name: string }, action: "sso_link" | "sso_create" | "sso_refused", detail = "") {
  tx.insert(auditLog).values({ actorId: user.id, actorLabel: user.name, action, entityType: "user", entityId: user.id, detail }).run();
}
