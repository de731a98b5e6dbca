import { describe, expect, it } from "vitest";
import { generateMatchInitiatives } from "#tests/support/match-initiatives";
import { MATCH_WEIGHTS, rankInitiatives } from "./rank";
import type { MatchHousehold, MatchInitiative, MatchNeed, MatchOptions, MatchResult } from "./types";

const HOME = { lat: 52.09, lng: 5.11 };
/** Degrees of latitude per km on the haversine sphere (R = 6371 km). */
const DEGREES_PER_KM = 180 / (Math.PI * 6371);
const NOW = new Date("2025-06-01T12:00:00Z"); // fresh = confirmed on or after 2024-12-01
const NEED: MatchNeed = { domain: "social_network", score: 2 };

/** A point `km` due north of HOME, so the haversine distance is exactly `km`. */
function kmNorth(km: number): { lat: number; lng: number } {
  return { lat: HOME.lat + km * DEGREES_PER_KM, lng: HOME.lng };
}

/** A listing that helps with the need and states nothing else: every other factor is unknown. */
function initiative(id: number, overrides: Partial<MatchInitiative> = {}): MatchInitiative {
  return {
    id,
    title: `Initiative ${id}`,
    status: "published",
    acceptsReferrals: true,
    domains: ["social_network"],
    targetGroups: [],
    lat: null,
    lng: null,
    isOnline: false,
    weekdays: [],
    languages: [],
    isFree: null,
    wheelchairAccessible: null,
    hearingLoop: null,
    minAge: null,
    maxAge: null,
    placesAvailable: null,
    lastConfirmedAt: null,
    ...overrides,
  };
}

/** A household about which nothing is known. */
function household(overrides: Partial<MatchHousehold> = {}): MatchHousehold {
  return {
    lat: null,
    lng: null,
    maxTravelKm: null,
    availableDays: [],
    languages: [],
    needsWheelchairAccess: false,
    needsHearingLoop: false,
    budget: null,
    targetGroups: [],
    memberAges: [],
    ...overrides,
  };
}

function rank(home: MatchHousehold, initiatives: MatchInitiative[], options: Partial<MatchOptions> = {}): MatchResult {
  return rankInitiatives(NEED, home, initiatives, { now: NOW, ...options });
}

function order(result: MatchResult): number[] {
  return result.matches.map((match) => match.initiativeId);
}

function scoreOf(result: MatchResult, id: number): number {
  const match = result.matches.find((m) => m.initiativeId === id);
  if (!match) throw new Error(`initiative ${id} not among the matches`);
  return match.score;
}

/**
 * Score of a listing with every factor unknown: domain 25 (sole, primary domain) + places 3
 * (no capacity = open to all) + half of each other weight (20 + 10 + 10 + 10 + 10 + 8 + 4) / 2 = 36.
 */
const ALL_UNKNOWN_SCORE = 64;

