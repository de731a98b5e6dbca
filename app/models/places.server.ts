/**
 * How many places of an initiative are taken: referrals that hold a place plus residents signed up
 * in the site. The one query behind every "free places" figure (the rule itself is
 * app/domain/places.ts).
 */
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { initiatives, participations, referrals } from "~db/schema";
import { PLACE_TAKING_REFERRAL_STATUSES } from "~/domain/referral-states";
import type { Conn } from "~/utils/db.server";

const holdsAPlace = inArray(referrals.status, [...PLACE_TAKING_REFERRAL_STATUSES]);
const signedUp = eq(participations.status, "active");

function addCounts(into: Map<number, number>, rows: { initiativeId: number; n: number }[]) {
  for (const row of rows) into.set(row.initiativeId, (into.get(row.initiativeId) ?? 0) + row.n);
}

/** Places taken per initiative, for the initiatives given or (without ids) for all; absent means none. */
export function placesTaken(conn: Conn, initiativeIds?: readonly number[]): Map<number, number> {
  const taken = new Map<number, number>();
  if (initiativeIds?.length === 0) return taken;
  const ids = initiativeIds ? [...new Set(initiativeIds)] : undefined;
  addCounts(
    taken,
    conn
      .select({ initiativeId: referrals.initiativeId, n: count() })
      .from(referrals)
      .where(ids ? and(inArray(referrals.initiativeId, ids), holdsAPlace) : holdsAPlace)
      .groupBy(referrals.initiativeId)
      .all(),
  );
  addCounts(
    taken,
    conn
      .select({ initiativeId: participations.initiativeId, n: count() })
      .from(participations)
      .where(ids ? and(inArray(participations.initiativeId, ids), signedUp) : signedUp)
      .groupBy(participations.initiativeId)
      .all(),
  );
  return taken;
}

/** Places taken of one initiative. */
export function placesTakenOf(conn: Conn, initiativeId: number): number {
  return placesTaken(conn, [initiativeId]).get(initiativeId) ?? 0;
}

/**
 * The same count as a column of a query over initiatives. Spelled with table names: drizzle leaves
 * columns unqualified in a query without joins, where `id` would mean the referral's own id.
 */
export const placesTakenColumn = sql<number>`((select count(*) from ${referrals} where ${referrals}.initiative_id = ${initiatives}.id and ${referrals}.status in (${sql.join(
  PLACE_TAKING_REFERRAL_STATUSES.map((status) => sql`${status}`),
  sql`, `,
)})) + (select count(*) from ${participations} where ${participations}.initiative_id = ${initiatives}.id and ${participations}.status = 'active'))`;
