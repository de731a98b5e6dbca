import { describe, expect, it } from "vitest";
import { fromAnswer, toAnswer } from "./answer";
import { publicationGaps } from "./listing-readiness";

const complete = { kind: "activity" as const, slotCount: 1, isOnline: false, address: "Dorpsstraat 1", postcode: "3562JT", contactEmail: "a@example.org" };
const needs = (facts: Parameters<typeof publicationGaps>[0]) => publicationGaps(facts).map((gap) => `${gap.need}:${gap.field}`);

describe("what a listing must say before it is public", () => {
  it("is satisfied by a time, a place and one way to reach the organiser", () => {
    expect(publicationGaps(complete)).toEqual([]);
    expect(publicationGaps({ kind: "activity", slotCount: 2, isOnline: true, website: "https://example.org" })).toEqual([]);
  });

  it("lets a service or a volunteer role work by appointment, but not an activity", () => {
    expect(needs({ ...complete, kind: "service", slotCount: 0 })).toEqual([]);
    expect(needs({ ...complete, kind: "volunteers", slotCount: 0 })).toEqual([]);
    expect(needs({ ...complete, kind: "activity", slotCount: 0 })).toEqual(["when:slots"]);
  });

  it("names every gap with the field its message belongs next to", () => {
    expect(needs({ kind: "activity", slotCount: 0, isOnline: false })).toEqual(["when:slots", "where:address", "where:postcode", "how:contactEmail"]);
    expect(needs({ ...complete, postcode: null })).toEqual(["where:postcode"]);
    expect(needs({ ...complete, slotCount: 0 })).toEqual(["when:slots"]);
  });

  it("does not take blanks or whitespace for an answer", () => {
    expect(
      needs({ kind: "activity", slotCount: 1, isOnline: false, address: "   ", postcode: "\t", contactEmail: " ", contactPhone: "", website: "\n" }),
    ).toEqual(["where:address", "where:postcode", "how:contactEmail"]);
    expect(needs({ ...complete, slotCount: -1 })).toEqual(["when:slots"]);
    expect(needs({ ...complete, slotCount: Number.NaN })).toEqual(["when:slots"]);
  });
});

describe("yes, no or not known", () => {
  it("keeps not known apart from no, both ways", () => {
    expect([fromAnswer("yes"), fromAnswer("no"), fromAnswer("unknown")]).toEqual([true, false, null]);
    expect([toAnswer(true), toAnswer(false), toAnswer(null)]).toEqual(["yes", "no", "unknown"]);
  });
});
