import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
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
    /** Set once the notification went out in an email digest. */
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
    body: text().notNull(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sentAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("email_outbox_pending_idx").on(t.sentAt)],
);
