import type {
  Budget,
  Exclusion,
  ExclusionReason,
  LifeDomain,
  Match,
  MatchHousehold,
  MatchInitiative,
  MatchNeed,
  MatchOptions,
  MatchResult,
  Reason,
  ReasonTone,
  TargetGroup,
} from "./types";
import { freshSince } from "~/domain/freshness";

/**
 * Points each factor can add to the 0–100 score; they sum to 100. A factor contributes
 * weight × fit, where fit runs from 0 (bad) through 0.5 (neutral: unknown or indifferent) to 1 (good).
 */
export const MATCH_WEIGHTS = {
  domain: 25,
  distance: 20,
  targetGroup: 10,
  schedule: 10,
  language: 10,
  accessibility: 10,
  cost: 8,
  freshness: 4,
  places: 3,
} as const;

export const DEFAULT_MATCH_LIMIT = 50;

const GOOD = 1;
const NEUTRAL = 0.5;
const BAD = 0;

/** Domain fit: listed as primary domain scores more than listed further down… */
const DOMAIN_PRIMARY_FIT = 0.8;
const DOMAIN_LISTED_FIT = 0.6;
/** …and a focused initiative (fewer domains) a little more: this share is divided by the domain count. */
const DOMAIN_FOCUS_SHARE = 0.2;
/** Distance at which proximity is neutral; fit = 1 / (1 + km / this). */
const NEUTRAL_DISTANCE_KM = 3;
/** Online is reachable from anywhere, but meeting nearby in person is better. */
const ONLINE_FIT = 0.75;
/** A listing for everyone fits, but less than one aimed at the household's own group. */
const FOR_EVERYONE_FIT = 0.7;
const PAID_FIT: Record<Budget, number> = { none: BAD, low: 0.25, flexible: NEUTRAL };
const STALE_FIT = 0.3;
const EARTH_RADIUS_KM = 6371;
const RADIANS_PER_DEGREE = Math.PI / 180;

/** Everything about the household and options that can be computed once per ranking. */
interface RankContext {
  needDomain: LifeDomain;
  lat: number | null;
  lng: number | null;
  cosLat: number;
  maxTravelKm: number | null;
  /** Bit per weekday (1 << day); 0 = unknown. */
  dayMask: number;
  /** In the household's order of preference. */
  languages: readonly string[];
  needsWheelchair: boolean;
  needsHearingLoop: boolean;
  budget: Budget | null;
  /** 0 = unknown. */
  targetGroupMask: number;
  memberAges: readonly number[];
  /** ISO date; a listing confirmed on or after it is fresh. ISO strings compare chronologically. */
  freshSince: string;
  narrowMaxKm: number | null;
  narrowDayBit: number;
  freeOnly: boolean;
}

export function rankInitiatives(need: MatchNeed, household: MatchHousehold, initiatives: readonly MatchInitiative[], options: MatchOptions): MatchResult {
  const ctx = buildContext(need, household, options);
  const count = initiatives.length;
  // Per-candidate numbers live in typed arrays indexed by input position: no object per item.
  const scores = new Float64Array(count);
  const distances = new Float64Array(count); // Infinity = unknown, so it sorts last
  const waitlisted = new Uint8Array(count);
  const compare = (a: number, b: number): number =>
    waitlisted[a] - waitlisted[b] || scores[b] - scores[a] || compareDistance(distances[a], distances[b]) || initiatives[a].id - initiatives[b].id;
  const limit = Math.max(0, Math.min(count, Math.floor(options.limit ?? DEFAULT_MATCH_LIMIT)));
  const top = new BestIndices(limit, compare);
  const excluded: Exclusion[] = [];
  let total = 0;

  for (let i = 0; i < count; i++) {
    const initiative = initiatives[i];
    let exclusion = eligibilityExclusion(initiative, ctx);
    let distanceKm: number | null = null;
    if (exclusion === null) {
      distanceKm = distanceBetween(ctx, initiative);
      exclusion = narrowingExclusion(initiative, ctx, distanceKm);
    }
    if (exclusion !== null) {
      if (options.includeExcluded) excluded.push({ initiativeId: initiative.id, reason: exclusion });
      continue;
    }
    scores[i] = scoreOf(initiative, ctx, distanceKm, null);
    distances[i] = distanceKm ?? Infinity;
    waitlisted[i] = isWaitlisted(initiative) ? 1 : 0;
    top.offer(i);
    total++;
  }

  // Reasons are only built for the results shown.
  const matches = Array.from(top.sorted(), (i): Match => {
    const initiative = initiatives[i];
    const distanceKm = distances[i] === Infinity ? null : distances[i];
    const reasons: Reason[] = [];
    scoreOf(initiative, ctx, distanceKm, reasons);
    return { initiativeId: initiative.id, score: scores[i], distanceKm, reasons, waitlist: waitlisted[i] === 1 };
  });
  return { matches, excluded, total };
}

