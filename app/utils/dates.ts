/**
 * Every calendar date in Wijkmarkt is a date in Amsterdam (docs/decisions/007-retention-and-dates.md):
 * "today", a consent date, a review date, a date shown on a page. The server's own time zone and UTC
 * never decide, so a consent given at 00:30 Dutch time is "today", and a page renders the same
 * date on the server and in the browser (no hydration mismatch).
 *
 * Calendar dates travel as `YYYY-MM-DD` text; moments as Date or milliseconds.
 */

const TIME_ZONE = "Europe/Amsterdam";

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const calendarParts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

function toMoment(value: Date | number): Date | null {
  const date = typeof value === "number" ? new Date(value) : value;
  return date instanceof Date && Number.isFinite(date.getTime()) ? date : null;
}

/** The Amsterdam calendar date of a moment, as YYYY-MM-DD. Throws on an invalid moment. */
export function toAmsterdamDate(value: Date | number): string {
  const moment = toMoment(value);
  if (!moment) throw new RangeError("Not a valid moment");
  const parts = Object.fromEntries(calendarParts.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today in Amsterdam, as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date | number = Date.now()): string {
  return toAmsterdamDate(now);
}

/** Whether `value` is a real calendar date written as YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function utcNoon(isoDate: string): Date {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not a calendar date: ${JSON.stringify(isoDate).slice(0, 40)}`);
  return new Date(`${isoDate}T12:00:00Z`);
}

/** Days since 1970-01-01 (a Thursday) of a calendar date: for counting days between dates. */
export function dayNumber(isoDate: string): number {
  return Math.floor(utcNoon(isoDate).getTime() / DAY_MS);
}

/** The calendar date `days` later (or earlier when negative). */
export function addDays(isoDate: string, days: number): string {
  return new Date(utcNoon(isoDate).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date `months` later (or earlier), kept within the month: 31 March − 1 month is 28/29 February. */
export function addMonths(isoDate: string, months: number): string {
  const date = utcNoon(isoDate);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  return ((dayNumber(isoDate) + 3) % 7) + 1;
}

/** The moment a calendar date begins in Amsterdam (00:00 local time, summer or winter). */
export function startOfAmsterdamDay(isoDate: string): Date {
  const noon = utcNoon(isoDate).getTime();
  // Amsterdam is UTC+1 or UTC+2: try both offsets and keep the one that is midnight there.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(noon - (12 + offsetHours) * 60 * 60 * 1000);
    if (toAmsterdamDate(candidate) === isoDate && toAmsterdamDate(candidate.getTime() - 1) !== isoDate) return candidate;
  }
  throw new RangeError(`No start of day for ${isoDate}`);
}

/** Intl locale of a site language: Dutch unless English. */
function intlLocale(language: string): string {
  return language === "en" ? "en-GB" : "nl-NL";
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(intlLocale(locale), options)));
  return found;
}

/** A calendar date (YYYY-MM-DD) or a moment (Date, milliseconds, or a serialised date-time string). */
export type DateValue = Date | number | string;

/**
 * A YYYY-MM-DD string is a calendar date and is shown as it is; anything else is a moment, shown
 * as its date in Amsterdam. Null for values that are neither.
 */
function resolve(value: DateValue): { at: Date; timeZone: string } | null {
  if (typeof value === "string") {
    if (ISO_DATE.test(value)) return isIsoDate(value) ? { at: utcNoon(value), timeZone: "UTC" } : null;
    const moment = toMoment(new Date(value));
    return moment ? { at: moment, timeZone: TIME_ZONE } : null;
  }
  const moment = toMoment(value);
  return moment ? { at: moment, timeZone: TIME_ZONE } : null;
}

/**
 * "25 november 2026" / "25 November 2026" (style "long"), or "25 nov 2026" (style "medium"), in the
 * reader's language. An unreadable value gives an empty string rather than an error on the page.
 */
export function formatDate(value: DateValue, locale: string, style: "long" | "medium" = "long"): string {
  const resolved = resolve(value);
  if (!resolved) return "";
  return formatter(locale, { dateStyle: style, timeZone: resolved.timeZone }).format(resolved.at);
}

/** "25 nov 2026 14:05": a moment with its Amsterdam time. */
export function formatDateTime(value: Date | number | string, locale: string): string {
  const resolved = resolve(value);
  if (!resolved) return "";
  return formatter(locale, { dateStyle: "medium", timeStyle: "short", timeZone: resolved.timeZone }).format(resolved.at);
}

/** The machine-readable form for `<time dateTime>`: the calendar date, or the moment in ISO 8601. */
export function machineDate(value: DateValue): string {
  const resolved = resolve(value);
  if (!resolved) return "";
  return resolved.timeZone === "UTC" ? resolved.at.toISOString().slice(0, 10) : resolved.at.toISOString();
}
