import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams } from "~/schemas/search";
import { createInitiative, createNeighbourhood, createOrganisation } from "#tests/factories/core";
import { searchMap } from "./search-map.server";

let org: ReturnType<typeof createOrganisation>;

beforeAll(() => {
  createNeighbourhood({ name: "Noord", postcodes: [["3562", 52.1045, 5.1125]] });
  org = createOrganisation({ name: "Stichting Kaarttest" });
});

const word = () =>
  `kw${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 8)}`;
const map = (params: Record<string, string>) => searchMap(parseSearchParams(new URLSearchParams(params)));

describe("searchMap", () => {
  it("marks listings with a place, counts online ones and those without a place apart", () => {
    const w = word();
    createInitiative(org.id, { tags: w, title: "Op de kaart", at: [52.1, 5.11] });
    createInitiative(org.id, { tags: w, title: "Online", isOnline: true });
    createInitiative(org.id, { tags: w, title: "Zonder adres" });
    createInitiative(org.id, { tags: w, title: "Concept", at: [52.1, 5.12], status: "draft" });
    const result = map({ q: w });
    expect(result.points.map((point) => [point.title, point.lat, point.lng])).toEqual([["Op de kaart", 52.1, 5.11]]);
    expect(result).toMatchObject({ total: 3, online: 1, withoutPlace: 1, notShown: 0 });
  });

  it("keeps the same filters as the list", () => {
    const w = word();
    createInitiative(org.id, { tags: w, title: "Gratis", at: [52.1, 5.11], isFree: true });
    createInitiative(org.id, { tags: w, title: "Betaald", at: [52.1, 5.12], isFree: false });
    expect(map({ q: w, gratis: "1" }).points.map((point) => point.title)).toEqual(["Gratis"]);
  });

  it("gives distances from the visitor's postcode and finds nothing for garbage without failing", () => {
    const w = word();
    createInitiative(org.id, { tags: w, at: [52.1045, 5.1125] });
    expect(map({ q: w, postcode: "3562 AB" }).points[0]?.distanceKm).toBeCloseTo(0, 3);
    for (const q of ['"', "NEAR(", "*", "'; DROP TABLE initiatives; --", "🙂"]) {
      expect(map({ q: `${q} ${word()}` }).total).toBe(0);
    }
  });
});
