import { describe, expect, it } from "vitest";
import { freshSince, isStale, staleBefore } from "./freshness";

describe("stale listings", () => {
  const now = new Date("2026-11-25T12:00:00Z");

  it("are those last confirmed before the Amsterdam day six months ago", () => {
    expect(freshSince(now)).toBe("2026-05-25");
    expect(staleBefore(now).toISOString()).toBe("2026-05-24T22:00:00.000Z");
    expect(isStale(new Date("2026-05-24T21:59:59Z"), now)).toBe(true);
    expect(isStale(new Date("2026-05-24T22:00:00Z"), now)).toBe(false);
  });

  it("count months on the Amsterdam calendar at the end of a month", () => {
    expect(freshSince(new Date("2026-08-31T10:00:00Z"))).toBe("2026-02-28");
  });
});
