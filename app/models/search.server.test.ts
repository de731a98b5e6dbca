import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { searchGaps } from "~db/schema";
import { parseSearchParams } from "~/schemas/search";
import { db } from "~/utils/db.server";
import { createInitiative, createNeighbourhood, createOrganisation, type InitiativeOptions } from "#tests/factories/core";
import { locatePostcode, searchInitiatives, toMatchQuery } from "./search.server";

// Overvecht-like neighbourhood around 3562 and a city-centre neighbourhood around 3511, about 1.5 km apart.
const NEAR: [number, number] = [52.1045, 5.1125];
const FAR: [number, number] = [52.0925, 5.1135];
let org: ReturnType<typeof createOrganisation>;
let north: ReturnType<typeof createNeighbourhood>;
let centre: ReturnType<typeof createNeighbourhood>;

beforeAll(() => {
  north = createNeighbourhood({
    name: "Noord",
    postcodes: [
      ["3562", 52.1045, 5.1125],
      ["3563", 52.11, 5.116],
    ],
  });
  centre = createNeighbourhood({ name: "Centrum", postcodes: [["3511", 52.0925, 5.1135]] });
  org = createOrganisation({ name: "Stichting Zoektest" });
});

function search(params: Record<string, string> = {}, visitor: string | null = randomUUID()) {
  return searchInitiatives(parseSearchParams(new URLSearchParams(params)), visitor);
}

/** A word no other test uses, so each test sees only its own listings. */
function word() {
  return `zw${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 8)}`;
}

function listing(tag: string, options: InitiativeOptions = {}) {
  return createInitiative(org.id, { tags: tag, ...options });
}

const titles = (result: ReturnType<typeof search>) => result.hits.map((hit) => hit.title);

describe("full-text search", () => {
  it("ranks a match in the title above a match in the description", () => {
    const w = word();
    listing("", { title: "Buurtkamer open", description: `Hier hebben we het ook over ${w} en meer.` });
    listing("", { title: `De ${w} groep`, description: "Samen iets doen." });
    expect(titles(search({ q: w }))).toEqual([`De ${w} groep`, "Buurtkamer open"]);
  });

  it("folds diacritics both ways and matches the start of a word", () => {
    listing("", { title: "Taalcafé Noord" });
    expect(titles(search({ q: "taalcafe" }))).toContain("Taalcafé Noord");
    expect(titles(search({ q: "TAALCAFÉ" }))).toContain("Taalcafé Noord");
    expect(titles(search({ q: "taal" }))).toContain("Taalcafé Noord");
  });

  it("searches the summary, the organisation name and the tags too", () => {
    const [a, b] = [word(), word()];
    listing(b, { title: "Iets", summary: `Kom naar ${a}` });
    expect(search({ q: a }).total).toBe(1);
    expect(search({ q: b }).total).toBe(1);
    expect(search({ q: `zoektest ${a}` }).total).toBe(1);
  });

  it("requires every word typed", () => {
    const w = word();
    listing(w, { title: "Samen koken" });
    listing(w, { title: "Samen wandelen" });
    expect(titles(search({ q: `${w} koken` }))).toEqual(["Samen koken"]);
  });

  it("never errors on FTS syntax, odd characters, emoji or very long input", () => {
    const w = word();
    listing(w, { title: "Veilige zoekactiviteit" });
    const odd = [
      `"${w}`,
      `${w}"`,
      `${w}*`,
      `*`,
      `NEAR(${w} veilige)`,
      `${w} NEAR veilige`,
      `-${w}`,
      `${w} -veilige`,
      `${w} OR zwemmen`,
      `${w} AND NOT zwemmen`,
      `(${w}`,
      `${w})`,
      `title:${w}`,
      `${w}:`,
      `^${w}`,
      `${w} 🙂`,
      `🙂🙂🙂`,
      `'; DROP TABLE initiatives; --`,
      `${w}\u0000`,
      "a".repeat(5000),
      `${w} `.repeat(500),
      "   ",
    ];
    for (const q of odd) {
      expect(() => search({ q }), q).not.toThrow();
    }
    expect(search({ q: `"${w}"` }).total).toBe(1);
    expect(search({ q: `NEAR(${w}` }).total).toBe(0);
    expect(search({ q: `${w} 🙂` }).total).toBe(1);
    expect(search({ q: `(${w}) OR` }).total).toBe(0);
  });

  it("turns input into quoted prefix terms only", () => {
    expect(toMatchQuery('taal "café" NEAR(x) -y OR z:')).toBe('"taal"* "café"* "near"* "x" "y" "or"* "z"');
    expect(toMatchQuery("🙂 ** ()")).toBeNull();
    expect(toMatchQuery("a ".repeat(100))).toBe('"a"');
  });

  it("treats an empty query as 'show everything published', newest first", () => {
    const result = search();
    expect(result.total).toBeGreaterThan(0);
    const again = search({ q: "" });
    expect(again.total).toBe(result.total);
  });
});

