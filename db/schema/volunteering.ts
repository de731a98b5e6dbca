import { index, integer, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";
import { APPLICATION_STATUSES, INVITE_ANSWERS } from "../../app/domain/vocabulary";
import { createdAt, flag, timestamp } from "./columns";
import { initiatives } from "./initiatives";
import { neighbourhoods } from "./neighbourhoods";
import { organisations } from "./organisations";
import { users } from "./users";

/** A resident's offer of help; organisers find it only when the resident opts in. */
export const helperProfiles = sqliteTable("helper_profiles", {
  userId: text()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  skills: text({ mode: "json" }).$type<string[]>().notNull().default([]),
  interests: text({ mode: "json" }).$type<string[]>().notNull().default([]),
  neighbourhoodId: integer().references(() => neighbourhoods.id, { onDelete: "set null" }),
  /** e.g. ["1:morning", "3:evening"]: ISO weekday and part of day. */
  availability: text({ mode: "json" }).$type<string[]>().notNull().default([]),
  languages: text({ mode: "json" }).$type<string[]>().notNull().default([]),
  about: text().notNull().default(""),
  discoverable: flag(),
  updatedAt: createdAt(),
});

export const volunteerApplications = sqliteTable(
  "volunteer_applications",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text().notNull().default(""),
    status: text({ enum: APPLICATION_STATUSES }).notNull().default("pending"),
    declineReason: text(),
    decidedBy: text().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("applications_initiative_idx").on(t.initiativeId), index("applications_user_idx").on(t.userId)],
);

export const helperInvites = sqliteTable(
  "helper_invites",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    initiativeId: integer().references(() => initiatives.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text().notNull().default(""),
    /** Null until the resident answers. */
    answer: text({ enum: INVITE_ANSWERS }),
    respondedAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [unique("helper_invites_once").on(t.organisationId, t.initiativeId, t.userId)],
);
