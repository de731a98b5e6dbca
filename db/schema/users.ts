import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, flag, timestamp } from "./columns";

export const users = sqliteTable("users", {
  id: text().primaryKey(),
  email: text().notNull().unique(),
  name: text().notNull(),
  /** Empty for accounts made by single sign-on: no password can match it. */
  passwordHash: text().notNull(),
  locale: text({ enum: ["nl", "en"] })
    .notNull()
    .default("nl"),
  isAdmin: flag(),
  /** Municipal policy advisor (beleidsadviseur): sees municipality-wide aggregated insights, never a household. */
  isPolicyAdvisor: flag(),
  /** Set by an admin: a blocked account cannot log in and its sessions end. */
  blockedAt: timestamp(),
  createdAt: createdAt(),
});

/** An account at the municipality's identity provider (OpenID Connect issuer + subject) linked to a user. */
export const userIdentities = sqliteTable(
  "user_identities",
  {
    issuer: text().notNull(),
    subject: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastLoginAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index("user_identities_user_idx").on(t.userId)],
);

/** Lucia's session table: the adapter expects id, user_id and expires_at (seconds). */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer().notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;

/**
 * Failed logins per account, so guessing one account's password is slowed down however many
 * addresses the guesses come from. Keyed by a hash of the lowercased email (also for addresses
 * without an account, which must behave the same); no address is stored.
 */
export const loginThrottles = sqliteTable("login_throttles", {
  emailHash: text().primaryKey(),
  failures: integer().notNull().default(0),
  lastFailureAt: timestamp().notNull(),
  lockedUntil: timestamp(),
});
