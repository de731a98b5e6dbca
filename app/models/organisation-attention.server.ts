/**
 * What an organisation's dashboard shows first: what waits for the organisation (referrals to
 * answer, volunteer applications, new sign-ups) and listings that need a look (stale, sent back by
 * the moderator, waiting for approval). Counts only, each for one kind of work.
 */
import { and, count, eq, gte, isNotNull, lt, ne, type SQL } from "drizzle-orm";
import { initiatives, participations, referrals, volunteerApplications } from "~db/schema";
import { staleBefore } from "~/domain/freshness";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";

/** A sign-up counts as new for this long, so the organiser notices it on the next visits. */
const NEW_SIGN_UP_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type OrganisationAttention = {
  referralsWaiting: number;
  applicationsWaiting: number;
  newSignUps: number;
  staleListings: number;
  sentBackListings: number;
  awaitingApproval: number;
};

export function getOrganisationAttention(
  actor: Actor,
  organisationId: number,
  now: Date = new Date(),
): { ok: true; attention: OrganisationAttention } | { ok: false; error: "forbidden" } {
  if (!can(actor, "organisation.view_dashboard", { organisationId })) return { ok: false, error: "forbidden" };
  const ofOrganisation = eq(initiatives.organisationId, organisationId);
  const listingsWhere = (condition: SQL | undefined) => db.select({ n: count() }).from(initiatives).where(and(ofOrganisation, condition)).get()?.n ?? 0;
  /** Rows of a table about the organisation's listings (referrals, applications, sign-ups) that match. */
  const aboutListingsWhere = (table: typeof referrals | typeof volunteerApplications | typeof participations, condition: SQL | undefined) =>
    db.select({ n: count() }).from(table).innerJoin(initiatives, eq(initiatives.id, table.initiativeId)).where(and(ofOrganisation, condition)).get()?.n ?? 0;
  const newSince = new Date(now.getTime() - NEW_SIGN_UP_DAYS * DAY_MS);
  return {
    ok: true,
    attention: {
      referralsWaiting: aboutListingsWhere(referrals, eq(referrals.status, "sent")),
      applicationsWaiting: aboutListingsWhere(volunteerApplications, eq(volunteerApplications.status, "pending")),
      newSignUps: aboutListingsWhere(participations, and(eq(participations.status, "active"), gte(participations.signedUpAt, newSince))),
      // The same rule as the listing table's "stale" mark.
      staleListings: listingsWhere(and(ne(initiatives.status, "archived"), lt(initiatives.lastConfirmedAt, staleBefore(now)))),
      sentBackListings: listingsWhere(and(eq(initiatives.status, "draft"), isNotNull(initiatives.moderationNote))),
      awaitingApproval: listingsWhere(eq(initiatives.status, "submitted")),
    },
  };
}