/**
 * Keeps the `capacity` best indices offered, so that ranking costs one comparison per candidate
 * rather than a full sort. A binary heap whose root is the worst index kept.
 */
class BestIndices {
  private readonly heap: Uint32Array;
  private size = 0;

  constructor(
    private readonly capacity: number,
    /** Negative when a ranks before b. */
    private readonly compare: (a: number, b: number) => number,
  ) {
    this.heap = new Uint32Array(capacity);
  }

  offer(index: number): void {
    const heap = this.heap;
    if (this.size < this.capacity) {
      let child = this.size++;
      heap[child] = index;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (this.compare(heap[parent], heap[child]) >= 0) break;
        swap(heap, parent, child);
        child = parent;
      }
    } else if (this.size > 0 && this.compare(index, heap[0]) < 0) {
      heap[0] = index;
      this.siftDown();
    }
  }

  sorted(): Uint32Array {
    return this.heap.subarray(0, this.size).sort(this.compare);
  }

  private siftDown(): void {
    const heap = this.heap;
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const worse = right < this.size && this.compare(heap[right], heap[left]) > 0 ? right : left;
      if (this.compare(heap[worse], heap[parent]) <= 0) return;
      swap(heap, parent, worse);
      parent = worse;
    }
  }
}

function swap(array: Uint32Array, i: number, j: number): void {
  const kept = array[i];
  array[i] = array[j];
  array[j] = kept;
}

/** Great-circle distance in km (haversine), unrounded. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  return haversineWithCos(lat1, lng1, Math.cos(lat1 * RADIANS_PER_DEGREE), lat2, lng2);
}

function haversineWithCos(lat1: number, lng1: number, cosLat1: number, lat2: number, lng2: number): number {
  const sinHalfDLat = Math.sin(((lat2 - lat1) * RADIANS_PER_DEGREE) / 2);
  const sinHalfDLng = Math.sin(((lng2 - lng1) * RADIANS_PER_DEGREE) / 2);
  const h = sinHalfDLat * sinHalfDLat + cosLat1 * Math.cos(lat2 * RADIANS_PER_DEGREE) * sinHalfDLng * sinHalfDLng;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function buildContext(need: MatchNeed, household: MatchHousehold, options: MatchOptions): RankContext {
  let dayMask = 0;
  for (const day of household.availableDays) dayMask |= 1 << day;
  let targetGroupMask = 0;
  for (const group of household.targetGroups) targetGroupMask |= targetGroupBit(group);
  // A half-known location is an unknown location.
  const lat = household.lng === null ? null : household.lat;
  const lng = household.lat === null ? null : household.lng;
  const narrow = options.narrow ?? {};
  return {
    needDomain: need.domain,
    lat,
    lng,
    cosLat: lat === null ? 0 : Math.cos(lat * RADIANS_PER_DEGREE),
    maxTravelKm: household.maxTravelKm,
    dayMask,
    languages: household.languages,
    needsWheelchair: household.needsWheelchairAccess,
    needsHearingLoop: household.needsHearingLoop,
    budget: household.budget,
    targetGroupMask,
    memberAges: household.memberAges,
    freshSince: freshSince(options.now),
    narrowMaxKm: narrow.maxKm ?? null,
    narrowDayBit: narrow.weekday === undefined ? 0 : 1 << narrow.weekday,
    freeOnly: narrow.freeOnly === true,
  };
}

/** Rounded to 0.1 km, the precision shown, so filtering and scoring agree with what the user sees. */
function distanceBetween(ctx: RankContext, initiative: MatchInitiative): number | null {
  if (ctx.lat === null || ctx.lng === null || initiative.lat === null || initiative.lng === null) return null;
  return round1(haversineWithCos(ctx.lat, ctx.lng, ctx.cosLat, initiative.lat, initiative.lng));
}

