import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ORGANISATION_KINDS, ORGANISATION_ROLES } from "../../app/domain/vocabulary";
import { createdAt, timestamp } from "./columns";
import { users } from "./users";

export const organisations = sqliteTable("organisations", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  /** The open-data (HSDS) id: set once, on first publication in the API, and never changed. */
  publicId: text().unique(),
  name: text().notNull(),
  kind: text({ enum: ORGANISATION_KINDS }).notNull(),
  description: text().notNull().default(""),
  website: text(),
  email: text(),
  phone: text(),
  kvkNumber: text(),
  verifiedAt: timestamp(),
  verifiedBy: text().references(() => users.id, { onDelete: "set null" }),
  /** Why an admin sent the registration back; shown to the owners until resolved. */
  moderationNote: text(),
  createdBy: text().references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const organisationMembers = sqliteTable(
  "organisation_members",
  {
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text({ enum: ORGANISATION_ROLES }).notNull().default("editor"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index("org_members_user_idx").on(t.userId)],
);

export const organisationInvites = sqliteTable("organisation_invites", {
  id: integer().primaryKey({ autoIncrement: true }),
  organisationId: integer()
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" }),
  email: text().notNull(),
  role: text({ enum: ORGANISATION_ROLES }).notNull().default("editor"),
  /** SHA-256 (hex) of the emailed token; the token itself is never stored. Null: an invite from before hashing, unusable. */
  tokenHash: text().unique(),
  /** An invite without an expiry (from before hashing) counts as expired. */
  expiresAt: timestamp(),
  invitedBy: text().references(() => users.id, { onDelete: "set null" }),
  acceptedAt: timestamp(),
  createdAt: createdAt(),
});

export type Organisation = typeof organisations.$inferSelect;