describe("filters", () => {
  it("filters by life domain", () => {
    const w = word();
    listing(w, { title: "Geld", domains: ["finances"] });
    listing(w, { title: "Samen", domains: ["social_network"] });
    expect(titles(search({ q: w, leefgebied: "finances" }))).toEqual(["Geld"]);
  });

  it("filters by life domain without text too", () => {
    listing("", { title: "Justitieproject", domains: ["justice"] });
    const result = search({ leefgebied: "justice" });
    expect(titles(result)).toEqual(["Justitieproject"]);
  });

  it("filters by target group, with activities for everyone included", () => {
    const w = word();
    listing(w, { title: "Voor ouderen", targetGroups: ["elderly"] });
    listing(w, { title: "Voor iedereen", targetGroups: ["everyone"] });
    listing(w, { title: "Voor jeugd", targetGroups: ["youth"] });
    expect(titles(search({ q: w, doelgroep: "elderly" })).sort()).toEqual(["Voor iedereen", "Voor ouderen"]);
  });

  it("filters by wijk, and ignores an unknown wijk", () => {
    const w = word();
    listing(w, { title: "Noordelijk", neighbourhoodId: north.id });
    listing(w, { title: "Centraal", neighbourhoodId: centre.id });
    expect(titles(search({ q: w, wijk: north.slug }))).toEqual(["Noordelijk"]);
    expect(search({ q: w, wijk: "bestaat-niet" }).total).toBe(2);
  });

  it("filters by distance from a full postcode or a PC4, keeping online listings", () => {
    const w = word();
    listing(w, { title: "Dichtbij", at: [52.105, 5.113] });
    listing(w, { title: "Verder weg", at: FAR });
    listing(w, { title: "Online", isOnline: true });
    listing(w, { title: "Zonder plek" });
    const full = search({ q: w, postcode: "3562 JT", afstand: "1" });
    expect(titles(full).sort()).toEqual(["Dichtbij", "Online"]);
    expect(full.postcode).toMatchObject({ status: "ok", pc4: "3562" });
    expect(titles(search({ q: w, postcode: "3562", afstand: "1" })).sort()).toEqual(["Dichtbij", "Online"]);
    expect(titles(search({ q: w, postcode: "3562jt", afstand: "2" })).sort()).toEqual(["Dichtbij", "Online", "Verder weg"]);
  });

  it("shows distances and sorts by them, online last", () => {
    const w = word();
    listing(w, { title: "Verder weg", at: FAR });
    listing(w, { title: "Online", isOnline: true });
    listing(w, { title: "Dichtbij", at: NEAR });
    const result = search({ q: w, postcode: "3562", sorteer: "afstand" });
    expect(result.sort).toBe("distance");
    expect(titles(result)).toEqual(["Dichtbij", "Verder weg", "Online"]);
    expect(result.hits[0]!.distanceKm).toBeCloseTo(0, 1);
    expect(result.hits[1]!.distanceKm).toBeGreaterThan(1.2);
    expect(result.hits[1]!.distanceKm).toBeLessThan(1.5);
    expect(result.hits[2]!.distanceKm).toBeNull();
  });

  it("reports a postcode outside the municipality or a malformed one, and searches on without it", () => {
    const w = word();
    listing(w, { title: "Ergens", at: FAR });
    const outside = search({ q: w, postcode: "1012 AB", afstand: "1" });
    expect(outside.postcode).toEqual({ status: "outside" });
    expect(outside.total).toBe(1);
    for (const bad of ["12345", "0123 AB", "3562 A", "abcd", "3562 ABC", "<script>"]) {
      const result = search({ q: w, postcode: bad, afstand: "1", sorteer: "afstand" });
      expect(result.postcode, bad).toEqual({ status: "invalid" });
      expect(result.total).toBe(1);
      expect(result.sort).toBe("relevance");
    }
    expect(locatePostcode("3511")).toMatchObject({ status: "ok", neighbourhoodId: centre.id });
  });

  it("filters by day of the week", () => {
    const w = word();
    listing(w, { title: "Dinsdag", slots: [[2, "10:00", "12:00"]] });
    listing(w, {
      title: "Twee keer dinsdag",
      slots: [
        [2, "10:00", "12:00"],
        [2, "19:00", "21:00"],
      ],
    });
    listing(w, { title: "Vrijdag", slots: [[5, "10:00", "12:00"]] });
    expect(titles(search({ q: w, dag: "2" })).sort()).toEqual(["Dinsdag", "Twee keer dinsdag"]);
    expect(search({ q: w, dag: "9" }).total).toBe(3);
  });

  it("filters by free, wheelchair, hearing loop, kind and referrals", () => {
    const w = word();
    listing(w, { title: "Alles", isFree: true, wheelchair: true, loop: true, acceptsReferrals: true, kind: "service" });
    listing(w, { title: "Niets", kind: "activity" });
    // Not known is not a yes: the free and wheelchair filters leave it out.
    listing(w, { title: "Onbekend", isFree: null, wheelchair: null, kind: "volunteers" });
    for (const [param, value] of [
      ["gratis", "1"],
      ["rolstoel", "1"],
      ["ringleiding", "1"],
      ["verwijzing", "1"],
      ["soort", "service"],
    ]) {
      expect(titles(search({ q: w, [param!]: value! })), param).toEqual(["Alles"]);
    }
    expect(titles(search({ q: w, soort: "activity" }))).toEqual(["Niets"]);
  });

  it("filters by a language spoken", () => {
    const w = word();
    listing(w, { title: "Arabisch", languages: ["nl", "ar"] });
    listing(w, { title: "Nederlands", languages: ["nl"] });
    expect(titles(search({ q: w, taal: "ar" }))).toEqual(["Arabisch"]);
  });

  it("combines filters", () => {
    const w = word();
    listing(w, { title: "Raak", domains: ["finances"], isFree: true, slots: [[3, "09:00", "10:00"]], neighbourhoodId: north.id });
    listing(w, { title: "Bijna", domains: ["finances"], isFree: true, slots: [[4, "09:00", "10:00"]], neighbourhoodId: north.id });
    listing(w, { title: "Mis", domains: ["housing"], isFree: true, slots: [[3, "09:00", "10:00"]], neighbourhoodId: north.id });
    expect(titles(search({ q: w, leefgebied: "finances", gratis: "1", dag: "3", wijk: north.slug }))).toEqual(["Raak"]);
    expect(titles(search({ leefgebied: "finances", gratis: "1", dag: "3", wijk: north.slug }))).toContain("Raak");
  });
});

