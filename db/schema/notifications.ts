import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { EMAIL_FREQUENCIES, EMAIL_KINDS } from "../../app/domain/email-preferences";
import { createdAt, timestamp } from "./columns";
import { users } from "./users";

/** In-app messages; text is stored as a locale key plus parameters so each reader sees their language. */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    /**
     * The person the message names (an applicant…). Deleting the account deletes these messages
     * first (app/models/account.server.ts); no cascade, because SQLite cannot add one to a column.
     */
    aboutUserId: text().references(() => users.id),
    params: text({ mode: "json" }).$type<Record<string, string | number>>().notNull().default({}),
    link: text(),
    readAt: timestamp(),
    /** Set once the email digest dealt with it: sent, or left out because its reader wants no email of that kind. */
    emailedAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt)],
);

/** Email waiting to be sent by the SMTP transport. */
export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    to: text().notNull(),
    subject: text().notNull(),
    /** The plain-text part; every message has one. */
    body: text().notNull(),
    /** The HTML part beside it, when there is one. */
    html: text(),
    /** The one-click unsubscribe address (RFC 8058) sent as List-Unsubscribe. */
    unsubscribeUrl: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sentAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("email_outbox_pending_idx").on(t.sentAt)],
);

/** How often a person wants email about one kind of message; without a row, their role's default applies. */
export const emailPreferences = sqliteTable(
  "email_preferences",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text({ enum: EMAIL_KINDS }).notNull(),
    frequency: text({ enum: EMAIL_FREQUENCIES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
