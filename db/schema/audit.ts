import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./users";

/** Who read or changed household data, and when. Kept when the actor's account goes. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    householdId: integer(),
    detail: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("audit_household_idx").on(t.householdId, t.createdAt)],
);
