/** Small deterministic helpers for the seeds: a seeded PRNG, slugs, dates. No Math.random. */
import { addDays, isoWeekday, todayInAmsterdam } from "../../../app/utils/dates";

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `n` distinct items, in a random order. */
  sample<T>(items: readonly T[], n: number): T[];
  chance(p: number): boolean;
};

/** mulberry32: tiny, fast and good enough for demo data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    sample: (items, n) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.max(0, Math.min(n, copy.length)));
    },
    chance: (p) => next() < p,
  };
}

/** FNV-1a: a stable 32-bit number for a string, to seed per-entity generators. */
function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A lucia-style id (16 chars, lower-case base32) that is stable for a given key. */
export function stableId(key: string): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  const rng = createRng(hashString(key));
  let id = "";
  for (let i = 0; i < 16; i++) id += alphabet[Math.floor(rng.next() * alphabet.length)];
  return id;
}

const DAY_MS = 86_400_000;

export function daysAgo(now: Date, days: number, hour = 10): Date {
  const d = new Date(now.getTime() - days * DAY_MS);
  d.setUTCHours(hour, 0, 0, 0);
  return d.getTime() > now.getTime() ? new Date(now.getTime() - 60_000) : d;
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

/** YYYY-MM-DD, `days` from now (negative = in the past). */
export function isoDate(now: Date, days: number): string {
  return addDays(todayInAmsterdam(now), days);
}

/** Days back that span `workingDays` Monday–Friday days before `now`. */
export function calendarDaysForWorkingDays(now: Date, workingDays: number): number {
  let days = 0;
  let counted = 0;
  const today = todayInAmsterdam(now);
  while (counted < workingDays) {
    days++;
    if (isoWeekday(addDays(today, -days)) <= 5) counted++;
  }
  return days;
}
