/**
 * Calendar feeds (RFC 5545): one recurring event per weekly slot, for a listing, a neighbourhood, or the
 * activities a resident volunteers for. ical-generator writes the file (CRLF, folding, escaping);
 * the times are wall-clock times in Europe/Amsterdam with a VTIMEZONE, so 10:00 stays 10:00 in
 * summer and winter whatever the server's own zone. An event's UID is its HSDS schedule id, so
 * the same slot keeps the same UID in every feed and after every restart.
 */
import ical, { ICalEventRepeatingFreq, type ICalWeekday } from "ical-generator";
import { cachedStatement } from "~/models/initiative.server";
import { formatPostcode } from "~/utils/geo";
import { DateTime } from "luxon";
import { firstOccurrence, icalDay, ZONE } from "./amsterdam-time";
import { childId, ensurePublicIds } from "./ids.server";
import { mappingContext } from "./api.server";
import { cacheableResponse } from "./response.server";

/** Europe/Amsterdam as it has been since 1996 (EU summer time: last Sunday of March to October). */
const AMSTERDAM_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Amsterdam",
  "X-LIC-LOCATION:Europe/Amsterdam",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

type Slot = [weekday: number, start: string, end: string];

export type CalendarListing = {
  publicId: string;
  slug: string;
  title: string;
  summary: string;
  address: string | null;
  postcode: string | null;
  isOnline: number;
  publishedAt: number | null;
  updatedAt: number;
  organisationName: string;
  slots: string;
};

const LISTING_COLUMNS = `i.public_id AS publicId, i.slug, i.title, i.summary, i.address, i.postcode, i.is_online AS isOnline,
  i.published_at AS publishedAt, i.updated_at AS updatedAt, o.name AS organisationName,
  (SELECT json_group_array(json_array(weekday, start_time, end_time))
     FROM (SELECT weekday, start_time, end_time FROM schedule_slots WHERE initiative_id = i.id ORDER BY weekday, start_time)) AS slots`;

const PUBLISHED_WITH_SLOTS = `i.status = 'published' AND EXISTS (SELECT 1 FROM schedule_slots s WHERE s.initiative_id = i.id)`;

function listings(where: string, ...params: unknown[]): CalendarListing[] {
  ensurePublicIds();
  return cachedStatement(
    `SELECT ${LISTING_COLUMNS} FROM initiatives i JOIN organisations o ON o.id = i.organisation_id
     WHERE ${PUBLISHED_WITH_SLOTS} AND ${where} ORDER BY i.title, i.id`,
  ).all(...params) as CalendarListing[];
}

/** A published listing with a schedule, by its slug; null otherwise. */
export const listingForCalendar = (slug: string) => listings("i.slug = ?", slug)[0] ?? null;

/** A neighbourhood's name and its published listings with a schedule; null for an unknown neighbourhood. */
export function neighbourhoodForCalendar(slug: string): { name: string; listings: CalendarListing[] } | null {
  const neighbourhood = cachedStatement("SELECT id, name FROM neighbourhoods WHERE slug = ?").get(slug) as { id: number; name: string } | undefined;
  return neighbourhood ? { name: neighbourhood.name, listings: listings("i.neighbourhood_id = ?", neighbourhood.id) } : null;
}

/** The published listings with a schedule that a resident volunteers for (accepted) or signed up for in the site. */
export const myActivitiesForCalendar = (userId: string) =>
  listings(
    `(i.id IN (SELECT initiative_id FROM volunteer_applications WHERE user_id = ? AND status = 'accepted')
      OR i.id IN (SELECT initiative_id FROM participations WHERE user_id = ? AND status = 'active'))`,
    userId,
    userId,
  );

export type CalendarOptions = { name: string; description: string; url: string; listings: CalendarListing[] };

/** The feed as text. Deterministic: the same data gives the same bytes (so ETags work). */
function buildCalendar(options: CalendarOptions): { text: string; lastModified: Date | undefined } {
  const { baseUrl, municipality } = mappingContext();
  const calendar = ical({
    prodId: { company: "Wijkmarkt", product: "Wijkmarkt", language: "NL" },
    name: options.name,
    description: options.description,
    url: options.url,
    // A refresh a few times a day keeps subscribers current without hammering the site.
    ttl: 6 * 60 * 60,
  });
  // No calendar-wide zone (that would write DTSTAMP without its Z): each event names its own.
  calendar.timezone({ name: null, generator: (zone) => (zone === ZONE ? AMSTERDAM_VTIMEZONE : null) });
  let latest = 0;
  for (const listing of options.listings) {
    latest = Math.max(latest, listing.updatedAt);
    const page = `${baseUrl}/initiatieven/${listing.slug}`;
    const place = listing.address
      ? [listing.address, [listing.postcode ? formatPostcode(listing.postcode) : null, municipality].filter(Boolean).join(" ")].join(", ")
      : listing.isOnline
        ? "Online"
        : undefined;
    const from = new Date(listing.publishedAt ?? listing.updatedAt);
    for (const [weekday, startTime, endTime] of JSON.parse(listing.slots) as Slot[]) {
      const start = firstOccurrence(from, weekday, startTime);
      let end = firstOccurrence(start.toJSDate(), weekday, endTime);
      // A slot past midnight ends the next day.
      if (end <= start) end = end.plus({ days: 1 });
      calendar.createEvent({
        id: `${childId(listing.publicId, "schedule", weekday, startTime, endTime)}@wijkmarkt`,
        stamp: new Date(listing.updatedAt),
        start: start as DateTime<true>,
        end: end as DateTime<true>,
        timezone: ZONE,
        repeating: { freq: ICalEventRepeatingFreq.WEEKLY, byDay: [icalDay(weekday) as ICalWeekday] },
        summary: listing.title,
        description: `${listing.summary}\n\n${listing.organisationName}\n${page}`,
        location: place,
        url: page,
      });
    }
  }
  return { text: calendar.toString(), lastModified: latest ? new Date(latest) : undefined };
}

/** A feed as an HTTP answer: text/calendar, cacheable with an ETag, 304 when unchanged. */
export function calendarResponse(request: Request, options: CalendarOptions & { filename: string; isPrivate?: boolean }): Response {
  const { text, lastModified } = buildCalendar(options);
  return cacheableResponse(request, text, {
    contentType: "text/calendar; charset=utf-8",
    lastModified,
    cacheControl: options.isPrivate ? "private, max-age=300" : "public, max-age=900",
    headers: {
      "Content-Disposition": `inline; filename="${options.filename}"`,
      ...(options.isPrivate ? { "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" } : {}),
    },
  });
}

export const calendarNotFound = () =>
  new Response("Deze agenda bestaat niet (meer). This calendar does not exist.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
