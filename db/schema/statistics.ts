import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { DECLINE_REASONS, LIFE_DOMAINS, REFERRAL_STATUSES } from "../../app/domain/vocabulary";
import { collectiveNeeds } from "./collective-needs";
import { NEED_STATUSES } from "./households";
import { initiatives } from "./initiatives";
import { teams } from "./teams";

/*
 * What stays of an erased household for statistics (docs/decisions/007-retention-and-dates.md):
 * counts only, with no link to a household, a person or a date finer than a month. Insights add
 * these to the counts of the households still there.
 */

/** Needs of erased households, per month recorded × team × neighbourhood × life domain × status. */
export const erasedNeedCounts = sqliteTable(
  "erased_need_counts",
  {
    /** YYYY-MM (Amsterdam) the need was recorded. */
    month: text().notNull(),
    teamId: integer()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    /** 0 when the household's postcode lies in no known neighbourhood. */
    neighbourhoodId: integer().notNull(),
    domain: text({ enum: LIFE_DOMAINS }).notNull(),
    status: text({ enum: NEED_STATUSES }).notNull(),
    needs: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.teamId, t.neighbourhoodId, t.domain, t.status] })],
);

/** Referrals of erased households, per month created × referring team × initiative × outcome. */
export const erasedReferralCounts = sqliteTable(
  "erased_referral_counts",
  {
    /** YYYY-MM (Amsterdam) the referral was made. */
    month: text().notNull(),
    teamId: integer()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    status: text({ enum: REFERRAL_STATUSES }).notNull(),
    /** "" unless declined. */
    declineReason: text({ enum: ["", ...DECLINE_REASONS] as const }).notNull(),
    referrals: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.teamId, t.initiativeId, t.status, t.declineReason] })],
);

/**
 * An erased household that was evidence for a collective need: a random token per erasure, so the
 * evidence count stays right (also through a merge) while nothing points back to the household.
 */
export const erasedEvidence = sqliteTable(
  "erased_evidence",
  {
    collectiveNeedId: integer()
      .notNull()
      .references(() => collectiveNeeds.id, { onDelete: "cascade" }),
    token: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.collectiveNeedId, t.token] })],
);