describe("rankInitiatives: hand-checked example", () => {
  // A 72-year-old living at HOME, who can travel 5 km, is free on Tuesdays, speaks Dutch,
  // uses a wheelchair and has no money to spend.
  const home = household({
    ...HOME,
    maxTravelKm: 5,
    availableDays: [2],
    languages: ["nl"],
    needsWheelchairAccess: true,
    budget: "none",
    targetGroups: ["elderly"],
    memberAges: [72],
  });
  const initiatives = [
    // 1. domain 25×(0.8+0.2/2)=22.5 · 1.0 km 20×0.75=15 · everyone 10×0.7=7 · Tuesday 10 · Dutch 10
    //    · free 8 · wheelchair 10 · open to all 3 · fresh 4                                     = 89.5
    initiative(1, {
      domains: ["social_network", "daytime_activities"],
      ...kmNorth(1),
      targetGroups: ["everyone"],
      weekdays: [4, 2],
      languages: ["nl"],
      isFree: true,
      wheelchairAccessible: true,
      lastConfirmedAt: "2025-04-15",
    }),
    // 2. domain listed 3rd of 3: 25×(0.6+0.2/3)=16.67 · 0.0 km 20 · elderly 10 · Wednesday only 0
    //    · Dutch 10 · paid with no budget 0 · wheelchair 10 · 5 places 3 · stale 4×0.3=1.2    = 70.9
    initiative(2, {
      domains: ["daytime_activities", "social_network", "community_participation"],
      ...HOME,
      targetGroups: ["elderly"],
      weekdays: [3],
      languages: ["nl"],
      isFree: false,
      wheelchairAccessible: true,
      placesAvailable: 5,
      lastConfirmedAt: "2023-01-01",
    }),
    // 3. domain 25 · online, no address 20×0.75=15 · groups unknown 5 · days unknown 5
    //    · Dutch 10 · free 8 · wheelchair unknown 5 · open 3 · never confirmed 2             = 78
    initiative(3, {
      isOnline: true,
      languages: ["nl", "en"],
      isFree: true,
    }),
    // 4. 22.5 · 1.0 km 15 · elderly 10 · Tuesday 10 · Dutch 10 · cost unknown 4 · no wheelchair 0
    //    · full 0 · fresh 4                                         = 75.5, but full: waitlisted, last
    initiative(4, {
      domains: ["social_network", "physical_health"],
      ...kmNorth(1),
      targetGroups: ["elderly", "carers"],
      weekdays: [2],
      languages: ["nl"],
      wheelchairAccessible: false,
      placesAvailable: 0,
      lastConfirmedAt: "2025-05-01",
    }),
    // 5. 25 · location unknown 10 · newcomers only 0 · Tuesday 10 · Arabic only 0 · free 8
    //    · wheelchair 10 · 2 places 3 · fresh 4                                                = 70
    initiative(5, {
      targetGroups: ["newcomers"],
      weekdays: [2],
      languages: ["ar"],
      isFree: true,
      wheelchairAccessible: true,
      placesAvailable: 2,
      lastConfirmedAt: "2025-01-10",
    }),
    initiative(6, { minAge: 12, maxAge: 23 }), // age_out_of_range
    initiative(7, { ...kmNorth(6) }), // outside_travel_distance
    initiative(8, { status: "draft" }), // not_published
    initiative(9, { acceptsReferrals: false }), // no_referrals
    initiative(10, { domains: ["finances"] }), // domain_mismatch
  ];

  it("ranks by the weighted score, with the waitlisted listing last", () => {
    const result = rank(home, initiatives, { includeExcluded: true });
    expect(order(result)).toEqual([1, 3, 2, 5, 4]);
    expect(result.matches.map((m) => m.score)).toEqual([89.5, 78, 70.9, 70, 75.5]);
    expect(result.matches.map((m) => m.distanceKm)).toEqual([1, null, 0, null, 1]);
    expect(result.matches.map((m) => m.waitlist)).toEqual([false, false, false, false, true]);
    expect(result.total).toBe(5);
    expect(result.excluded).toEqual([
      { initiativeId: 6, reason: "age_out_of_range" },
      { initiativeId: 7, reason: "outside_travel_distance" },
      { initiativeId: 8, reason: "not_published" },
      { initiativeId: 9, reason: "no_referrals" },
      { initiativeId: 10, reason: "domain_mismatch" },
    ]);
  });

  it("explains each result with structured reasons", () => {
    const [first, online, , , waitlisted] = rank(home, initiatives).matches;
    expect(first.reasons).toEqual([
      { factor: "domain", tone: "good", code: "domain_primary", params: { domain: "social_network", domainCount: 2 } },
      { factor: "distance", tone: "good", code: "distance_km", params: { km: 1 } },
      { factor: "target_group", tone: "good", code: "for_everyone" },
      { factor: "schedule", tone: "good", code: "day_fits", params: { weekday: 2 } },
      { factor: "language", tone: "good", code: "language_match", params: { language: "nl" } },
      { factor: "cost", tone: "good", code: "free" },
      { factor: "accessibility", tone: "good", code: "access_met", params: { feature: "wheelchair" } },
      { factor: "places", tone: "good", code: "open_to_all" },
      { factor: "freshness", tone: "good", code: "recently_confirmed", params: { date: "2025-04-15" } },
    ]);
    expect(online.reasons).toContainEqual({ factor: "online", tone: "good", code: "online" });
    expect(online.reasons).toContainEqual({
      factor: "accessibility",
      tone: "neutral",
      code: "access_unknown",
      params: { feature: "wheelchair" },
    });
    expect(online.reasons).toContainEqual({ factor: "freshness", tone: "neutral", code: "confirmation_unknown" });
    expect(waitlisted.reasons).toContainEqual({ factor: "places", tone: "bad", code: "waitlist" });
    expect(waitlisted.reasons).toContainEqual({
      factor: "accessibility",
      tone: "bad",
      code: "access_unmet",
      params: { feature: "wheelchair" },
    });
  });
});

