import { describe, expect, it } from "vitest";
import { fewestCalendarDaysFor, isWorkingDay, workingDaysBetween } from "./working-days.server";

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

  it("ignores the time of day and takes the date in Amsterdam", () => {
    expect(workingDaysBetween(new Date("2026-11-23T22:59:00Z"), new Date("2026-11-23T23:01:00Z"))).toBe(1);
    // 23:30 UTC on Monday is already Tuesday in Amsterdam.
    expect(workingDaysBetween(new Date("2026-11-23T23:30:00Z"), new Date("2026-11-24T12:00:00Z"))).toBe(0);
  });

  it("skips Easter Monday (Tweede Paasdag)", () => {
    // 2026: Good Friday 3 April is a working day, Easter Monday 6 April is not.
    expect(workingDaysBetween(d("2026-04-02"), d("2026-04-07"))).toBe(2);
    expect(workingDaysBetween(d("2026-03-30"), d("2026-04-06"))).toBe(4);
    expect(isWorkingDay(d("2026-04-03"))).toBe(true);
    expect(isWorkingDay(d("2026-04-06"))).toBe(false);
  });

  it("skips Koningsdag, also when it moves to the Saturday before a Sunday 27 April", () => {
    // 2026-04-27 is a Monday.
    expect(isWorkingDay(d("2026-04-27"))).toBe(false);
    expect(workingDaysBetween(d("2026-04-24"), d("2026-04-28"))).toBe(1);
    // 2025: 27 April is a Sunday, Koningsdag is Saturday the 26th, so the week keeps five working days.
    expect(workingDaysBetween(d("2025-04-25"), d("2025-05-02"))).toBe(5);
  });

  it("takes five working days from a referral sent before Easter and Koningsdag 2026", () => {
    // Sent Thursday 23 April 2026: Fri 24, (Koningsdag Mon 27), Tue 28, Wed 29, Thu 30, Fri 1 May.
    expect(workingDaysBetween(d("2026-04-23"), d("2026-04-30"))).toBe(4);
    expect(workingDaysBetween(d("2026-04-23"), d("2026-05-01"))).toBe(5);
  });

  it("skips Hemelvaart, Pinksteren, Kerst and Nieuwjaarsdag", () => {
    for (const holiday of ["2026-05-14", "2026-05-25", "2026-12-25", "2027-01-01"]) expect(isWorkingDay(d(holiday))).toBe(false);
    // Christmas 2026: Friday 25 December; Saturday 26 is at the weekend anyway.
    expect(workingDaysBetween(d("2026-12-24"), d("2026-12-31"))).toBe(4);
    expect(workingDaysBetween(d("2026-12-31"), d("2027-01-04"))).toBe(1);
  });

  it("treats Bevrijdingsdag as configured: every five years, always or never", () => {
    expect(isWorkingDay(d("2025-05-05"), "lustrum")).toBe(false);
    expect(isWorkingDay(d("2026-05-05"), "lustrum")).toBe(true);
    expect(isWorkingDay(d("2030-05-06"), "lustrum")).toBe(true);
    expect(isWorkingDay(d("2026-05-05"), "always")).toBe(false);
    expect(isWorkingDay(d("2025-05-05"), "never")).toBe(true);
    expect(workingDaysBetween(d("2025-05-02"), d("2025-05-09"), "lustrum")).toBe(4);
    expect(workingDaysBetween(d("2025-05-02"), d("2025-05-09"), "never")).toBe(5);
  });

  it("is never more than the weekdays in the span, and never negative, over years", () => {
    const start = d("2024-12-20");
    let previous = 0;
    for (let offset = 0; offset < 800; offset += 7) {
      const end = new Date(start.getTime() + offset * 86_400_000);
      const counted = workingDaysBetween(start, end);
      expect(counted).toBeGreaterThanOrEqual(previous);
      expect(counted).toBeLessThanOrEqual((offset / 7) * 5);
      previous = counted;
    }
  });

  it("agrees with asking day by day whether each date is a working day", () => {
    const start = d("2025-12-20");
    let expected = 0;
    for (let offset = 1; offset < 200; offset++) {
      const day = new Date(start.getTime() + offset * 86_400_000);
      if (isWorkingDay(day)) expected++;
      expect(workingDaysBetween(start, day)).toBe(expected);
    }
  });
});

describe("fewestCalendarDaysFor", () => {
  it("never excludes a date that already has enough working days, whatever the time of day", () => {
    for (const workingDays of [5, 10]) {
      const bound = fewestCalendarDaysFor(workingDays) * 86_400_000;
      for (let startOffset = 0; startOffset < 7; startOffset++) {
        // Sent a minute before midnight in Amsterdam, checked just after midnight.
        const from = new Date(new Date("2026-11-23T22:59:00Z").getTime() + startOffset * 86_400_000);
        for (let hours = 0; hours < 24 * 14; hours++) {
          const to = new Date(from.getTime() + hours * 3_600_000 + 120_000);
          if (to.getTime() - from.getTime() < bound) expect(workingDaysBetween(from, to)).toBeLessThan(workingDays);
        }
      }
    }
  });

  it("is a real bound: some date at exactly that many days reaches the working days", () => {
    const from = new Date("2026-11-22T22:59:00Z"); // Sunday 23:59 in Amsterdam
    const to = new Date(from.getTime() + fewestCalendarDaysFor(5) * 86_400_000 + 3 * 60_000);
    expect(workingDaysBetween(from, to)).toBe(5);
  });
});
