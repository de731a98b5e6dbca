import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dayNumber,
  formatDate,
  formatDateTime,
  isIsoDate,
  isoWeekday,
  machineDate,
  startOfAmsterdamDay,
  toAmsterdamDate,
  todayInAmsterdam,
} from "./dates";

// 00:30 on 15 June 2026 in Amsterdam (summer time), still 14 June in UTC.
const SUMMER_NIGHT = new Date("2026-06-14T22:30:00Z");
// 01:30 on 1 December 2026 in Amsterdam (winter time), still 30 November in UTC.
const WINTER_NIGHT = new Date("2026-12-01T00:30:00Z");

describe("today and calendar dates in Amsterdam", () => {
  it("takes the Amsterdam date of a moment, not the UTC one, in summer and in winter", () => {
    expect(todayInAmsterdam(SUMMER_NIGHT)).toBe("2026-06-15");
    expect(toAmsterdamDate(WINTER_NIGHT.getTime())).toBe("2026-12-01");
    expect(toAmsterdamDate(new Date("2026-06-15T21:59:59Z"))).toBe("2026-06-15");
    expect(toAmsterdamDate(new Date("2026-06-15T22:00:00Z"))).toBe("2026-06-16");
  });

  it("finds the moment a day starts on either side of the clock changes", () => {
    expect(startOfAmsterdamDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfAmsterdamDay("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfAmsterdamDay("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(startOfAmsterdamDay("2026-10-26").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("counts days and months on the calendar", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2024-02-29", -24)).toBe("2022-02-28");
    expect(addMonths("2026-11-30", 14)).toBe("2028-01-30");
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2026-11-30") - dayNumber("2026-11-23")).toBe(7);
    expect(isoWeekday("2026-11-23")).toBe(1);
    expect(isoWeekday("2026-11-29")).toBe(7);
  });

  it("accepts only real calendar dates", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    for (const bad of ["2026-02-29", "2026-13-01", "2026-1-1", "26-01-01", "", "2026-01-01T00:00", "２０２６-01-01", null, 20260101, "2026-01-01\n"]) {
      expect(isIsoDate(bad), String(bad)).toBe(false);
    }
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => toAmsterdamDate(new Date("garbage"))).toThrow(RangeError);
  });
});

describe("formatting", () => {
  it("shows a moment as its Amsterdam date and time, in Dutch and English", () => {
    expect(formatDate(SUMMER_NIGHT, "nl")).toBe("15 juni 2026");
    expect(formatDate(SUMMER_NIGHT, "en")).toBe("15 June 2026");
    expect(formatDate(SUMMER_NIGHT.toISOString(), "nl", "medium")).toBe("15 jun 2026");
    expect(formatDateTime(WINTER_NIGHT, "nl")).toMatch(/^1 dec 2026.*01:30$/);
  });

  it("shows a calendar date as it is, whatever the zone", () => {
    expect(formatDate("2026-12-01", "nl")).toBe("1 december 2026");
    expect(machineDate("2026-12-01")).toBe("2026-12-01");
    expect(machineDate(WINTER_NIGHT)).toBe("2026-12-01T00:30:00.000Z");
  });

  it("gives an empty string, not an error, for values that are no date", () => {
    for (const bad of ["", "garbage", "2026-02-30", "<script>", "9".repeat(10_000), Number.NaN, new Date(Number.NaN), Infinity]) {
      expect(formatDate(bad as string, "nl")).toBe("");
      expect(formatDateTime(bad as string, "en")).toBe("");
      expect(machineDate(bad as string)).toBe("");
    }
  });

  it("renders the same instant identically in processes running in UTC and in Pacific/Auckland", () => {
    const script = `import("${path.resolve("app/utils/dates.ts")}").then((m) => {
      const at = new Date("${WINTER_NIGHT.toISOString()}");
      console.log(JSON.stringify([m.todayInAmsterdam(at), m.formatDate(at, "nl"), m.formatDateTime(at, "en"), m.formatDate("2026-12-01", "nl")]));
    })`;
    const run = (tz: string) => {
      const child = spawnSync(path.resolve("node_modules/.bin/tsx"), ["-e", script], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
      expect(child.status, child.stderr).toBe(0);
      return JSON.parse(child.stdout.trim()) as string[];
    };
    const utc = run("UTC");
    expect(utc[0]).toBe("2026-12-01");
    expect(utc[1]).toBe("1 december 2026");
    expect(run("Pacific/Auckland")).toEqual(utc);
  });
});
