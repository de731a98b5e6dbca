import { index, integer, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";
import { PARTICIPATION_STATUSES } from "../../app/domain/taking-part";
import { createdAt, timestamp } from "./columns";
import { initiatives } from "./initiatives";
import { users } from "./users";

/**
 * A resident signed up in the site for an activity. One row per resident and activity: signing
 * up again reactivates it, so a resubmitted form can never hold two places.
 */
export const participations = sqliteTable(
  "participations",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text({ enum: PARTICIPATION_STATUSES }).notNull().default("active"),
    /** The organiser's words to the resident when they removed them. */
    removalMessage: text(),
    signedUpAt: createdAt(),
    endedAt: timestamp(),
  },
  (t) => [
    unique("participations_initiative_user_unique").on(t.initiativeId, t.userId),
    index("participations_user_idx").on(t.userId, t.status),
    index("participations_places_idx").on(t.initiativeId, t.status),
  ],
);

export type Participation = typeof participations.$inferSelect;
