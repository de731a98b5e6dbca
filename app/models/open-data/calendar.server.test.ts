// The server runs in UTC in production; these tests do too, so no local zone can hide a mistake.
process.env.TZ = "UTC";

import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { calendarFeeds, initiatives, volunteerApplications } from "~db/schema";
import { db } from "~/utils/db.server";
import { loader as feedLoader } from "~/routes/agenda.$token.vrijwilligerswerk[.]ics";
import { loader as listingLoader } from "~/routes/initiatieven.$slug_.agenda[.]ics";
import { loader as neighbourhoodLoader } from "~/routes/wijken.$slug_.agenda[.]ics";
import { createInitiative, createNeighbourhood, createOrganisation, createUser } from "#tests/factories/core";
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed } from "./calendar-feed.server";
import { childId } from "./ids.server";

type Loader = (args: { request: Request; params: Record<string, string>; context: object }) => Response;

function fetchFeed(loader: Loader, path: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  return loader({ request: new Request(`http://localhost:3000${path}`, { headers }), params, context: {} });
}

/** Parses a feed with ical.js (an independent implementation) and registers its time zones. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar;
}

/** The first `count` occurrences of an event, as instants. */
function occurrences(event: ICAL.Component, count: number): Date[] {
  const iterator = new ICAL.Event(event).iterator();
  const found: Date[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) found.push(next.toJSDate());
  return found;
}

const neighbourhood = createNeighbourhood({ name: "Zuilen" });
const organisation = createOrganisation({ name: "Buurthuis De Schakel" });
// Published on Tuesday 10 March 2026, before summer time starts (29 March) and ends (25 October).
const tuesdays = createInitiative(organisation.id, {
  title: "Koffieochtend",
  neighbourhoodId: neighbourhood.id,
  at: [52.1, 5.1],
  slots: [
    [2, "10:00", "12:00"],
    [5, "19:30", "21:00"],
  ],
  publishedAt: new Date("2026-03-10T08:00:00Z"),
});
const draft = createInitiative(organisation.id, { title: "Nog niet af", status: "draft", neighbourhoodId: neighbourhood.id, slots: [[3, "09:00", "10:00"]] });
const noSchedule = createInitiative(organisation.id, { title: "Op afspraak", neighbourhoodId: neighbourhood.id });

let feedText = "";
let response: Response;
beforeAll(async () => {
  response = fetchFeed(listingLoader as Loader, `/initiatieven/${tuesdays.slug}/agenda.ics`, { slug: tuesdays.slug });
  feedText = await response.text();
});

