import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify } from "./slug";

describe("slugify", () => {
  it("keeps letters and digits, drops accents and apostrophes, joins the rest with one hyphen", () => {
    expect(slugify("  Café ’t Hoekje!! ")).toBe("cafe-t-hoekje");
    expect(slugify("Buurtmoestuin Café’s & Co")).toBe("buurtmoestuin-cafes-co");
  });

  it("leaves nothing of input without readable characters", () => {
    expect(slugify("")).toBe("");
    expect(slugify("!!! ??? ---")).toBe("");
    expect(slugify("日本語 🙂")).toBe("");
    expect(slugify("<script>alert(1)</script>")).toBe("script-alert-1-script");
  });

  it("cuts long titles at 60 characters without a trailing hyphen", () => {
    const slug = slugify(`${"a".repeat(59)} b ${"c".repeat(500)}`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("firstFreeSlug", () => {
  it("takes the base when free, else the first free number from 2", () => {
    expect(firstFreeSlug("x", new Set())).toBe("x");
    expect(firstFreeSlug("x", new Set(["x", "x-2", "x-4"]))).toBe("x-3");
    expect(firstFreeSlug("x", new Set(["x-2"]))).toBe("x");
  });
});