describe("rankInitiatives: weights", () => {
  it("sum to 100, so scores stay within 0..100", () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });
});

describe("rankInitiatives: each factor moves the order the right way", () => {
  it("domain: primary before merely listed, and focused before broad", () => {
    const result = rank(household(), [
      initiative(1, { domains: ["daytime_activities", "social_network"] }),
      initiative(2, { domains: ["social_network", "daytime_activities", "finances"] }),
      initiative(3, { domains: ["social_network", "daytime_activities"] }),
      initiative(4, { domains: ["social_network"] }),
    ]);
    expect(order(result)).toEqual([4, 3, 2, 1]);
    expect(result.matches[0].reasons[0]).toMatchObject({ code: "domain_primary" });
    expect(result.matches[3].reasons[0]).toMatchObject({ code: "domain_listed" });
  });

  it("distance: closer first, online good but not best, farther below", () => {
    const result = rank(household({ ...HOME }), [
      initiative(1, { ...kmNorth(4) }),
      initiative(2, { isOnline: true }),
      initiative(3, { ...kmNorth(2) }),
      initiative(4, { ...kmNorth(0.5) }),
    ]);
    expect(order(result)).toEqual([4, 2, 3, 1]);
    expect(result.matches.map((m) => m.distanceKm)).toEqual([0.5, null, 2, 4]);
    expect(result.matches[3].reasons).toContainEqual({
      factor: "distance",
      tone: "bad",
      code: "distance_km",
      params: { km: 4 },
    });
  });

  it("target group: own group, then everyone, then unknown, then another group", () => {
    const result = rank(household({ targetGroups: ["families"] }), [
      initiative(1, { targetGroups: ["elderly"] }),
      initiative(2, { targetGroups: [] }),
      initiative(3, { targetGroups: ["everyone"] }),
      initiative(4, { targetGroups: ["youth", "families"] }),
    ]);
    expect(order(result)).toEqual([4, 3, 2, 1]);
    expect(result.matches[0].reasons).toContainEqual({
      factor: "target_group",
      tone: "good",
      code: "target_group_match",
      params: { group: "families" },
    });
  });

  it("schedule: a shared day, then unknown, then no shared day", () => {
    const result = rank(household({ availableDays: [2, 5] }), [
      initiative(1, { weekdays: [1, 3] }),
      initiative(2, { weekdays: [] }),
      initiative(3, { weekdays: [6, 5] }),
    ]);
    expect(order(result)).toEqual([3, 2, 1]);
    expect(result.matches[0].reasons).toContainEqual({
      factor: "schedule",
      tone: "good",
      code: "day_fits",
      params: { weekday: 5 },
    });
    expect(result.matches[2].reasons).toContainEqual({ factor: "schedule", tone: "bad", code: "no_day_fits" });
  });

  it("language: a shared language, then unknown, then none shared", () => {
    const result = rank(household({ languages: ["tr", "nl"] }), [
      initiative(1, { languages: ["en"] }),
      initiative(2, { languages: [] }),
      initiative(3, { languages: ["nl", "tr"] }),
    ]);
    expect(order(result)).toEqual([3, 2, 1]);
    // The household's first language is named when several are shared.
    expect(result.matches[0].reasons).toContainEqual({
      factor: "language",
      tone: "good",
      code: "language_match",
      params: { language: "tr" },
    });
  });

  it("cost: free, then unknown, then paid on a low budget, then paid with no budget", () => {
    const initiatives = [initiative(1, { isFree: false }), initiative(2, { isFree: null }), initiative(3, { isFree: true })];
    expect(order(rank(household({ budget: "none" }), initiatives))).toEqual([3, 2, 1]);
    const low = rank(household({ budget: "low" }), initiatives);
    const none = rank(household({ budget: "none" }), initiatives);
    expect(scoreOf(low, 1)).toBeLessThan(scoreOf(low, 2));
    expect(scoreOf(none, 1)).toBeLessThan(scoreOf(low, 1));
    // A flexible budget does not mind paying: paid is neutral.
    const flexible = rank(household({ budget: "flexible" }), initiatives);
    expect(scoreOf(flexible, 1)).toBe(scoreOf(flexible, 2));
  });

  it("accessibility: needs met, then unknown, then unmet; irrelevant without needs", () => {
    const initiatives = [
      initiative(1, { wheelchairAccessible: false, hearingLoop: false }),
      initiative(2, { wheelchairAccessible: true, hearingLoop: null }),
      initiative(3, { wheelchairAccessible: true, hearingLoop: true }),
      initiative(4, { wheelchairAccessible: null, hearingLoop: null }),
    ];
    const result = rank(household({ needsWheelchairAccess: true, needsHearingLoop: true }), initiatives);
    expect(order(result)).toEqual([3, 2, 4, 1]);
    const noNeeds = rank(household(), initiatives);
    expect(new Set(noNeeds.matches.map((m) => m.score))).toEqual(new Set([ALL_UNKNOWN_SCORE]));
    expect(noNeeds.matches.flatMap((m) => m.reasons).some((r) => r.factor === "accessibility")).toBe(false);
  });

  it("places: full listings go on the waitlist, below every open listing whatever their score", () => {
    const result = rank(household({ ...HOME }), [
      initiative(1, { ...HOME, placesAvailable: 0, isFree: true, lastConfirmedAt: "2025-05-01" }),
      initiative(2, { ...kmNorth(4), placesAvailable: 1 }),
      initiative(3, { ...kmNorth(4), placesAvailable: null }),
      initiative(4, { ...HOME, placesAvailable: 0 }),
    ]);
    expect(order(result)).toEqual([2, 3, 1, 4]);
    expect(result.matches.map((m) => m.waitlist)).toEqual([false, false, true, true]);
    expect(scoreOf(result, 1)).toBeGreaterThan(scoreOf(result, 2));
    expect(result.matches[0].reasons).toContainEqual({
      factor: "places",
      tone: "good",
      code: "places_available",
      params: { count: 1 },
    });
  });

  it("freshness: confirmed within 6 months, then never confirmed, then stale", () => {
    const result = rank(household(), [
      initiative(1, { lastConfirmedAt: "2024-11-30" }),
      initiative(2, { lastConfirmedAt: null }),
      initiative(3, { lastConfirmedAt: "2024-12-01T08:00:00Z" }),
      initiative(4, { lastConfirmedAt: "2024-12-01" }),
    ]);
    expect(order(result)).toEqual([3, 4, 2, 1]);
    expect(scoreOf(result, 3)).toBe(scoreOf(result, 4));
    expect(result.matches[3].reasons).toContainEqual({
      factor: "freshness",
      tone: "bad",
      code: "stale",
      params: { date: "2024-11-30" },
    });
  });
});

