/**
 * How many places the referrals of an initiative hold: the one query behind every "free places"
 * figure (the rule itself is app/domain/places.ts).
 */
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { initiatives, referrals } from "~db/schema";
import { PLACE_TAKING_REFERRAL_STATUSES } from "~/domain/referral-states";
import type { Conn } from "~/utils/db.server";

const holdsAPlace = inArray(referrals.status, [...PLACE_TAKING_REFERRAL_STATUSES]);

/** Places taken per initiative, for the initiatives given or (without ids) for all; absent means none. */
export function placesTaken(conn: Conn, initiativeIds?: readonly number[]): Map<number, number> {
  if (initiativeIds?.length === 0) return new Map();
  const rows = conn
    .select({ initiativeId: referrals.initiativeId, n: count() })
    .from(referrals)
    .where(initiativeIds ? and(inArray(referrals.initiativeId, [...initiativeIds]), holdsAPlace) : holdsAPlace)
    .groupBy(referrals.initiativeId)
    .all();
  return new Map(rows.map((row) => [row.initiativeId, row.n]));
}

/** Places taken of one initiative. */
export function placesTakenOf(conn: Conn, initiativeId: number): number {
  return conn.select({ n: count() }).from(referrals).where(and(eq(referrals.initiativeId, initiativeId), holdsAPlace)).get()?.n ?? 0;
}

/**
 * The same count as a column of a query over initiatives. Spelled with table names: drizzle leaves
 * columns unqualified in a query without joins, where `id` would mean the referral's own id.
 */
export const placesTakenColumn = sql<number>`(select count(*) from ${referrals} where ${referrals}.initiative_id = ${initiatives}.id and ${referrals}.status in (${sql.join(
  PLACE_TAKING_REFERRAL_STATUSES.map((status) => sql`${status}`),
  sql`, `,
)}))`;