describe("sorting and pagination", () => {
  it("sorts by newest", () => {
    const w = word();
    listing(w, { title: "Oud", publishedAt: new Date("2025-01-01") });
    listing(w, { title: `Nieuw ${w}`, publishedAt: new Date("2026-01-01") });
    listing(w, { title: "Middel", publishedAt: new Date("2025-06-01") });
    expect(titles(search({ q: w, sorteer: "nieuwste" }))).toEqual([`Nieuw ${w}`, "Middel", "Oud"]);
  });

  it("pages through results 20 at a time and clamps a page past the end", () => {
    const w = word();
    for (let i = 0; i < 45; i++) listing(w, { title: `Item ${i}` });
    const first = search({ q: w });
    expect(first.total).toBe(45);
    expect(first.pageCount).toBe(3);
    expect(first.hits).toHaveLength(20);
    const last = search({ q: w, pagina: "3" });
    expect(last.hits).toHaveLength(5);
    const seen = new Set([...first.hits, ...search({ q: w, pagina: "2" }).hits, ...last.hits].map((hit) => hit.slug));
    expect(seen.size).toBe(45);
    expect(search({ q: w, pagina: "99" }).page).toBe(3);
    expect(search({ q: w, pagina: "-1" }).page).toBe(1);
    expect(search({ q: w, pagina: "abc" }).page).toBe(1);
  });
});

