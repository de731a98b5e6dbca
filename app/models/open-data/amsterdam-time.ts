/**
 * Times of the week in the municipality's own zone. Slots are stored as wall-clock times
 * ("10:00" on Tuesdays); what they mean as an instant depends on the date (CET or CEST), never on
 * the zone of the server, so every conversion names Europe/Amsterdam explicitly.
 */
import { DateTime } from "luxon";

export const ZONE = "Europe/Amsterdam";

/** "YYYY-MM-DD" of an instant, in Amsterdam. */
export function amsterdamDate(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: ZONE }).toISODate()!;
}

/** The UTC offset in Amsterdam at an instant: "+01:00" in winter, "+02:00" in summer. */
export function amsterdamOffset(instant: Date): { text: string; hours: number } {
  const moment = DateTime.fromJSDate(instant, { zone: ZONE });
  return { text: moment.toFormat("ZZ"), hours: moment.offset / 60 };
}

/**
 * The first time a weekly slot happens on or after a day: weekday 1 (Monday) … 7 (Sunday) at the
 * wall-clock time "HH:MM" in Amsterdam.
 */
export function firstOccurrence(from: Date, weekday: number, time: string): DateTime {
  const [hour, minute] = time.split(":").map(Number);
  const day = DateTime.fromJSDate(from, { zone: ZONE }).startOf("day");
  const ahead = (weekday - day.weekday + 7) % 7;
  return day.plus({ days: ahead }).set({ hour, minute, second: 0, millisecond: 0 });
}

/** ISO weekday → the two letters of iCalendar and HSDS (MO … SU). */
const ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export const icalDay = (weekday: number) => ICAL_DAYS[weekday - 1]!;