describe("rankInitiatives: unknown data is neutral, never a penalty", () => {
  it("scores a listing that states nothing at exactly the neutral value, whatever the household needs", () => {
    const demanding = household({
      ...HOME,
      maxTravelKm: 3,
      availableDays: [1],
      languages: ["nl"],
      needsWheelchairAccess: true,
      needsHearingLoop: true,
      budget: "none",
      targetGroups: ["elderly"],
      memberAges: [80],
    });
    const unknown = [initiative(1)];
    expect(scoreOf(rank(demanding, unknown), 1)).toBe(ALL_UNKNOWN_SCORE);
    expect(scoreOf(rank(household(), unknown), 1)).toBe(ALL_UNKNOWN_SCORE);
  });

  it("treats a listing's facts as neutral when the household's side is unknown", () => {
    const known = initiative(1, {
      targetGroups: ["youth"],
      weekdays: [6],
      languages: ["pl"],
      isFree: false,
      wheelchairAccessible: false,
      hearingLoop: false,
      minAge: 12,
      maxAge: 18,
      ...kmNorth(40),
    });
    const result = rank(household(), [known]);
    // The household states nothing, so none of the listing's facts can fit or misfit it.
    expect(scoreOf(result, 1)).toBe(ALL_UNKNOWN_SCORE);
    expect(result.matches[0].reasons).toContainEqual({ factor: "cost", tone: "neutral", code: "paid" });
  });

  it("ranks unknown between known-good and known-bad for every comparable factor", () => {
    const home = household({
      ...HOME,
      availableDays: [2],
      languages: ["nl"],
      needsWheelchairAccess: true,
      budget: "none",
      targetGroups: ["elderly"],
    });
    const good = initiative(1, {
      ...kmNorth(0.5),
      weekdays: [2],
      languages: ["nl"],
      wheelchairAccessible: true,
      isFree: true,
      targetGroups: ["elderly"],
      lastConfirmedAt: "2025-05-01",
    });
    const bad = initiative(3, {
      ...kmNorth(10),
      weekdays: [7],
      languages: ["so"],
      wheelchairAccessible: false,
      isFree: false,
      targetGroups: ["youth"],
      lastConfirmedAt: "2020-01-01",
    });
    const result = rank(home, [bad, initiative(2), good]);
    expect(order(result)).toEqual([1, 2, 3]);
    expect(scoreOf(result, 2)).toBe(ALL_UNKNOWN_SCORE);
  });

  it("keeps listings whose location, schedule or cost is unknown under every filter", () => {
    const result = rank(household({ ...HOME, maxTravelKm: 1, memberAges: [] }), [initiative(1, { minAge: 65 })], {
      narrow: { maxKm: 1, weekday: 3, freeOnly: true },
    });
    expect(order(result)).toEqual([1]);
  });
});