describe("the calendar of one listing", () => {
  it("is an iCalendar file with CRLF lines folded at 75 octets", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(feedText.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(feedText.replaceAll("\r\n", "")).not.toContain("\n");
    for (const line of feedText.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("has one weekly event per slot, starting at the first real occurrence in Amsterdam time", () => {
    expect(feedText).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam");
    expect(feedText).toContain("DTSTART;TZID=Europe/Amsterdam:20260310T100000");
    expect(feedText).toContain("DTEND;TZID=Europe/Amsterdam:20260310T120000");
    expect(feedText).toContain("RRULE:FREQ=WEEKLY;BYDAY=TU");
    // The Friday slot's first occurrence is the Friday after publication.
    expect(feedText).toContain("DTSTART;TZID=Europe/Amsterdam:20260313T193000");
    expect(feedText).toContain("RRULE:FREQ=WEEKLY;BYDAY=FR");
    expect(feedText).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    expect(parse(feedText).getAllSubcomponents("vevent")).toHaveLength(2);
  });

  it("keeps 10:00 at 10:00 Dutch time on both sides of both daylight-saving changes", () => {
    const event = parse(feedText)
      .getAllSubcomponents("vevent")
      .find((e) => e.getFirstPropertyValue("rrule")!.toString().includes("TU"))!;
    const times = occurrences(event, 40).map((date) => date.toISOString());
    // Winter (CET, UTC+1): 09:00Z. Summer (CEST, UTC+2): 08:00Z.
    expect(times).toContain("2026-03-24T09:00:00.000Z");
    expect(times).toContain("2026-03-31T08:00:00.000Z");
    expect(times).toContain("2026-10-20T08:00:00.000Z");
    expect(times).toContain("2026-10-27T09:00:00.000Z");
    expect(times[0]).toBe("2026-03-10T09:00:00.000Z");
  });

  it("gives each slot a UID that stays the same and equals its HSDS schedule id", async () => {
    const again = await fetchFeed(listingLoader as Loader, "/x", { slug: tuesdays.slug }).text();
    const uids = (text: string) =>
      parse(text)
        .getAllSubcomponents("vevent")
        .map((e) => String(e.getFirstPropertyValue("uid")));
    expect(uids(again)).toEqual(uids(feedText));
    const [publicId] = db.select({ publicId: initiatives.publicId }).from(initiatives).where(eq(initiatives.id, tuesdays.id)).all();
    expect(uids(feedText)).toContain(`${childId(publicId!.publicId!, "schedule", 2, "10:00", "12:00")}@wijkmarkt`);
  });

  it("answers 304 when the client already has this version", () => {
    const etag = response.headers.get("ETag")!;
    const cached = fetchFeed(listingLoader as Loader, "/x", { slug: tuesdays.slug }, { "If-None-Match": etag });
    expect(cached.status).toBe(304);
  });

  it("does not exist for a draft, a listing without fixed times, or a made-up slug", () => {
    for (const slug of [draft.slug, noSchedule.slug, "bestaat-niet", "../../etc"]) {
      expect(fetchFeed(listingLoader as Loader, "/x", { slug }).status).toBe(404);
    }
  });
});

describe("the calendar of a wijk", () => {
  it("holds every published activity with a schedule in the wijk, and nothing else", async () => {
    const text = await fetchFeed(neighbourhoodLoader as Loader, `/wijken/${neighbourhood.slug}/agenda.ics`, { slug: neighbourhood.slug }).text();
    const summaries = parse(text)
      .getAllSubcomponents("vevent")
      .map((e) => e.getFirstPropertyValue("summary"));
    expect(summaries).toEqual(["Koffieochtend", "Koffieochtend"]);
    expect(text).toContain("X-WR-CALNAME:Activiteiten in Zuilen · Wijkmarkt");
    expect(fetchFeed(neighbourhoodLoader as Loader, "/x", { slug: "geen-wijk" }).status).toBe(404);
  });
});

describe("a resident's private feed", () => {
  const resident = createUser({ name: "Sanne" });
  const accepted = createInitiative(organisation.id, { title: "Taalmaatje", kind: "volunteers", slots: [[1, "14:00", "15:00"]] });
  const pending = createInitiative(organisation.id, { title: "Tuinieren", kind: "volunteers", slots: [[6, "10:00", "12:00"]] });
  db.insert(volunteerApplications)
    .values([
      { initiativeId: accepted.id, userId: resident.id, status: "accepted" },
      { initiativeId: pending.id, userId: resident.id, status: "pending" },
    ])
    .run();
  const open = (path: string) => {
    const token = path.split("/")[2]!;
    return fetchFeed(feedLoader as Loader, path, { token });
  };

  it("lists the activities they were accepted for, under a secret that is stored only as a hash", async () => {
    const { path } = createCalendarFeed(resident);
    const feed = open(path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("Cache-Control")).toBe("private, max-age=300");
    const summaries = parse(await feed.text())
      .getAllSubcomponents("vevent")
      .map((e) => e.getFirstPropertyValue("summary"));
    expect(summaries).toEqual(["Taalmaatje"]);
    const stored = db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, resident.id)).get()!;
    expect(path).not.toContain(stored.tokenHash);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(getCalendarFeed(resident)?.lastUsedAt).not.toBeNull();
  });

  it("stops working when a new address is made or the address is revoked", () => {
    const first = createCalendarFeed(resident).path;
    const second = createCalendarFeed(resident).path;
    expect(open(first).status).toBe(404);
    expect(open(second).status).toBe(200);
    expect(revokeCalendarFeed(resident)).toEqual({ ok: true });
    expect(open(second).status).toBe(404);
    expect(revokeCalendarFeed(resident)).toEqual({ ok: false, error: "none" });
    expect(getCalendarFeed(resident)).toBeNull();
  });

  it("refuses guessed and malformed secrets", () => {
    for (const token of ["", "x", "a".repeat(43), "'; DROP TABLE users; --", "%00".repeat(20)]) {
      expect(fetchFeed(feedLoader as Loader, "/x", { token }).status).toBe(404);
    }
  });
});
