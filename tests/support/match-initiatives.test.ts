import { describe, expect, it } from "vitest";
import { generateMatchInitiatives } from "./match-initiatives";

describe("generateMatchInitiatives", () => {
  it("is deterministic per seed", () => {
    expect(generateMatchInitiatives(200, 1)).toEqual(generateMatchInitiatives(200, 1));
    expect(generateMatchInitiatives(200, 1)).not.toEqual(generateMatchInitiatives(200, 2));
  });

  it("produces plausible listings around Utrecht", () => {
    const initiatives = generateMatchInitiatives(1000, 5);
    expect(initiatives.map((i) => i.id)).toEqual(Array.from({ length: 1000 }, (_, k) => k + 1));
    for (const initiative of initiatives) {
      expect(initiative.domains.length).toBeGreaterThan(0);
      expect(new Set(initiative.domains).size).toBe(initiative.domains.length);
      if (initiative.lat === null || initiative.lng === null) {
        expect(initiative.lat).toBe(initiative.lng);
        expect(initiative.isOnline).toBe(true);
      } else {
        expect(initiative.lat).toBeGreaterThanOrEqual(52.05);
        expect(initiative.lat).toBeLessThanOrEqual(52.13);
        expect(initiative.lng).toBeGreaterThanOrEqual(5.02);
        expect(initiative.lng).toBeLessThanOrEqual(5.18);
      }
    }
    const published = initiatives.filter((i) => i.status === "published").length;
    expect(published).toBeGreaterThan(700);
    expect(published).toBeLessThan(900);
  });
});
