import { index, integer, real, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";
import { AGE_BANDS, BUDGETS, LIFE_DOMAINS, MOBILITY, PLAN_ACTION_OWNERS, TARGET_GROUPS } from "../../app/domain/vocabulary";
import { createdAt, timestamp } from "./columns";
import { teams } from "./teams";
import { users } from "./users";

/** A pseudonymous client of a team: never a name, BSN, birth date or address. */
export const households = sqliteTable(
  "households",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    teamId: integer()
      .notNull()
      .references(() => teams.id),
    reference: text().notNull(),
    pc4: text().notNull(),
    adults: integer().notNull().default(1),
    /** Someone in the household is 65 or older: the only age of an adult kept (target group "older people"). */
    hasOlderAdult: integer({ mode: "boolean" }).notNull().default(false),
    /** JSON array of ISO 639-1 codes. */
    languages: text({ mode: "json" }).$type<string[]>().notNull().default([]),
    mobility: text({ enum: MOBILITY }),
    maxTravelKm: real(),
    /** JSON array of ISO weekdays (1 = Monday). */
    availableDays: text({ mode: "json" }).$type<number[]>().notNull().default([]),
    budget: text({ enum: BUDGETS }),
    needsWheelchairAccess: integer({ mode: "boolean" }).notNull().default(false),
    needsHearingLoop: integer({ mode: "boolean" }).notNull().default(false),
    consultantId: text().references(() => users.id, { onDelete: "set null" }),
    closedAt: timestamp(),
    createdBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("households_team_reference").on(t.teamId, t.reference),
    index("households_consultant_idx").on(t.consultantId),
    // The caseload: a team's households, newest first, read a page at a time.
    index("households_team_created_idx").on(t.teamId, t.createdAt),
  ],
);

export const householdChildren = sqliteTable(
  "household_children",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    householdId: integer()
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    ageBand: text({ enum: AGE_BANDS }).notNull(),
  },
  // Target groups are derived from the children: counting unmet needs reads them per household.
  (t) => [index("household_children_household_idx").on(t.householdId)],
);

export const intakes = sqliteTable(
  "intakes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    householdId: integer()
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    conductedBy: text().references(() => users.id, { onDelete: "set null" }),
    completedAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("intakes_household_idx").on(t.householdId)],
);

export const intakeAnswers = sqliteTable(
  "intake_answers",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    intakeId: integer()
      .notNull()
      .references(() => intakes.id, { onDelete: "cascade" }),
    domain: text({ enum: LIFE_DOMAINS }).notNull(),
    score: integer(),
    questionBehind: text().notNull().default(""),
    ownStrength: text().notNull().default(""),
    networkStrength: text().notNull().default(""),
  },
  (t) => [unique("intake_answers_domain").on(t.intakeId, t.domain)],
);

export const NEED_STATUSES = ["open", "referred", "unmet", "resolved"] as const;

/** A domain scoring 1–3 in the latest intake. */
export const needs = sqliteTable(
  "needs",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    householdId: integer()
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    intakeId: integer().references(() => intakes.id, { onDelete: "set null" }),
    domain: text({ enum: LIFE_DOMAINS }).notNull(),
    score: integer().notNull(),
    status: text({ enum: NEED_STATUSES }).notNull().default("open"),
    unmetReason: text(),
    unmetAt: timestamp(),
    createdAt: createdAt(),
    /**
     * The household's team and neighbourhood (by its PC4), kept by database triggers (migration
     * insights_need_placement), so insights count needs from an index without visiting households.
     */
    teamId: integer(),
    neighbourhoodId: integer(),
    /**
     * The household's one target group for counting (primaryTargetGroup) and whether it is
     * closed, kept by database triggers (migration need_grouping), so unmet needs are counted per
     * neighbourhood × life domain × target group from one index without visiting households (decision 020).
     */
    targetGroup: text({ enum: TARGET_GROUPS }),
    householdClosed: integer({ mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    // A household's needs by status: the caseload's open needs of 200 households at once.
    index("needs_household_status_idx").on(t.householdId, t.status),
    // Unmet needs of open households grouped per neighbourhood × domain × target group, without the table:
    // municipality-wide, and per team (also the team's needs per neighbourhood × domain × status).
    index("needs_unmet_groups_idx").on(t.status, t.householdClosed, t.neighbourhoodId, t.domain, t.targetGroup, t.householdId),
    index("needs_team_groups_idx").on(t.teamId, t.status, t.householdClosed, t.neighbourhoodId, t.domain, t.targetGroup, t.householdId),
    index("needs_status_domain_idx").on(t.status, t.domain),
    // Insights count needs by when they came up and when they were marked unmet, per neighbourhood and per team.
    index("needs_created_idx").on(t.createdAt, t.neighbourhoodId),
    index("needs_unmet_at_idx").on(t.unmetAt, t.neighbourhoodId, t.domain, t.householdId),
    index("needs_team_created_idx").on(t.teamId, t.createdAt, t.neighbourhoodId),
    index("needs_team_unmet_idx").on(t.teamId, t.unmetAt, t.neighbourhoodId, t.domain, t.householdId),
  ],
);

export const plans = sqliteTable("plans", {
  id: integer().primaryKey({ autoIncrement: true }),
  householdId: integer()
    .notNull()
    .unique()
    .references(() => households.id, { onDelete: "cascade" }),
  /** YYYY-MM-DD */
  reviewDate: text(),
  updatedAt: createdAt(),
});

export const planGoals = sqliteTable(
  "plan_goals",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    needId: integer().references(() => needs.id, { onDelete: "set null" }),
    description: text().notNull(),
    achievedAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("plan_goals_plan_idx").on(t.planId)],
);

export const planActions = sqliteTable(
  "plan_actions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    goalId: integer()
      .notNull()
      .references(() => planGoals.id, { onDelete: "cascade" }),
    description: text().notNull(),
    owner: text({ enum: PLAN_ACTION_OWNERS }).notNull(),
    /** YYYY-MM-DD */
    dueDate: text(),
    doneAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("plan_actions_goal_idx").on(t.goalId)],
);

export const consents = sqliteTable(
  "consents",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    householdId: integer()
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    /** YYYY-MM-DD the household gave consent. */
    givenOn: text().notNull(),
    scope: text().notNull(),
    recordedBy: text().references(() => users.id, { onDelete: "set null" }),
    withdrawnAt: timestamp(),
    withdrawnBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("consents_household_idx").on(t.householdId)],
);

export type Household = typeof households.$inferSelect;
export type Need = typeof needs.$inferSelect;
