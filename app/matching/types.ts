/** Input and output shapes of the matching module; codes come from the shared vocabulary (types only). */

import type { Budget, InitiativeStatus, LifeDomain, TargetGroup, Weekday } from "~/domain/vocabulary";

export type { Budget, LifeDomain, TargetGroup, Weekday };
export type MatchInitiativeStatus = InitiativeStatus;

export interface MatchInitiative {
  id: number;
  title: string;
  status: MatchInitiativeStatus;
  acceptsReferrals: boolean;
  /** The first domain is the initiative's primary domain. */
  domains: LifeDomain[];
  targetGroups: TargetGroup[];
  lat: number | null;
  lng: number | null;
  isOnline: boolean;
  /** Empty = unknown or by appointment. */
  weekdays: Weekday[];
  /** Lower-case ISO 639-1 codes; empty = unknown. */
  languages: string[];
  /** null = unknown. */
  isFree: boolean | null;
  wheelchairAccessible: boolean | null;
  hearingLoop: boolean | null;
  minAge: number | null;
  maxAge: number | null;
  /** null = open to all (no capacity); 0 = full, new referrals go on the waitlist. */
  placesAvailable: number | null;
  /** ISO date or date-time; null = never confirmed. */
  lastConfirmedAt: string | null;
}

export interface MatchHousehold {
  /** Centroid of the household's PC4 area. */
  lat: number | null;
  lng: number | null;
  maxTravelKm: number | null;
  /** Empty = unknown. */
  availableDays: Weekday[];
  /** Lower-case ISO 639-1 codes; empty = unknown. */
  languages: string[];
  needsWheelchairAccess: boolean;
  needsHearingLoop: boolean;
  budget: Budget | null;
  /** Derived by the caller from the household's composition; empty = unknown. */
  targetGroups: TargetGroup[];
  /** Approximate ages of the members; empty = unknown. */
  memberAges: number[];
}

export interface MatchNeed {
  domain: LifeDomain;
  /** ZRM score; needs exist at 1–3. Not a ranking factor: every initiative is ranked for the same need. */
  score: 1 | 2 | 3 | 4 | 5;
}

/** Extra filters the consultant can apply on top of the household's own constraints. */
export interface MatchNarrowing {
  maxKm?: number;
  weekday?: Weekday;
  freeOnly?: boolean;
}

export interface MatchOptions {
  /** Reference time for freshness; passed in so ranking stays a pure function. */
  now: Date;
  /** How many matches to return (with reasons); default 50. `total` still counts all. */
  limit?: number;
  narrow?: MatchNarrowing;
  /** Also report why each excluded initiative was left out. */
  includeExcluded?: boolean;
}

export type ReasonFactor = "domain" | "distance" | "online" | "target_group" | "schedule" | "language" | "cost" | "accessibility" | "places" | "freshness";

export type ReasonTone = "good" | "bad" | "neutral";

/** A structured explanation; the UI turns `code` + `params` into text in the user's language. */
export interface Reason {
  factor: ReasonFactor;
  tone: ReasonTone;
  code: string;
  params?: Record<string, string | number>;
}

export interface Match {
  initiativeId: number;
  /** 0–100, rounded to one decimal. */
  score: number;
  /** Rounded to one decimal; null when either location is unknown. */
  distanceKm: number | null;
  reasons: Reason[];
  /** No places available: a referral goes on the waitlist. Ranked below every open match. */
  waitlist: boolean;
}

export type ExclusionReason =
  | "not_published"
  | "no_referrals"
  | "domain_mismatch"
  | "age_out_of_range"
  | "outside_travel_distance"
  | "narrowed_distance"
  | "narrowed_day"
  | "narrowed_free";

export interface Exclusion {
  initiativeId: number;
  reason: ExclusionReason;
}

export interface MatchResult {
  matches: Match[];
  /** Filled only when `includeExcluded` is set; in input order. */
  excluded: Exclusion[];
  /** Number of initiatives that passed every filter (may exceed `matches.length`). */
  total: number;
}
