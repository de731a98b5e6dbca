import { integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const neighbourhoods = sqliteTable("neighbourhoods", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(""),
  lat: real().notNull(),
  lng: real().notNull(),
});

/** Each four-digit postcode (PC4) of the municipality, with its approximate centroid. */
export const postcodes = sqliteTable("postcodes", {
  pc4: text().primaryKey(),
  neighbourhoodId: integer()
    .notNull()
    .references(() => neighbourhoods.id),
  lat: real().notNull(),
  lng: real().notNull(),
});

export type Neighbourhood = typeof neighbourhoods.$inferSelect;