describe("rankInitiatives: hard filters", () => {
  it("keeps only published listings that accept referrals and help in the need's domain", () => {
    const result = rank(
      household(),
      [
        initiative(1, { status: "submitted" }),
        initiative(2, { status: "paused" }),
        initiative(3, { status: "archived" }),
        initiative(4, { acceptsReferrals: false }),
        initiative(5, { domains: ["finances", "housing"] }),
        initiative(6, { domains: [] }),
        initiative(7),
      ],
      { includeExcluded: true },
    );
    expect(order(result)).toEqual([7]);
    expect(result.excluded.map((e) => e.reason)).toEqual([
      "not_published",
      "not_published",
      "not_published",
      "no_referrals",
      "domain_mismatch",
      "domain_mismatch",
    ]);
  });

  it("excludes by age only when every known member age falls outside the range", () => {
    const youthOnly = [initiative(1, { minAge: 12, maxAge: 18 }), initiative(2, { minAge: 65 })];
    const withTeen = rank(household({ memberAges: [15, 44] }), youthOnly, { includeExcluded: true });
    expect(order(withTeen)).toEqual([1]);
    expect(withTeen.excluded).toEqual([{ initiativeId: 2, reason: "age_out_of_range" }]);
    const noTeen = rank(household({ memberAges: [8, 44] }), youthOnly, { includeExcluded: true });
    expect(order(noTeen)).toEqual([]);
    expect(noTeen.excluded.map((e) => e.reason)).toEqual(["age_out_of_range", "age_out_of_range"]);
    expect(order(rank(household({ memberAges: [] }), youthOnly))).toEqual([1, 2]);
    // Range ends are inclusive.
    expect(order(rank(household({ memberAges: [18, 65] }), youthOnly))).toEqual([1, 2]);
  });

  it("excludes listings beyond the household's travel distance, unless online or unknown", () => {
    const initiatives = [initiative(1, { ...kmNorth(2) }), initiative(2, { ...kmNorth(2.1) }), initiative(3, { ...kmNorth(8), isOnline: true }), initiative(4)];
    const result = rank(household({ ...HOME, maxTravelKm: 2 }), initiatives, { includeExcluded: true });
    expect(order(result).sort((a, b) => a - b)).toEqual([1, 3, 4]);
    expect(result.excluded).toEqual([{ initiativeId: 2, reason: "outside_travel_distance" }]);
    expect(rank(household({ ...HOME, maxTravelKm: null }), initiatives).total).toBe(4);
    expect(rank(household({ maxTravelKm: 2 }), initiatives).total).toBe(4);
  });

  it("reports exclusions only when asked, but always counts what passed", () => {
    const result = rank(household(), [initiative(1), initiative(2, { status: "draft" })]);
    expect(result.excluded).toEqual([]);
    expect(result.total).toBe(1);
  });
});

