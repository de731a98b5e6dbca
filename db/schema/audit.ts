import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./users";

/**
 * Who read or changed household data, or was refused, and when. Kept when the actor's account
 * goes: `actorLabel` is the actor's display name written at the time (docs/decisions/005).
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    actorLabel: text().notNull().default(""),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    householdId: integer(),
    detail: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("audit_household_idx").on(t.householdId, t.createdAt)],
);
