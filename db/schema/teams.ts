import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { TEAM_ROLES } from "../../app/domain/vocabulary";
import { createdAt } from "./columns";
import { neighbourhoods } from "./neighbourhoods";
import { users } from "./users";

export const teams = sqliteTable("teams", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  name: text().notNull(),
  email: text(),
  createdAt: createdAt(),
});

export const teamNeighbourhoods = sqliteTable(
  "team_neighbourhoods",
  {
    teamId: integer()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    neighbourhoodId: integer()
      .notNull()
      .references(() => neighbourhoods.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.neighbourhoodId] })],
);

export const teamMembers = sqliteTable(
  "team_members",
  {
    teamId: integer()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text({ enum: TEAM_ROLES }).notNull().default("member"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index("team_members_user_idx").on(t.userId)],
);

export type Team = typeof teams.$inferSelect;
