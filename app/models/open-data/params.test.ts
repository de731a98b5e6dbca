import { describe, expect, it } from "vitest";
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, MAX_PROXIMITY_M, parseListParams } from "./params";

const parse = (query: string) => parseListParams(new URLSearchParams(query));

describe("API query parameters", () => {
  it("without any, asks for the first page of the default size", () => {
    expect(parse("")).toMatchObject({ ok: true, value: { page: 1, perPage: DEFAULT_PER_PAGE, format: "json", minimal: false, full: false } });
  });

  it("reads what a client sends, trimmed and in any case", () => {
    const parsed = parse("page= 2 &per_page=10&format=NDJSON&minimal=TRUE&full=0&taxonomy_id=6B0F5C2E-3D8A-4F6E-9C1B-7A2D4E8F0B13&search=  taal ");
    expect(parsed).toMatchObject({
      ok: true,
      value: { page: 2, perPage: 10, format: "ndjson", minimal: true, full: false, taxonomyId: "6b0f5c2e-3d8a-4f6e-9c1b-7a2d4e8f0b13", search: "taal" },
    });
  });

  it("cuts per_page and proximity to their maximum", () => {
    expect(parse("per_page=500")).toMatchObject({ ok: true, value: { perPage: MAX_PER_PAGE } });
    expect(parse("postcode=3562&proximity=99999999")).toMatchObject({ ok: true, value: { proximityM: MAX_PROXIMITY_M } });
  });

  it("accepts a date or a date-time with offset for modified_after", () => {
    const date = parse("modified_after=2026-03-29");
    expect(date.ok && date.value.modifiedAfter?.toISOString()).toBe("2026-03-29T00:00:00.000Z");
    const withOffset = parse("modified_after=2026-03-29T10:00:00%2B02:00");
    expect(withOffset.ok && withOffset.value.modifiedAfter?.toISOString()).toBe("2026-03-29T08:00:00.000Z");
  });

  it.each([
    ["page=💩", "page"],
    ["page=1e3", "page"],
    ["page=0x10", "page"],
    ["per_page=-0", "per_page"],
    ["format=xml", "format"],
    ["minimal=yes please", "minimal"],
    ["full_service=2", "full_service"],
    ["organization_id=../../etc/passwd", "organization_id"],
    ["parent_id=" + "a".repeat(5000), "parent_id"],
    ["modified_after=1711700000", "modified_after"],
    ["modified_after=2026-02-30T25:00:00Z", "modified_after"],
    ["proximity=100", "proximity"],
  ])("refuses %s, naming %s", (query, name) => {
    const parsed = parse(query);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message.startsWith(name)).toBe(true);
      expect(parsed.message.length).toBeLessThan(200);
    }
  });

  it("keeps a very long search to a bounded length", () => {
    const parsed = parse(`search=${"taal ".repeat(1000)}`);
    expect(parsed.ok && parsed.value.search!.length).toBeLessThanOrEqual(200);
  });
});
