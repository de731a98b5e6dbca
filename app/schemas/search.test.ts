import { describe, expect, it } from "vitest";
import { activeFilters, MAX_QUERY_LENGTH, parseSearchParams, toSearchParams } from "./search";

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe("search parameters", () => {
  it("reads a full search from Dutch parameter names and writes it back the same way", () => {
    const query =
      "q=taal&leefgebied=finances&doelgroep=elderly&wijk=overvecht&postcode=3562+JT&afstand=2&dag=2&gratis=1&rolstoel=1&ringleiding=1&taal=ar&soort=activity&verwijzing=1&sorteer=afstand&pagina=3&weergave=kaart";
    const search = parse(query);
    expect(search).toEqual({
      q: "taal",
      domain: "finances",
      group: "elderly",
      wijk: "overvecht",
      postcode: "3562 JT",
      km: 2,
      day: 2,
      free: true,
      wheelchair: true,
      loop: true,
      lang: "ar",
      kind: "activity",
      referrals: true,
      sort: "distance",
      page: 3,
      view: "map",
    });
    expect(toSearchParams(search).toString()).toBe(query);
    expect(activeFilters(search)).toHaveLength(12);
  });

  it("drops values that make no sense instead of failing", () => {
    const search = parse("leefgebied=nope&doelgroep=1&wijk=../etc&afstand=7&dag=8&taal=xx&soort=party&sorteer=random&pagina=-4&gratis=ja&weergave=globe");
    expect(search).toMatchObject({ q: "", page: 1, sort: "relevance", free: false, view: "list" });
    expect(activeFilters(search)).toEqual([]);
    expect(toSearchParams(search).toString()).toBe("");
  });

  it("shortens very long text and keeps a mistyped postcode to show it back", () => {
    expect(parse(`q=${"x".repeat(5000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parse(`postcode=${"9".repeat(50)}`).postcode).toHaveLength(20);
    expect(parse("postcode=++").postcode).toBeUndefined();
  });
});
