import { index, integer, primaryKey, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";
import { CHECKLIST_KINDS, COLLECTIVE_NEED_STATUSES, LIFE_DOMAINS, SUPPORT_KINDS, TARGET_GROUPS } from "../../app/domain/vocabulary";
import type { NeedChange } from "../../app/domain/need-changes";
import { createdAt, flag, timestamp } from "./columns";
import { needs } from "./households";
import { initiatives } from "./initiatives";
import { neighbourhoods } from "./neighbourhoods";
import { organisations } from "./organisations";
import { teams } from "./teams";
import { users } from "./users";

export const collectiveNeeds = sqliteTable(
  "collective_needs",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull().unique(),
    teamId: integer()
      .notNull()
      .references(() => teams.id),
    neighbourhoodId: integer()
      .notNull()
      .references(() => neighbourhoods.id),
    domain: text({ enum: LIFE_DOMAINS }).notNull(),
    targetGroup: text({ enum: TARGET_GROUPS }).notNull(),
    title: text().notNull(),
    description: text().notNull(),
    status: text({ enum: COLLECTIVE_NEED_STATUSES }).notNull().default("draft"),
    closeReason: text(),
    mergedIntoId: integer(),
    /** YYYY-MM-DD */
    targetDate: text(),
    initiativeId: integer().references(() => initiatives.id, { onDelete: "set null" }),
    createdBy: text().references(() => users.id, { onDelete: "set null" }),
    publishedBy: text().references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp(),
    answeredAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("collective_needs_status_idx").on(t.status), index("collective_needs_nbh_idx").on(t.neighbourhoodId)],
);

/** The unmet household needs that are the evidence; never shown individually. */
export const collectiveNeedEvidence = sqliteTable(
  "collective_need_evidence",
  {
    collectiveNeedId: integer()
      .notNull()
      .references(() => collectiveNeeds.id, { onDelete: "cascade" }),
    needId: integer()
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.collectiveNeedId, t.needId] })],
);

export const checklistItems = sqliteTable(
  "checklist_items",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    collectiveNeedId: integer()
      .notNull()
      .references(() => collectiveNeeds.id, { onDelete: "cascade" }),
    kind: text({ enum: CHECKLIST_KINDS }).notNull(),
    quantity: integer().notNull().default(1),
    description: text().notNull().default(""),
  },
  (t) => [index("checklist_items_need_idx").on(t.collectiveNeedId)],
);

export const supports = sqliteTable(
  "supports",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    collectiveNeedId: integer()
      .notNull()
      .references(() => collectiveNeeds.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text({ enum: SUPPORT_KINDS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("supports_once").on(t.collectiveNeedId, t.userId)],
);

export const pledges = sqliteTable(
  "pledges",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    collectiveNeedId: integer()
      .notNull()
      .references(() => collectiveNeeds.id, { onDelete: "cascade" }),
    checklistItemId: integer().references(() => checklistItems.id, { onDelete: "set null" }),
    userId: text().references(() => users.id, { onDelete: "set null" }),
    organisationId: integer().references(() => organisations.id, { onDelete: "set null" }),
    /** Hours a week, number of people, euros… depending on the checklist item. */
    amount: integer().notNull().default(1),
    message: text().notNull().default(""),
    showName: flag(),
    /** Beyond what the checklist asks for: welcome, but shown as extra. */
    isExtra: flag(),
    withdrawnAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("pledges_need_idx").on(t.collectiveNeedId)],
);

export const collectiveNeedUpdates = sqliteTable(
  "collective_need_updates",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    collectiveNeedId: integer()
      .notNull()
      .references(() => collectiveNeeds.id, { onDelete: "cascade" }),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    /** Empty for an update the site wrote itself from `changes`. */
    body: text().notNull(),
    /** What a coordinator changed in the need: shown in the reader's language (app/domain/need-changes.ts). */
    changes: text({ mode: "json" }).$type<NeedChange[]>(),
    createdAt: createdAt(),
  },
  (t) => [index("collective_need_updates_need_idx").on(t.collectiveNeedId)],
);

export const collectiveNeedFollowers = sqliteTable(
  "collective_need_followers",
  {
    collectiveNeedId: integer()
      .notNull()
      .references(() => collectiveNeeds.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.collectiveNeedId, t.userId] })],
);

export type CollectiveNeed = typeof collectiveNeeds.$inferSelect;
