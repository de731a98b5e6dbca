import { beforeAll, describe, expect, it } from "vitest";
import { isStale } from "~/domain/freshness";
import { formatPostcode, parsePostcode } from "~/utils/geo";
import { createInitiative, createNeighbourhood, createOrganisation } from "#tests/factories/core";
import { getInitiativePage, getNeighbourhoodPage, getOrganisationPage, listNeighbourhoods, ORGANISATION_PAGE_SIZE } from "./directory.server";
import { buildCollectiveNeed } from "#tests/factories/collective-need";
import { buildReferralsTo } from "#tests/factories/referral";

let neighbourhood: ReturnType<typeof createNeighbourhood>;
let org: ReturnType<typeof createOrganisation>;

beforeAll(() => {
  neighbourhood = createNeighbourhood({ name: "Overvecht", postcodes: [["3562", 52.1045, 5.1125]] });
  createNeighbourhood({ name: "Binnenstad", postcodes: [["3511", 52.0925, 5.1135]] });
  org = createOrganisation({ name: "Buurtkracht" });
});

describe("initiative page", () => {
  it("shows every fact of a published listing", () => {
    const listing = createInitiative(org.id, {
      title: "Taalcafé",
      domains: ["social_network", "community_participation"],
      targetGroups: ["newcomers"],
      languages: ["nl", "ar"],
      slots: [[2, "10:00", "12:00"]],
      neighbourhoodId: neighbourhood.id,
      at: [52.1, 5.11],
      isFree: true,
      wheelchair: true,
      loop: true,
      acceptsReferrals: true,
    });
    const page = getInitiativePage(listing.slug)!;
    expect(page).toMatchObject({
      title: "Taalcafé",
      targetGroups: ["newcomers"],
      languages: ["ar", "nl"],
      schedule: [{ weekday: 2, startTime: "10:00", endTime: "12:00" }],
      neighbourhood: { slug: neighbourhood.slug, name: "Overvecht" },
      isFree: true,
      wheelchairAccessible: true,
      hearingLoop: true,
      acceptsReferrals: true,
      organisation: { slug: org.slug, name: "Buurtkracht", verified: true },
      places: { kind: "open" },
      stale: false,
      distanceKm: null,
    });
    expect(page.domains.sort()).toEqual(["community_participation", "social_network"]);
  });

  it("is not public unless published, and unknown slugs are not found", () => {
    for (const status of ["draft", "submitted", "paused", "archived"] as const) {
      expect(getInitiativePage(createInitiative(org.id, { status }).slug), status).toBeNull();
    }
    expect(getInitiativePage("bestaat-niet")).toBeNull();
  });

  it("counts places: capacity minus outside participants minus accepted and started referrals", () => {
    const listing = createInitiative(org.id, { capacity: 10, outside: 3 });
    buildReferralsTo(listing.id, ["accepted", "started", "sent", "waitlisted", "completed", "declined", "draft"]);
    expect(getInitiativePage(listing.slug)!.places).toEqual({ kind: "available", count: 5 });

    const full = createInitiative(org.id, { capacity: 3, outside: 2 });
    buildReferralsTo(full.id, ["accepted"]);
    expect(getInitiativePage(full.slug)!.places).toEqual({ kind: "waitlist" });

    const overfull = createInitiative(org.id, { capacity: 2, outside: 5 });
    expect(getInitiativePage(overfull.slug)!.places).toEqual({ kind: "waitlist" });
  });

  it("warns when the listing was last confirmed more than 6 months ago", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    expect(isStale(new Date("2026-05-20T12:00:00Z"), now)).toBe(true);
    expect(isStale(new Date("2026-06-01T12:00:00Z"), now)).toBe(false);
    const old = createInitiative(org.id, { lastConfirmedAt: new Date(Date.now() - 200 * 86_400_000) });
    expect(getInitiativePage(old.slug)!.stale).toBe(true);
  });

  it("gives the distance from the visitor's postcode, and says when it is outside", () => {
    const listing = createInitiative(org.id, { at: [52.0925, 5.1135] });
    const near = getInitiativePage(listing.slug, { postcode: "3562 JT" })!;
    expect(near.distanceKm).toBeGreaterThan(1.2);
    expect(near.distanceKm).toBeLessThan(1.5);
    expect(getInitiativePage(listing.slug, { postcode: "9999" })!.visitorPostcode).toEqual({ status: "outside" });
    expect(getInitiativePage(listing.slug, { postcode: "nonsense" })!.distanceKm).toBeNull();
    const online = createInitiative(org.id, { isOnline: true });
    expect(getInitiativePage(online.slug, { postcode: "3562" })!.distanceKm).toBeNull();
  });

  it("suggests published listings in the same domains, most shared and nearest first", () => {
    const own = createOrganisation();
    const base = createInitiative(own.id, { domains: ["justice", "housing"], at: [52.1, 5.1] });
    createInitiative(own.id, { title: "Ver, één gedeeld", domains: ["justice"], at: [52.2, 5.3] });
    createInitiative(own.id, { title: "Dichtbij, één gedeeld", domains: ["justice"], at: [52.1, 5.101] });
    createInitiative(own.id, { title: "Beide gedeeld", domains: ["justice", "housing"], at: [52.3, 5.5] });
    createInitiative(own.id, { title: "Niet gepubliceerd", domains: ["justice", "housing"], status: "paused" });
    createInitiative(own.id, { title: "Ander domein", domains: ["finances"] });
    const related = getInitiativePage(base.slug)!.related.map((card) => card.title);
    expect(related).toEqual(["Beide gedeeld", "Dichtbij, één gedeeld", "Ver, één gedeeld"]);
  });
});

