import { describe, expect, it } from "vitest";
import { placesLeft, placesOf } from "./places";

describe("free places", () => {
  it("is capacity minus outside participants minus places taken, never below zero", () => {
    expect(placesLeft(12, 4, 2)).toBe(6);
    expect(placesLeft(5, 4, 3)).toBe(0);
    expect(placesLeft(0, 0, 0)).toBe(0);
  });

  it("is open to all without a capacity", () => {
    expect(placesLeft(null, 3, 2)).toBeNull();
    expect(placesOf(null, 3, 2)).toEqual({ kind: "open" });
  });

  it("shows a count while places are left and a waitlist when none are", () => {
    expect(placesOf(10, 3, 2)).toEqual({ kind: "available", count: 5 });
    expect(placesOf(3, 2, 1)).toEqual({ kind: "waitlist" });
    expect(placesOf(2, 5, 0)).toEqual({ kind: "waitlist" });
  });
});