describe("rankInitiatives: narrowing", () => {
  const initiatives = [
    initiative(1, { ...kmNorth(1), weekdays: [3], isFree: true }),
    initiative(2, { ...kmNorth(4), weekdays: [3], isFree: true }),
    initiative(3, { ...kmNorth(1), weekdays: [1, 2], isFree: true }),
    initiative(4, { ...kmNorth(1), weekdays: [3], isFree: false }),
    initiative(5, { ...kmNorth(9), isOnline: true, weekdays: [3], isFree: true }),
  ];

  it("leaves out listings beyond a distance, off a weekday or not free, with the reason", () => {
    const result = rank(household({ ...HOME }), initiatives, {
      narrow: { maxKm: 2, weekday: 3, freeOnly: true },
      includeExcluded: true,
    });
    expect(order(result)).toEqual([1, 5]);
    expect(result.excluded).toEqual([
      { initiativeId: 2, reason: "narrowed_distance" },
      { initiativeId: 3, reason: "narrowed_day" },
      { initiativeId: 4, reason: "narrowed_free" },
    ]);
  });

  it("reports the household's own travel limit before the consultant's narrowing", () => {
    const result = rank(household({ ...HOME, maxTravelKm: 3 }), initiatives, {
      narrow: { maxKm: 2 },
      includeExcluded: true,
    });
    expect(result.excluded).toEqual([{ initiativeId: 2, reason: "outside_travel_distance" }]);
  });
});

describe("rankInitiatives: order is stable and deterministic", () => {
  it("breaks score ties by distance (unknown last), then by id", () => {
    const result = rank(household({ ...HOME }), [
      initiative(5, { ...kmNorth(3) }),
      initiative(2),
      initiative(4, { ...kmNorth(3) }),
      initiative(1),
      initiative(3, { ...kmNorth(3) }),
    ]);
    // A 3 km listing is exactly as neutral as one with no location: all five tie on score.
    expect(new Set(result.matches.map((m) => m.score)).size).toBe(1);
    expect(order(result)).toEqual([3, 4, 5, 1, 2]);
  });

  it("returns the same result for the same input in any order", () => {
    const initiatives = generateMatchInitiatives(2000, 7, NOW);
    const home = household({
      ...HOME,
      maxTravelKm: 6,
      availableDays: [2, 4],
      languages: ["ar", "nl"],
      budget: "low",
      targetGroups: ["families"],
      memberAges: [38, 9],
    });
    const options = { limit: 2000, includeExcluded: true };
    const expected = rank(home, initiatives, options);
    const shuffled = seededShuffle(initiatives, 99);
    const actual = rank(home, shuffled, options);
    expect(actual.matches).toEqual(expected.matches);
    expect(actual.total).toBe(expected.total);
    const byId = (a: { initiativeId: number }, b: { initiativeId: number }) => a.initiativeId - b.initiativeId;
    expect([...actual.excluded].sort(byId)).toEqual([...expected.excluded].sort(byId));
  });

  it("returns the first `limit` results of the full ranking, counting all in `total`", () => {
    const initiatives = generateMatchInitiatives(3000, 11, NOW);
    const home = household({ ...HOME, availableDays: [3], languages: ["nl"], budget: "none" });
    const full = rank(home, initiatives, { limit: Infinity });
    expect(full.matches.length).toBe(full.total);
    for (const limit of [0, 1, 7, 50, 333]) {
      const top = rank(home, initiatives, { limit });
      expect(top.total).toBe(full.total);
      expect(top.matches).toEqual(full.matches.slice(0, limit));
    }
    expect(rank(home, initiatives).matches.length).toBe(50);
  });

  it("keeps the full order: waitlist, then score, then distance, then id", () => {
    const { matches } = rank(household({ ...HOME }), generateMatchInitiatives(3000, 3, NOW), { limit: Infinity });
    for (let i = 1; i < matches.length; i++) {
      const [a, b] = [matches[i - 1], matches[i]];
      const key = (m: typeof a) => [m.waitlist ? 1 : 0, -m.score, m.distanceKm ?? Infinity, m.initiativeId];
      const [ka, kb] = [key(a), key(b)];
      const firstDifference = ka.findIndex((value, k) => value !== kb[k]);
      expect(firstDifference).toBeGreaterThanOrEqual(0);
      expect(ka[firstDifference]).toBeLessThan(kb[firstDifference]);
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(100);
    }
  });
});

function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const shuffled = [...items];
  let state = seed;
  for (let i = shuffled.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled;
}