/** The household-independent and household hard filters, cheapest first. */
function eligibilityExclusion(initiative: MatchInitiative, ctx: RankContext): ExclusionReason | null {
  if (initiative.status !== "published") return "not_published";
  if (!initiative.acceptsReferrals) return "no_referrals";
  if (!initiative.domains.includes(ctx.needDomain)) return "domain_mismatch";
  if (!agesFit(initiative, ctx.memberAges)) return "age_out_of_range";
  return null;
}

/**
 * Travel distance and the consultant's narrowing. Unknown data never excludes: an unknown
 * location, schedule or cost stays in the list, as it would with no filter at all.
 */
function narrowingExclusion(initiative: MatchInitiative, ctx: RankContext, distanceKm: number | null): ExclusionReason | null {
  if (distanceKm !== null && !initiative.isOnline) {
    if (ctx.maxTravelKm !== null && distanceKm > ctx.maxTravelKm) return "outside_travel_distance";
    if (ctx.narrowMaxKm !== null && distanceKm > ctx.narrowMaxKm) return "narrowed_distance";
  }
  if (ctx.narrowDayBit !== 0 && initiative.weekdays.length > 0 && (weekdayMask(initiative) & ctx.narrowDayBit) === 0) {
    return "narrowed_day";
  }
  if (ctx.freeOnly && initiative.isFree === false) return "narrowed_free";
  return null;
}

/** Excluded only when every known age falls outside the initiative's range. */
function agesFit(initiative: MatchInitiative, ages: readonly number[]): boolean {
  if (ages.length === 0 || (initiative.minAge === null && initiative.maxAge === null)) return true;
  const min = initiative.minAge ?? -Infinity;
  const max = initiative.maxAge ?? Infinity;
  for (const age of ages) if (age >= min && age <= max) return true;
  return false;
}

function isWaitlisted(initiative: MatchInitiative): boolean {
  return initiative.placesAvailable !== null && initiative.placesAvailable <= 0;
}

function weekdayMask(initiative: MatchInitiative): number {
  let mask = 0;
  for (const day of initiative.weekdays) mask |= 1 << day;
  return mask;
}

/**
 * The weighted score, rounded to one decimal. With `reasons` it also explains itself; the ranking
 * loop passes null so that no reason objects are allocated for results that are not shown.
 */
function scoreOf(initiative: MatchInitiative, ctx: RankContext, distanceKm: number | null, reasons: Reason[] | null): number {
  const points =
    MATCH_WEIGHTS.domain * domainFit(initiative, ctx, reasons) +
    MATCH_WEIGHTS.distance * proximityFit(initiative, distanceKm, reasons) +
    MATCH_WEIGHTS.targetGroup * targetGroupFit(initiative, ctx, reasons) +
    MATCH_WEIGHTS.schedule * scheduleFit(initiative, ctx, reasons) +
    MATCH_WEIGHTS.language * languageFit(initiative, ctx, reasons) +
    MATCH_WEIGHTS.cost * costFit(initiative, ctx, reasons) +
    MATCH_WEIGHTS.accessibility * accessibilityFit(initiative, ctx, reasons) +
    MATCH_WEIGHTS.places * placesFit(initiative, reasons) +
    MATCH_WEIGHTS.freshness * freshnessFit(initiative, ctx, reasons);
  return round1(points);
}

