/**
 * When a listing is stale: its organisation has not confirmed it for STALE_AFTER_MONTHS. The
 * directory marks it, the dashboard asks to confirm it and matching ranks it a little lower.
 */
import { addMonths, startOfAmsterdamDay, toAmsterdamDate } from "~/utils/dates";

/** Listings not confirmed for this many months are stale. */
const STALE_AFTER_MONTHS = 6;

/** The first Amsterdam calendar date (YYYY-MM-DD) on which a confirmation still counts as fresh. */
export function freshSince(now: Date = new Date()): string {
  return addMonths(toAmsterdamDate(now), -STALE_AFTER_MONTHS);
}

/** Listings last confirmed before this moment are stale. */
export function staleBefore(now: Date = new Date()): Date {
  return startOfAmsterdamDay(freshSince(now));
}

export function isStale(lastConfirmedAt: Date, now: Date = new Date()): boolean {
  return lastConfirmedAt < staleBefore(now);
}
