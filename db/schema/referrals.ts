import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { CONTACT_PREFERENCES, DECLINE_REASONS, REFERRAL_STATUSES } from "../../app/domain/vocabulary";
import { createdAt, timestamp } from "./columns";
import { households, needs } from "./households";
import { initiatives } from "./initiatives";
import { users } from "./users";

export const referrals = sqliteTable(
  "referrals",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    householdId: integer()
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    needId: integer().references(() => needs.id, { onDelete: "set null" }),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id),
    status: text({ enum: REFERRAL_STATUSES }).notNull().default("draft"),
    message: text().notNull().default(""),
    lookingFor: text().notNull().default(""),
    /** Contact details: only with consent, erased when the referral closes. */
    contactName: text(),
    contactPhone: text(),
    contactEmail: text(),
    contactPreference: text({ enum: CONTACT_PREFERENCES }),
    declineReason: text({ enum: DECLINE_REASONS }),
    outcome: text(),
    stopReason: text(),
    createdBy: text().references(() => users.id, { onDelete: "set null" }),
    sentAt: timestamp(),
    answeredAt: timestamp(),
    closedAt: timestamp(),
    remindedAt: timestamp(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    index("referrals_household_idx").on(t.householdId),
    index("referrals_initiative_status_idx").on(t.initiativeId, t.status),
    // Insights: referrals sent in a period.
    index("referrals_sent_idx").on(t.sentAt),
  ],
);

export const referralEvents = sqliteTable(
  "referral_events",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    referralId: integer()
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
    fromStatus: text({ enum: REFERRAL_STATUSES }),
    toStatus: text({ enum: REFERRAL_STATUSES }).notNull(),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    note: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("referral_events_referral_idx").on(t.referralId)],
);

export type Referral = typeof referrals.$inferSelect;