describe("a life domain without text, newest first", () => {
  /** The oracle: every published listing of the domain (free ones only if asked), newest first. */
  function newestOf(domain: string, freeOnly = false) {
    return (
      db.$client
        .prepare(
          `SELECT i.title FROM initiatives i JOIN initiative_domains d ON d.initiative_id = i.id
           WHERE i.status = 'published' AND d.domain = ? AND (? = 0 OR i.is_free = 1) ORDER BY i.published_at DESC, i.id DESC`,
        )
        .all(domain, freeOnly ? 1 : 0) as { title: string }[]
    ).map((row) => row.title);
  }

  it("pages a common domain and a rare one (its listings far behind the newest) in the same order", () => {
    db.$client.transaction(() => {
      // 25 old listings of a rare domain, then more than 2,000 newer ones of a common domain.
      for (let i = 0; i < 25; i++) listing("", { title: `Zeldzaam ${i}`, domains: ["substance_use"], publishedAt: new Date(Date.UTC(2020, 0, 1 + i)) });
      for (let i = 0; i < 2_100; i++) {
        // Same-day pairs check the tie-break on id.
        listing("", { title: `Vaak ${i}`, domains: ["basic_adl"], isFree: i % 3 === 0, publishedAt: new Date(Date.UTC(2026, 0, 1, 0, Math.floor(i / 2))) });
      }
    })();

    const common = newestOf("basic_adl");
    for (const page of [1, 2, 50, 106]) {
      const result = search({ leefgebied: "basic_adl", pagina: String(page) });
      expect(result.total).toBe(common.length);
      expect(titles(result)).toEqual(common.slice((result.page - 1) * 20, result.page * 20));
    }
    const free = newestOf("basic_adl", true);
    expect(titles(search({ leefgebied: "basic_adl", gratis: "1", pagina: "3" }))).toEqual(free.slice(40, 60));

    const rare = newestOf("substance_use");
    expect(rare).toHaveLength(25);
    expect(titles(search({ leefgebied: "substance_use" }))).toEqual(rare.slice(0, 20));
    expect(titles(search({ leefgebied: "substance_use", pagina: "2" }))).toEqual(rare.slice(20));
  });
});

