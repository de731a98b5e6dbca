/**
 * Free places of an initiative: its capacity minus the participants who came without a referral
 * minus the referrals holding a place (PLACE_TAKING_REFERRAL_STATUSES). The count of those
 * referrals comes from app/models/places.server.ts.
 */

/** Open to all (no capacity), a number of free places, or a waitlist when none are left. */
export type Places = { kind: "open" } | { kind: "available"; count: number } | { kind: "waitlist" };

/** Places left; null means open to all (no capacity set). Never below zero. */
export function placesLeft(capacity: number | null, outsideReferrals: number, taken: number): number | null {
  if (capacity === null) return null;
  return Math.max(0, capacity - outsideReferrals - taken);
}

/** The same rule in the shape the public pages show. */
export function placesOf(capacity: number | null, outsideReferrals: number, taken: number): Places {
  const left = placesLeft(capacity, outsideReferrals, taken);
  if (left === null) return { kind: "open" };
  return left > 0 ? { kind: "available", count: left } : { kind: "waitlist" };
}
