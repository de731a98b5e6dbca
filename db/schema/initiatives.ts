import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { INITIATIVE_KINDS, INITIATIVE_STATUSES, LIFE_DOMAINS, TARGET_GROUPS } from "../../app/domain/vocabulary";
import { DEFAULT_TAKING_PART, TAKING_PART } from "../../app/domain/taking-part";
import { answer, createdAt, flag, timestamp } from "./columns";
import { neighbourhoods } from "./neighbourhoods";
import { organisations } from "./organisations";
import { users } from "./users";

export const initiatives = sqliteTable(
  "initiatives",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull().unique(),
    /** The open-data (HSDS) id: set once, on first publication in the API, and never changed. */
    publicId: text().unique(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    title: text().notNull(),
    summary: text().notNull(),
    description: text().notNull().default(""),
    kind: text({ enum: INITIATIVE_KINDS }).notNull(),
    status: text({ enum: INITIATIVE_STATUSES }).notNull().default("draft"),
    /** Why an admin sent the listing back or paused it; shown to the organisation. */
    moderationNote: text(),
    /** Free words the organiser adds for search, space separated. */
    tags: text().notNull().default(""),
    isOnline: flag(),
    address: text(),
    postcode: text(),
    neighbourhoodId: integer().references(() => neighbourhoods.id),
    lat: real(),
    lng: real(),
    /** Null: nobody said (a draft started from a collective need); shown as "not known". */
    isFree: answer(),
    costNote: text(),
    /** What to bring along ("comfortable shoes", "your bank statements"); shown on the page and the referral letter. */
    whatToBring: text(),
    /** Empty means open to all. */
    capacity: integer(),
    participantsOutsideReferrals: integer().notNull().default(0),
    minAge: integer(),
    maxAge: integer(),
    acceptsReferrals: flag(),
    /** How to take part: just come by, sign up with the organiser, or only through the wijkteam. */
    takingPart: text({ enum: TAKING_PART }).notNull().default(DEFAULT_TAKING_PART),
    /** The organiser lets signed-in residents sign up in the site (activities with places). */
    signUpInSite: flag(),
    wheelchairAccessible: answer(),
    hearingLoop: flag(),
    contactName: text(),
    contactEmail: text(),
    contactPhone: text(),
    website: text(),
    /** The collective need this activity was started from, if any. */
    collectiveNeedId: integer(),
    lastConfirmedAt: timestamp().notNull(),
    publishedAt: timestamp(),
    createdBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    // Covers the directory's filter columns in published-date order: the search filters and
    // counts without reading the (wide) rows, and the newest page comes straight off the index.
    index("initiatives_directory_idx").on(
      t.status,
      t.publishedAt,
      t.kind,
      t.isFree,
      t.wheelchairAccessible,
      t.hearingLoop,
      t.acceptsReferrals,
      t.isOnline,
      t.neighbourhoodId,
      t.lat,
      t.lng,
    ),
    index("initiatives_org_idx").on(t.organisationId),
    index("initiatives_neighbourhood_idx").on(t.neighbourhoodId),
    // The insights' directory health per neighbourhood: counts, stale listings and places without the rows.
    index("initiatives_insights_idx").on(t.status, t.neighbourhoodId, t.lastConfirmedAt, t.capacity, t.participantsOutsideReferrals),
  ],
);

export const initiativeDomains = sqliteTable(
  "initiative_domains",
  {
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    domain: text({ enum: LIFE_DOMAINS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.domain] }), index("initiative_domains_domain_idx").on(t.domain, t.initiativeId)],
);

export const initiativeTargetGroups = sqliteTable(
  "initiative_target_groups",
  {
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    targetGroup: text({ enum: TARGET_GROUPS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.targetGroup] })],
);

export const initiativeLanguages = sqliteTable(
  "initiative_languages",
  {
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    language: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.language] })],
);

/** A weekly time slot: weekday 1 (Monday) … 7 (Sunday), times as HH:MM. */
export const scheduleSlots = sqliteTable(
  "schedule_slots",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    weekday: integer().notNull(),
    startTime: text().notNull(),
    endTime: text().notNull(),
  },
  (t) => [index("schedule_slots_initiative_idx").on(t.initiativeId, t.weekday)],
);

/** Anonymous zero-result searches: the gap signal. Never linked to a user. */
export const searchGaps = sqliteTable("search_gaps", {
  id: integer().primaryKey({ autoIncrement: true }),
  query: text().notNull(),
  filters: text().notNull().default("{}"),
  neighbourhoodId: integer().references(() => neighbourhoods.id, { onDelete: "set null" }),
  domain: text({ enum: LIFE_DOMAINS }),
  targetGroup: text({ enum: TARGET_GROUPS }),
  /** Hash of visitor session, query and filters: one gap per visitor session and search. */
  visitKey: text().unique(),
  createdAt: createdAt(),
});

export type Initiative = typeof initiatives.$inferSelect;
