/**
 * Working days (Monday to Friday) for response deadlines: "not answered in 5 / 10 working days".
 * Public holidays are not counted out; days are Amsterdam calendar days (app/utils/dates.ts), so a
 * referral sent at 00:30 Dutch time on a Monday counts from Monday, whatever the server's zone.
 */
import { dayNumber, toAmsterdamDate } from "./dates";

/** Days since 1970-01-01 (a Thursday) of the Amsterdam calendar date of `date`. */
function amsterdamDayNumber(date: Date) {
  return dayNumber(toAmsterdamDate(date));
}

/** Working days from day 0 (Thursday 1970-01-01) up to and including `day`. */
function workingDaysUpTo(day: number) {
  // Shift so that index 0 is a Monday (1970-01-05 is day 4).
  const shifted = day - 4;
  const weeks = Math.floor(shifted / 7);
  const rest = shifted - weeks * 7; // 0 = Monday … 6 = Sunday
  return weeks * 5 + Math.min(rest + 1, 5);
}

/**
 * The number of working days after `from`'s date up to and including `to`'s date: sent on a
 * Friday, the next Monday is 1 working day later. Zero when `to` is not after `from`.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = amsterdamDayNumber(from);
  const end = amsterdamDayNumber(to);
  if (end <= start) return 0;
  return workingDaysUpTo(end) - workingDaysUpTo(start);
}

/**
 * A lower bound on the calendar days in which `workingDays` working days can pass, so a database
 * query can pre-select candidates (sent at least this long ago) before `workingDaysBetween` decides.
 */
export function fewestCalendarDaysFor(workingDays: number) {
  return Math.floor(workingDays / 5) * 7 + (workingDays % 5) - 2;
}