/*
 * Factor fits. Each returns 0..1 and, when given an array, pushes reasons: the fit or misfit
 * found, or a neutral "unknown" where the household has a requirement the listing does not state.
 */

function domainFit(initiative: MatchInitiative, ctx: RankContext, reasons: Reason[] | null): number {
  const primary = initiative.domains[0] === ctx.needDomain;
  const domainCount = initiative.domains.length;
  reasons?.push({
    factor: "domain",
    tone: "good",
    code: primary ? "domain_primary" : "domain_listed",
    params: { domain: ctx.needDomain, domainCount },
  });
  return (primary ? DOMAIN_PRIMARY_FIT : DOMAIN_LISTED_FIT) + DOMAIN_FOCUS_SHARE / domainCount;
}

function proximityFit(initiative: MatchInitiative, distanceKm: number | null, reasons: Reason[] | null): number {
  let fit = NEUTRAL;
  if (distanceKm !== null) {
    fit = 1 / (1 + distanceKm / NEUTRAL_DISTANCE_KM);
    reasons?.push({ factor: "distance", tone: toneOf(fit), code: "distance_km", params: { km: distanceKm } });
  }
  if (initiative.isOnline) {
    fit = Math.max(fit, ONLINE_FIT);
    reasons?.push({ factor: "online", tone: "good", code: "online" });
  } else if (distanceKm === null) {
    reasons?.push({ factor: "distance", tone: "neutral", code: "distance_unknown" });
  }
  return fit;
}

function targetGroupFit(initiative: MatchInitiative, ctx: RankContext, reasons: Reason[] | null): number {
  if (ctx.targetGroupMask === 0) return NEUTRAL;
  if (initiative.targetGroups.length === 0) {
    reasons?.push({ factor: "target_group", tone: "neutral", code: "target_group_unknown" });
    return NEUTRAL;
  }
  let forEveryone = false;
  for (const group of initiative.targetGroups) {
    if (group === "everyone") forEveryone = true;
    else if ((ctx.targetGroupMask & targetGroupBit(group)) !== 0) {
      reasons?.push({ factor: "target_group", tone: "good", code: "target_group_match", params: { group } });
      return GOOD;
    }
  }
  if (forEveryone) {
    reasons?.push({ factor: "target_group", tone: "good", code: "for_everyone" });
    return FOR_EVERYONE_FIT;
  }
  reasons?.push({ factor: "target_group", tone: "bad", code: "target_group_other" });
  return BAD;
}

function scheduleFit(initiative: MatchInitiative, ctx: RankContext, reasons: Reason[] | null): number {
  if (ctx.dayMask === 0) return NEUTRAL;
  if (initiative.weekdays.length === 0) {
    reasons?.push({ factor: "schedule", tone: "neutral", code: "schedule_unknown" });
    return NEUTRAL;
  }
  const shared = weekdayMask(initiative) & ctx.dayMask;
  if (shared === 0) {
    reasons?.push({ factor: "schedule", tone: "bad", code: "no_day_fits" });
    return BAD;
  }
  // Name the earliest shared weekday, whatever order the listing stores its days in.
  reasons?.push({ factor: "schedule", tone: "good", code: "day_fits", params: { weekday: lowestBit(shared) } });
  return GOOD;
}

