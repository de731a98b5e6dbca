/**
 * How a resident takes part in an activity: just come by, sign up with the organiser, or only
 * through the wijkteam (a referral). Listings made before this was asked say "sign up with the
 * organiser": it promises nothing the organiser did not say, and the contact is always there.
 */
export const TAKING_PART = ["walk_in", "sign_up", "via_team"] as const;
export type TakingPart = (typeof TAKING_PART)[number];
export const DEFAULT_TAKING_PART: TakingPart = "sign_up";

/** A sign-up in the site: active holds a place; cancelled by the resident; removed by the organiser. */
export const PARTICIPATION_STATUSES = ["active", "cancelled", "removed"] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];
