import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, flag } from "./columns";

export const users = sqliteTable("users", {
  id: text().primaryKey(),
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text().notNull(),
  locale: text({ enum: ["nl", "en"] }).notNull().default("nl"),
  isAdmin: flag(),
  /** Municipal policy advisor (beleidsadviseur): sees municipality-wide aggregated insights, never a household. */
  isPolicyAdvisor: flag(),
  createdAt: createdAt(),
});

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
