import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, flag, timestamp } from "./columns";

export const users = sqliteTable("users", {
  id: text().primaryKey(),
  email: text().notNull().unique(),
  name: text().notNull(),
  /** Empty for accounts made by single sign-on: no password can match it. */
  passwordHash: text().notNull(),
  locale: text({ enum: ["nl", "en"] }).notNull().default("nl"),
  isAdmin: flag(),
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
