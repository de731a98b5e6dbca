import { describe, expect, it } from "vitest";
import { fewestCalendarDaysFor, workingDaysBetween } from "./working-days";

const d = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("workingDaysBetween", () => {
  it("counts Monday to Friday after the start day, up to and including the end day", () => {
    // 2026-11-23 is a Monday.
    expect(workingDaysBetween(d("2026-11-23"), d("2026-11-24"))).toBe(1);
    expect(workingDaysBetween(d("2026-11-23"), d("2026-11-27"))).toBe(4);
    expect(workingDaysBetween(d("2026-11-23"), d("2026-11-30"))).toBe(5);
  });

  it("skips weekends: Friday to Monday is one working day", () => {
    expect(workingDaysBetween(d("2026-11-27"), d("2026-11-30"))).toBe(1);
    expect(workingDaysBetween(d("2026-11-27"), d("2026-11-29"))).toBe(0);
  });

  it("counts a referral sent at the weekend from the Monday after", () => {
    expect(workingDaysBetween(d("2026-11-28"), d("2026-11-30"))).toBe(1);
    expect(workingDaysBetween(d("2026-11-29"), d("2026-12-11"))).toBe(10);
  });

  it("is two weeks for ten working days", () => {
    expect(workingDaysBetween(d("2026-11-23"), d("2026-12-07"))).toBe(10);
    expect(workingDaysBetween(d("2026-11-23"), d("2026-12-04"))).toBe(9);
  });

  it("is zero for the same day or an end before the start", () => {
    expect(workingDaysBetween(d("2026-11-23"), d("2026-11-23"))).toBe(0);
    expect(workingDaysBetween(d("2026-11-30"), d("2026-11-23"))).toBe(0);
  });

  it("ignores the time of day, counting Amsterdam calendar days", () => {
    expect(workingDaysBetween(new Date("2026-11-23T23:59:00+01:00"), new Date("2026-11-24T00:01:00+01:00"))).toBe(1);
    // Sunday 23:30 UTC is Monday 00:30 in Amsterdam: sent on Monday, Tuesday is one working day later.
    expect(workingDaysBetween(new Date("2026-11-29T23:30:00Z"), new Date("2026-12-01T09:00:00+01:00"))).toBe(1);
    // Summer time: 22:30 UTC on Friday 12 June is Saturday 00:30 there, so Monday is the first working day.
    expect(workingDaysBetween(new Date("2026-06-12T22:30:00Z"), new Date("2026-06-15T09:00:00+02:00"))).toBe(1);
  });

  it("agrees with counting day by day over a long span", () => {
    const start = d("2025-12-31");
    for (let offset = 0; offset < 60; offset++) {
      const end = new Date(start.getTime() + offset * 86_400_000);
      let expected = 0;
      for (let i = 1; i <= offset; i++) {
        const day = new Date(start.getTime() + i * 86_400_000).getUTCDay();
        if (day !== 0 && day !== 6) expected++;
      }
      expect(workingDaysBetween(start, end)).toBe(expected);
    }
  });
});

describe("fewestCalendarDaysFor", () => {
  it("never excludes a date that already has enough working days", () => {
    for (const workingDays of [5, 10]) {
      const bound = fewestCalendarDaysFor(workingDays);
      for (let startOffset = 0; startOffset < 7; startOffset++) {
        const from = new Date(d("2026-11-23").getTime() + startOffset * 86_400_000);
        const to = new Date(from.getTime() + (bound - 1) * 86_400_000);
        expect(workingDaysBetween(from, to)).toBeLessThan(workingDays);
      }
    }
  });
});