function languageFit(initiative: MatchInitiative, ctx: RankContext, reasons: Reason[] | null): number {
  if (ctx.languages.length === 0) return NEUTRAL;
  if (initiative.languages.length === 0) {
    reasons?.push({ factor: "language", tone: "neutral", code: "language_unknown" });
    return NEUTRAL;
  }
  for (const language of ctx.languages) {
    if (initiative.languages.includes(language)) {
      reasons?.push({ factor: "language", tone: "good", code: "language_match", params: { language } });
      return GOOD;
    }
  }
  reasons?.push({ factor: "language", tone: "bad", code: "language_mismatch" });
  return BAD;
}

function costFit(initiative: MatchInitiative, ctx: RankContext, reasons: Reason[] | null): number {
  if (initiative.isFree === null) {
    if (ctx.budget !== null) reasons?.push({ factor: "cost", tone: "neutral", code: "cost_unknown" });
    return NEUTRAL;
  }
  const code = initiative.isFree ? "free" : "paid";
  if (ctx.budget === null) {
    reasons?.push({ factor: "cost", tone: "neutral", code });
    return NEUTRAL;
  }
  const fit = initiative.isFree ? GOOD : PAID_FIT[ctx.budget];
  reasons?.push({ factor: "cost", tone: toneOf(fit), code });
  return fit;
}

function accessibilityFit(initiative: MatchInitiative, ctx: RankContext, reasons: Reason[] | null): number {
  if (!ctx.needsWheelchair && !ctx.needsHearingLoop) return NEUTRAL;
  let sum = 0;
  let needs = 0;
  if (ctx.needsWheelchair) {
    sum += featureFit(initiative.wheelchairAccessible, "wheelchair", reasons);
    needs++;
  }
  if (ctx.needsHearingLoop) {
    sum += featureFit(initiative.hearingLoop, "hearing_loop", reasons);
    needs++;
  }
  return sum / needs;
}

function featureFit(available: boolean | null, feature: string, reasons: Reason[] | null): number {
  if (available === null) {
    reasons?.push({ factor: "accessibility", tone: "neutral", code: "access_unknown", params: { feature } });
    return NEUTRAL;
  }
  reasons?.push({
    factor: "accessibility",
    tone: available ? "good" : "bad",
    code: available ? "access_met" : "access_unmet",
    params: { feature },
  });
  return available ? GOOD : BAD;
}

function placesFit(initiative: MatchInitiative, reasons: Reason[] | null): number {
  const places = initiative.placesAvailable;
  if (places === null) {
    reasons?.push({ factor: "places", tone: "good", code: "open_to_all" });
    return GOOD;
  }
  if (places <= 0) {
    reasons?.push({ factor: "places", tone: "bad", code: "waitlist" });
    return BAD;
  }
  reasons?.push({ factor: "places", tone: "good", code: "places_available", params: { count: places } });
  return GOOD;
}

function freshnessFit(initiative: MatchInitiative, ctx: RankContext, reasons: Reason[] | null): number {
  const confirmed = initiative.lastConfirmedAt;
  if (confirmed === null) {
    reasons?.push({ factor: "freshness", tone: "neutral", code: "confirmation_unknown" });
    return NEUTRAL;
  }
  const fresh = confirmed >= ctx.freshSince;
  reasons?.push({
    factor: "freshness",
    tone: fresh ? "good" : "bad",
    code: fresh ? "recently_confirmed" : "stale",
    params: { date: confirmed.slice(0, 10) },
  });
  return fresh ? GOOD : STALE_FIT;
}

function toneOf(fit: number): ReasonTone {
  if (fit > NEUTRAL) return "good";
  return fit < NEUTRAL ? "bad" : "neutral";
}

function compareDistance(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function lowestBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A switch rather than a lookup table: measurably faster in the ranking loop. */
function targetGroupBit(group: TargetGroup): number {
  switch (group) {
    case "elderly":
      return 1;
    case "youth":
      return 2;
    case "families":
      return 4;
    case "newcomers":
      return 8;
    case "carers":
      return 16;
    case "disability":
      return 32;
    case "everyone":
      return 0; // not a group of its own: never counts as an overlap
  }
}
