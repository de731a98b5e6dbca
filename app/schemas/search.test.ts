import { describe, expect, it } from "vitest";
import { activeFilters, MAX_QUERY_LENGTH, parseSearchParams, returnQuery, searchFromReturn, searchHref, toSearchParams } from "./search";
import { initiativeHref } from "~/utils/initiative-href";

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

  it("carries a search to an initiative page and back to the same results", () => {
    const linkQuery = returnQuery(parse("q=taal&wijk=overvecht&pagina=2&weergave=kaart"));
    expect(linkQuery).toBe("zoek=q%3Dtaal%26wijk%3Dovervecht%26pagina%3D2%26weergave%3Dkaart");
    const href = initiativeHref("taalcafe-overvecht", linkQuery);
    const from = searchFromReturn(new URL(href, "http://localhost").searchParams);
    expect(searchHref(from ?? {})).toBe("/initiatieven?q=taal&wijk=overvecht&pagina=2&weergave=kaart");
    // A search without anything in it needs no parameter: back is plain /initiatieven.
    expect(returnQuery(parse(""))).toBeUndefined();
    expect(initiativeHref("taalcafe-overvecht", undefined)).toBe("/initiatieven/taalcafe-overvecht");
    expect(searchFromReturn(new URLSearchParams())).toBeNull();
  });

  it("never turns a carried search into an address elsewhere", () => {
    const hostile = [
      "//evil.example",
      "https://evil.example/initiatieven",
      "/\\evil.example",
      "javascript:alert(1)",
      "q=a&wijk=//evil.example&postcode=%0d%0aSet-Cookie:x",
      "q=</script><script>alert(1)</script>",
      "%zz%",
      "zoek=zoek%3Dq%253Dx",
      "a".repeat(100_000),
    ];
    for (const value of hostile) {
      const from = searchFromReturn(new URLSearchParams({ zoek: value }));
      const href = searchHref(from ?? {});
      expect(href).toMatch(/^\/initiatieven(\?|$)/);
      expect(new URL(href, "http://localhost").origin).toBe("http://localhost");
      expect(href).not.toMatch(/[\s<>"\\]/);
    }
    expect(searchHref(searchFromReturn(new URLSearchParams({ zoek: "q=a&wijk=//evil.example" })) ?? {})).toBe("/initiatieven?q=a");
  });
});
