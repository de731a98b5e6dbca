/**
 * Working days (Monday to Friday) for response deadlines: "not answered in 5 / 10 working days".
 * Public holidays are not counted out; dates are taken in UTC so the answer does not depend on
 * the server's time zone.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 (a Thursday) of the UTC calendar date of `date`. */
function dayNumber(date: Date) {
  return Math.floor(date.getTime() / DAY_MS);
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
  const start = dayNumber(from);
  const end = dayNumber(to);
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
