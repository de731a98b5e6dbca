/**
 * Working days for response deadlines: "not answered in 5 / 10 working days". Weekends and Dutch
 * public holidays do not count. The holidays come from the `date-holidays` library (its Dutch
 * calendar, kept up to date by its maintainers), never from a list of our own. Bevrijdingsdag is a
 * day off only in some years: every five years (2025, 2030, …) by default, or as configured with
 * HOLIDAY_LIBERATION_DAY. Calendar dates are those in Europe/Amsterdam.
 */
import Holidays from "date-holidays";
import { dayNumber as isoDayNumber, toAmsterdamDate } from "./dates";
import { getEnv } from "./env.server";

export type LiberationDayRule = "lustrum" | "always" | "never";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days since 1970-01-01 (a Thursday) of the Amsterdam calendar date of `date`. */
function dayNumber(date: Date) {
  return isoDayNumber(toAmsterdamDate(date));
}

/** Working days Monday to Friday from day 0 (Thursday 1970-01-01) up to and including `day`. */
function weekdaysUpTo(day: number) {
  // Shift so that index 0 is a Monday (1970-01-05 is day 4).
  const shifted = day - 4;
  const weeks = Math.floor(shifted / 7);
  const rest = shifted - weeks * 7; // 0 = Monday … 6 = Sunday
  return weeks * 5 + Math.min(rest + 1, 5);
}

function isWeekday(day: number) {
  const weekday = (((day - 4) % 7) + 7) % 7; // 0 = Monday
  return weekday < 5;
}

const netherlands = new Holidays("NL");
const holidayCache = new Map<string, number[]>();

/** The day numbers of the year's public holidays that fall on a weekday. */
function weekdayHolidays(year: number, liberationDay: LiberationDayRule): number[] {
  const key = `${year}:${liberationDay}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;
  const liberationDayOff = liberationDay === "always" || (liberationDay === "lustrum" && year % 5 === 0);
  const days = netherlands
    .getHolidays(year)
    .filter((holiday) => holiday.type === "public" || (liberationDayOff && holiday.date.slice(5, 10) === "05-05"))
    .map((holiday) => Math.floor(Date.UTC(year, Number(holiday.date.slice(5, 7)) - 1, Number(holiday.date.slice(8, 10))) / DAY_MS))
    .filter(isWeekday);
  const unique = [...new Set(days)];
  holidayCache.set(key, unique);
  return unique;
}

function yearOf(day: number) {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Is this Amsterdam calendar date a working day: a weekday that is no public holiday. */
export function isWorkingDay(date: Date, liberationDay: LiberationDayRule = getEnv().HOLIDAY_LIBERATION_DAY): boolean {
  const day = dayNumber(date);
  return isWeekday(day) && !weekdayHolidays(yearOf(day), liberationDay).includes(day);
}

/**
 * The number of working days after `from`'s date up to and including `to`'s date: sent on a
 * Friday, the next Monday is 1 working day later; sent before Koningsdag on a Friday… the Monday
 * after is still one. Zero when `to` is not after `from`.
 */
export function workingDaysBetween(from: Date, to: Date, liberationDay: LiberationDayRule = getEnv().HOLIDAY_LIBERATION_DAY): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end <= start) return 0;
  let holidays = 0;
  for (let year = yearOf(start); year <= yearOf(end); year++) {
    for (const day of weekdayHolidays(year, liberationDay)) if (day > start && day <= end) holidays++;
  }
  return weekdaysUpTo(end) - weekdaysUpTo(start) - holidays;
}

/**
 * A lower bound on the calendar days in which `workingDays` working days can pass, so a database
 * query can pre-select candidates (sent at least this long ago) before `workingDaysBetween` decides.
 * Holidays only lengthen the wait, so the bound holds with them too. Sent late on a Sunday, five
 * working days have passed early on Friday: less than five whole days, hence one day of slack.
 */
export function fewestCalendarDaysFor(workingDays: number) {
  return Math.floor(workingDays / 5) * 7 + (workingDays % 5) - 3;
}