describe("organisation page", () => {
  it("shows the description, verification and only published listings", () => {
    const club = createOrganisation({ name: "Wandelclub", description: "Wij wandelen." });
    createInitiative(club.id, { title: "Wandelen" });
    createInitiative(club.id, { title: "Concept", status: "draft" });
    const page = getOrganisationPage(club.slug)!;
    expect(page).toMatchObject({ name: "Wandelclub", description: "Wij wandelen.", verified: true, total: 1 });
    expect(page.initiatives.map((card) => card.title)).toEqual(["Wandelen"]);
  });

  it("hides an unverified organisation until something of it is published", () => {
    const fresh = createOrganisation({ verified: false });
    createInitiative(fresh.id, { status: "submitted" });
    expect(getOrganisationPage(fresh.slug)).toBeNull();
    createInitiative(fresh.id, { title: "Goedgekeurd" });
    expect(getOrganisationPage(fresh.slug)).toMatchObject({ verified: false, total: 1 });
    expect(getOrganisationPage("bestaat-niet")).toBeNull();
  });

  it("pages through many listings", () => {
    const big = createOrganisation();
    for (let i = 0; i < ORGANISATION_PAGE_SIZE + 2; i++) createInitiative(big.id);
    expect(getOrganisationPage(big.slug, 2)).toMatchObject({ page: 2, pageCount: 2 });
    expect(getOrganisationPage(big.slug, 2)!.initiatives).toHaveLength(2);
    expect(getOrganisationPage(big.slug, 50)!.page).toBe(2);
  });
});

describe("wijk pages", () => {
  it("lists the wijken with their published listings and open needs", () => {
    const place = createNeighbourhood({ name: "Zuilen" });
    createInitiative(org.id, { neighbourhoodId: place.id });
    createInitiative(org.id, { neighbourhoodId: place.id, status: "paused" });
    buildCollectiveNeed({ neighbourhoodId: place.id });
    const zuilen = listNeighbourhoods().find((n) => n.slug === place.slug);
    expect(zuilen).toMatchObject({ name: "Zuilen", initiatives: 1, openNeeds: 1 });
  });

  it("shows one wijk's listings and open collective needs", () => {
    const place = createNeighbourhood({ name: "Ondiep" });
    createInitiative(org.id, { title: "Buurtkamer Ondiep", neighbourhoodId: place.id });
    createInitiative(org.id, { title: "Elders" });
    buildCollectiveNeed({ neighbourhoodId: place.id, title: "Samen eten in Ondiep" });
    const page = getNeighbourhoodPage(place.slug)!;
    expect(page.initiatives.map((card) => card.title)).toEqual(["Buurtkamer Ondiep"]);
    expect(page.totalInitiatives).toBe(1);
    expect(page.needs.map((need) => need.title)).toEqual(["Samen eten in Ondiep"]);
    expect(getNeighbourhoodPage("bestaat-niet")).toBeNull();
  });
});

describe("postcodes", () => {
  it("reads full and four-digit postcodes and refuses others", () => {
    expect(parsePostcode("3521 ab")).toEqual({ pc4: "3521", full: "3521AB" });
    expect(parsePostcode(" 3521 ")).toEqual({ pc4: "3521", full: null });
    for (const bad of ["0521", "352", "3521 A", "3521ABC", "", "abcd"]) expect(parsePostcode(bad), bad).toBeNull();
    expect(formatPostcode("3521AB")).toBe("3521 AB");
  });
});
