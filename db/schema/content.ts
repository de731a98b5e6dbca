import { primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";
import { users } from "./users";

/**
 * Pages an admin maintains in the site, such as the accessibility and privacy statements, one row
 * per page and language. Without a row the page shows the text that ships with Wijkmarkt.
 */
export const siteContent = sqliteTable(
  "site_content",
  {
    key: text().notNull(),
    locale: text({ enum: ["nl", "en"] }).notNull(),
    body: text().notNull(),
    updatedAt: timestamp().notNull(),
    updatedBy: text().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.key, t.locale] })],
);
