import type { LifeDomain, MatchInitiative, MatchInitiativeStatus, TargetGroup, Weekday } from "~/matching/types";
import { addDays, toAmsterdamDate } from "~/utils/dates";

/**
 * Deterministic, realistic-looking initiatives around Utrecht for benchmarks and tests.
 * The same (n, seed, referenceDate) always yields the same array.
 */
export function generateMatchInitiatives(n: number, seed: number, referenceDate: Date = DEFAULT_REFERENCE_DATE): MatchInitiative[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (probability: number): boolean => random() < probability;
  const initiatives: MatchInitiative[] = [];

  for (let id = 1; id <= n; id++) {
    const area = pick(AREAS);
    const hasLocation = chance(0.92);
    const ageRange = pickAgeRange(random());
    initiatives.push({
      id,
      title: `${pick(ACTIVITIES)} ${area.name}`,
      status: pickWeighted(STATUS_WEIGHTS, random()),
      acceptsReferrals: chance(0.75),
      domains: distinct(1 + pickWeighted(EXTRA_DOMAIN_COUNT_WEIGHTS, random()), () => pickWeighted(DOMAIN_WEIGHTS, random())),
      targetGroups: chance(0.35) ? ["everyone"] : distinct(chance(0.7) ? 1 : 2, () => pick(SPECIFIC_GROUPS)),
      lat: hasLocation ? clamp(area.lat + (random() - 0.5) * 0.02, 52.05, 52.13) : null,
      lng: hasLocation ? clamp(area.lng + (random() - 0.5) * 0.03, 5.02, 5.18) : null,
      isOnline: hasLocation ? chance(0.06) : true,
      weekdays: chance(0.15) ? [] : distinct(1 + Math.floor(random() * 3), () => pickWeighted(WEEKDAY_WEIGHTS, random())).sort((a, b) => a - b),
      languages: chance(0.1) ? [] : chance(0.3) ? ["nl", pick(OTHER_LANGUAGES)] : ["nl"],
      isFree: pickWeighted(FREE_WEIGHTS, random()),
      wheelchairAccessible: pickWeighted(WHEELCHAIR_WEIGHTS, random()),
      hearingLoop: pickWeighted(HEARING_LOOP_WEIGHTS, random()),
      minAge: ageRange[0],
      maxAge: ageRange[1],
      placesAvailable: chance(0.45) ? null : chance(0.2) ? 0 : 1 + Math.floor(random() * 12),
      lastConfirmedAt: chance(0.1) ? null : isoDateDaysBefore(referenceDate, Math.floor(random() * 540)),
    });
  }
  return initiatives;
}

const DEFAULT_REFERENCE_DATE = new Date("2025-01-01T00:00:00Z");

/** Tiny, fast 32-bit PRNG; good enough for test data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

function pickWeighted<T>(options: Weighted<T>, roll: number): T {
  let total = 0;
  for (const [, weight] of options) total += weight;
  let threshold = roll * total;
  for (const [value, weight] of options) {
    threshold -= weight;
    if (threshold < 0) return value;
  }
  return options[options.length - 1][0];
}

/** Up to `count` distinct values; gives up on duplicates after a few tries to stay bounded. */
function distinct<T>(count: number, draw: () => T): T[] {
  const values: T[] = [];
  for (let attempt = 0; values.length < count && attempt < count * 4; attempt++) {
    const value = draw();
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

function pickAgeRange(roll: number): readonly [number | null, number | null] {
  if (roll < 0.08) return [4, 12];
  if (roll < 0.15) return [12, 18];
  if (roll < 0.25) return [65, null];
  if (roll < 0.3) return [18, null];
  return [null, null];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function isoDateDaysBefore(date: Date, days: number): string {
  return addDays(toAmsterdamDate(date), -days);
}

/** Approximate neighbourhood centroids in Utrecht. */
const AREAS = [
  { name: "Kanaleneiland", lat: 52.072, lng: 5.097 },
  { name: "Overvecht", lat: 52.115, lng: 5.115 },
  { name: "Lombok", lat: 52.092, lng: 5.1 },
  { name: "Zuilen", lat: 52.107, lng: 5.093 },
  { name: "Hoograven", lat: 52.073, lng: 5.128 },
  { name: "Lunetten", lat: 52.065, lng: 5.14 },
  { name: "Leidsche Rijn", lat: 52.095, lng: 5.05 },
  { name: "Vleuten", lat: 52.105, lng: 5.025 },
  { name: "Tuindorp", lat: 52.108, lng: 5.125 },
  { name: "Wittevrouwen", lat: 52.096, lng: 5.135 },
  { name: "Oog in Al", lat: 52.088, lng: 5.085 },
  { name: "Transwijk", lat: 52.078, lng: 5.103 },
] as const;

const ACTIVITIES = [
  "Taalcafé",
  "Buurtmaaltijd",
  "Schuldhulpmaatje",
  "Wandelgroep",
  "Huiswerkbegeleiding",
  "Repair Café",
  "Mantelzorgcafé",
  "Koffieochtend",
  "Formulierenhulp",
  "Buurtmoestuin",
  "Sportinstuif",
  "Digicafé",
] as const;

const STATUS_WEIGHTS: Weighted<MatchInitiativeStatus> = [
  ["published", 80],
  ["paused", 6],
  ["draft", 5],
  ["submitted", 4],
  ["archived", 5],
];

const EXTRA_DOMAIN_COUNT_WEIGHTS: Weighted<number> = [
  [0, 45],
  [1, 35],
  [2, 15],
  [3, 5],
];

/** Welfare initiatives cluster in the social domains. */
const DOMAIN_WEIGHTS: Weighted<LifeDomain> = [
  ["social_network", 20],
  ["daytime_activities", 16],
  ["community_participation", 14],
  ["finances", 10],
  ["mental_health", 8],
  ["physical_health", 8],
  ["work_education", 7],
  ["instrumental_adl", 5],
  ["domestic_relations", 4],
  ["housing", 3],
  ["basic_adl", 2],
  ["substance_use", 2],
  ["justice", 1],
];

const SPECIFIC_GROUPS: readonly TargetGroup[] = ["elderly", "youth", "families", "newcomers", "carers", "disability"];

const WEEKDAY_WEIGHTS: Weighted<Weekday> = [
  [1, 6],
  [2, 7],
  [3, 7],
  [4, 7],
  [5, 5],
  [6, 2],
  [7, 1],
];

const OTHER_LANGUAGES = ["en", "ar", "tr", "pl", "uk", "ti", "so", "fa"] as const;

const FREE_WEIGHTS: Weighted<boolean | null> = [
  [true, 60],
  [false, 28],
  [null, 12],
];

const WHEELCHAIR_WEIGHTS: Weighted<boolean | null> = [
  [true, 55],
  [false, 20],
  [null, 25],
];

const HEARING_LOOP_WEIGHTS: Weighted<boolean | null> = [
  [true, 20],
  [false, 35],
  [null, 45],
];