describe("what the public sees", () => {
  it("never returns listings that are not published", () => {
    const w = word();
    for (const status of ["draft", "submitted", "paused", "archived"] as const) listing(w, { title: `Status ${status}`, status });
    listing(w, { title: "Zichtbaar" });
    expect(titles(search({ q: w }))).toEqual(["Zichtbaar"]);
    expect(titles(search({ q: w, leefgebied: "social_network" }))).toEqual(["Zichtbaar"]);
  });

  it("finds a listing by its words from the moment it is published until it is paused, archived or sent back", () => {
    const w = word();
    const draft = listing(w, { title: `Concept ${w}`, status: "draft" });
    const setStatus = (status: string) => db.$client.prepare("UPDATE initiatives SET status = ? WHERE id = ?").run(status, draft.id);
    expect(search({ q: w }).total).toBe(0);
    // An edit while still a draft does not put it in the index either.
    db.$client.prepare("UPDATE initiatives SET title = ? WHERE id = ?").run(`Concept ${w} bijgewerkt`, draft.id);
    expect(search({ q: w }).total).toBe(0);
    setStatus("published");
    expect(titles(search({ q: w }))).toEqual([`Concept ${w} bijgewerkt`]);
    for (const status of ["paused", "archived", "submitted"]) {
      setStatus(status);
      expect(search({ q: w }).total).toBe(0);
      setStatus("published");
      expect(search({ q: w }).total).toBe(1);
    }
    db.$client.prepare("DELETE FROM initiatives WHERE id = ?").run(draft.id);
    expect(search({ q: w }).total).toBe(0);
  });

  it("ranks and counts a text alone as the search joined with the listings does, page by page", () => {
    const w = word();
    db.$client.transaction(() => {
      // Equal titles tie on relevance, so the id decides; hidden listings must not shift a page.
      for (let i = 0; i < 30; i++) listing(w, { title: `Gelijk ${w}` });
      for (let i = 0; i < 15; i++) listing("", { title: `Soms ${i}`, description: `Een keer ${w}.` });
      for (const status of ["draft", "paused", "archived"] as const) for (let i = 0; i < 5; i++) listing(w, { title: `Verborgen ${w}`, status });
    })();
    const oracle = (
      db.$client
        .prepare(
          `SELECT i.slug FROM initiatives_fts JOIN initiatives i ON i.id = initiatives_fts.rowid
           WHERE initiatives_fts MATCH ? AND i.status = 'published' ORDER BY bm25(initiatives_fts, 10.0, 4.0, 1.0, 2.0, 3.0), i.id`,
        )
        .all(toMatchQuery(w)) as { slug: string }[]
    ).map((row) => row.slug);
    expect(oracle).toHaveLength(45);
    for (const page of [1, 2, 3]) {
      const result = search({ q: w, pagina: String(page) });
      expect(result.total).toBe(45);
      expect(result.hits.map((hit) => hit.slug)).toEqual(oracle.slice((page - 1) * 20, page * 20));
    }
    // A filter that every listing passes takes the joined path: the same order.
    const joined = search({ q: w, soort: "activity" });
    expect(joined.total).toBe(45);
    expect(joined.hits.map((hit) => hit.slug)).toEqual(oracle.slice(0, 20));
  });

  it("records a search without results as an anonymous gap, but not a plain visit", () => {
    db.delete(searchGaps).run();
    search();
    search({ pagina: "2" });
    expect(db.select().from(searchGaps).all()).toHaveLength(0);

    const result = search({ q: "paardrijden", leefgebied: "physical_health", doelgroep: "youth", wijk: north.slug, postcode: "3562 JT" });
    expect(result.total).toBe(0);
    const gaps = db.select().from(searchGaps).all();
    expect(gaps).toHaveLength(1);
    const gap = gaps[0]!;
    expect(gap).toMatchObject({ query: "paardrijden", domain: "physical_health", targetGroup: "youth", neighbourhoodId: north.id });
    expect(JSON.parse(gap.filters)).toEqual({ domain: "physical_health", group: "youth", wijk: north.slug, pc4: "3562" });
    // Nothing that could point to a person: no user, no full postcode.
    expect(Object.keys(gap).sort()).toEqual(["createdAt", "domain", "filters", "id", "neighbourhoodId", "query", "targetGroup", "visitKey"]);
    expect(gap.filters).not.toContain("JT");
  });

  it("records a search once per visitor session, and not at all without a visitor", () => {
    db.delete(searchGaps).run();
    const params = { q: "paardrijden", wijk: north.slug };
    for (let reload = 0; reload < 5; reload++) search(params, "visitor-a");
    search({ ...params, q: "Paardrijden " }, "visitor-a");
    search(params, null);
    expect(db.select().from(searchGaps).all()).toHaveLength(1);
    search(params, "visitor-b");
    search({ ...params, wijk: "" }, "visitor-a");
    expect(db.select().from(searchGaps).all()).toHaveLength(3);
  });

  it("records a gap for a filter-only search with no results", () => {
    db.delete(searchGaps).run();
    const result = search({ taal: "ti", rolstoel: "1", dag: "7", soort: "volunteers" });
    expect(result.total).toBe(0);
    const gap = db.select().from(searchGaps).get();
    expect(gap).toMatchObject({ query: "", neighbourhoodId: null, domain: null });
    expect(JSON.parse(gap!.filters)).toEqual({ lang: "ti", wheelchair: true, day: 7, kind: "volunteers" });
  });
});
