import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, timestamp } from "./columns";
import { users } from "./users";

/**
 * A resident's private calendar feed of the activities they volunteer for. Only a hash of the
 * secret in the feed's address is kept, so a copy of the database cannot open anyone's feed;
 * revoking deletes the row, and the old address stops working.
 */
export const calendarFeeds = sqliteTable("calendar_feeds", {
  id: integer().primaryKey({ autoIncrement: true }),
  userId: text()
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text().notNull().unique(),
  lastUsedAt: timestamp(),
  createdAt: createdAt(),
});
