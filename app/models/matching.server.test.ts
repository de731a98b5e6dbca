import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { initiatives, needs, scheduleSlots } from "~db/schema";
import { db } from "~/utils/db.server";
import { clearMatchCache, countUnmetNeeds, findMatches, loadMatchInitiatives, markNeedUnmet, primaryTargetGroup, targetGroupsOf } from "./matching.server";
import { runReferralCommand } from "~/models/referral";
import { createOrganisationWithOwner, createStaffedTeam, createUser } from "#tests/factories/core";
import { makeReferralListing, makeReferralWorld, sendReferralAsConsultant } from "#tests/factories/referral";
import { buildHousehold, buildNeed, inTeam, type HouseholdOptions } from "#tests/factories/household";

beforeEach(() => clearMatchCache());

describe("loading the directory for matching", () => {
  it("loads published listings with their domains in order, days and places left", () => {
    const { organisation } = createOrganisationWithOwner();
    const listing = makeReferralListing(organisation.id, { domains: ["finances", "social_network"], capacity: 4, outside: 1 });
    makeReferralListing(organisation.id, { status: "draft" });
    db.insert(scheduleSlots)
      .values([
        { initiativeId: listing.id, weekday: 4, startTime: "10:00", endTime: "12:00" },
        { initiativeId: listing.id, weekday: 2, startTime: "10:00", endTime: "12:00" },
        { initiativeId: listing.id, weekday: 2, startTime: "14:00", endTime: "16:00" },
      ])
      .run();
    const loaded = loadMatchInitiatives();
    expect(loaded.map((i) => i.id)).toEqual([listing.id]);
    expect(loaded[0]).toMatchObject({ domains: ["finances", "social_network"], weekdays: [2, 4], placesAvailable: 3, isFree: true });
  });

  it("reuses the loaded listings until a listing or a referral changes, and sees each change at once", () => {
    const world = makeReferralWorld({ capacity: 2 });
    const first = loadMatchInitiatives();
    expect(loadMatchInitiatives()).toBe(first);
    expect(first.find((i) => i.id === world.initiative.id)!.placesAvailable).toBe(2);

    runReferralCommand(world.organiser, "accept", { referralId: sendReferralAsConsultant(world) });
    const afterAccept = loadMatchInitiatives();
    expect(afterAccept.find((i) => i.id === world.initiative.id)!.placesAvailable).toBe(1);

    // An edit in the same second as the load, without touching updatedAt, is seen at once (decision 014).
    db.update(initiatives).set({ title: "Nieuwe naam" }).where(eq(initiatives.id, world.initiative.id)).run();
    const afterEdit = loadMatchInitiatives();
    expect(afterEdit).not.toBe(first);
    expect(afterEdit.find((i) => i.id === world.initiative.id)!.title).toBe("Nieuwe naam");
  });
});

describe("finding matches for a need", () => {
  it("ranks fitting listings with reasons and explains what was left out", () => {
    const world = makeReferralWorld();
    makeReferralListing(world.organisation.id, { title: "Schuldhulp", domains: ["finances"] });
    makeReferralListing(world.organisation.id, { title: "Ver weg", at: [52.4, 5.3] });
    db.update(initiatives).set({ isFree: false, costNote: "€ 5" }).where(eq(initiatives.title, "Ver weg")).run();
    const household = buildHousehold({ ...inTeam(world), maxTravelKm: 5, consent: true });
    const need = buildNeed(household.id, { domain: "social_network" });

    const result = findMatches(world.consultant, { householdId: household.id, needId: need.id, includeExcluded: true });
    if (!result.ok) throw new Error(result.error);
    const ours = result.value.matches.filter((m) => m.organisationName === world.organisation.name);
    expect(ours.map((m) => m.title)).toEqual([world.initiative.title]);
    expect(ours[0].reasons).toContainEqual(expect.objectContaining({ factor: "domain", code: "domain_primary" }));
    expect(result.value.household.consent).toBe(true);
    const left = (reason: string) => result.value.excluded.find((e) => e.reason === reason)?.examples.map((e) => e.title);
    expect(left("domain_mismatch")).toContain("Schuldhulp");
    expect(left("outside_travel_distance")).toEqual(["Ver weg"]);
  });

  it("narrows by distance and free of charge", () => {
    db.update(initiatives).set({ status: "archived" }).run();
    const world = makeReferralWorld();
    const paid = makeReferralListing(world.organisation.id, { title: "Betaalde club", isFree: false });
    db.update(initiatives).set({ costNote: "€ 10 per maand" }).where(eq(initiatives.id, paid.id)).run();
    const input = { householdId: world.household.id, needId: world.need.id };
    const all = findMatches(world.consultant, input);
    expect(all.ok && all.value.total).toBe(2);
    const free = findMatches(world.consultant, { ...input, narrow: { freeOnly: true }, includeExcluded: true });
    expect(free.ok && free.value.matches.map((m) => m.title)).toEqual([world.initiative.title]);
    expect(free.ok && free.value.excluded.map((e) => e.reason)).toEqual(["narrowed_free"]);
    const near = findMatches(world.consultant, { ...input, narrow: { maxKm: 0.05 } });
    expect(near.ok && near.value.total).toBe(0);
  });

  it("is only for the household's own team", () => {
    const world = makeReferralWorld();
    const input = { householdId: world.household.id, needId: world.need.id };
    expect(findMatches(createStaffedTeam().consultant, input)).toEqual({ ok: false, error: "not_found" });
    expect(findMatches(world.organiser, input)).toEqual({ ok: false, error: "not_found" });
    expect(findMatches(createUser(), input)).toEqual({ ok: false, error: "not_found" });
    const otherNeed = buildNeed(buildHousehold(inTeam(world)).id);
    expect(findMatches(world.consultant, { householdId: world.household.id, needId: otherNeed.id })).toEqual({ ok: false, error: "not_found" });
  });
});

describe("unmet needs", () => {
  it("marks a need unmet with its reason, only by the household's team", () => {
    const world = makeReferralWorld();
    expect(markNeedUnmet(createStaffedTeam().consultant, { needId: world.need.id, reason: "Niets in de buurt" })).toEqual({ ok: false, error: "not_found" });
    expect(markNeedUnmet(world.organiser, { needId: world.need.id, reason: "x" })).toEqual({ ok: false, error: "not_found" });
    expect(markNeedUnmet(world.consultant, { needId: world.need.id, reason: "Niets in de buurt" })).toEqual({ ok: true });
    const need = db.select().from(needs).where(eq(needs.id, world.need.id)).get()!;
    expect(need).toMatchObject({ status: "unmet", unmetReason: "Niets in de buurt" });
    expect(need.unmetAt).toBeInstanceOf(Date);
    expect(markNeedUnmet(world.consultant, { needId: world.need.id, reason: "Nog eens" })).toEqual({ ok: false, error: "not_open" });
  });

  it("derives target groups from the household's composition", () => {
    const base = { childBands: [], languages: ["nl"], mobility: null, needsWheelchairAccess: false, needsHearingLoop: false };
    expect(targetGroupsOf({ ...base, childBands: ["0-3", "12-17"] })).toEqual(["families", "youth"]);
    expect(primaryTargetGroup({ ...base, childBands: ["12-17"] })).toBe("youth");
    expect(primaryTargetGroup({ ...base, mobility: "limited" })).toBe("disability");
    expect(primaryTargetGroup({ ...base, languages: ["ar", "en"] })).toBe("newcomers");
    expect(primaryTargetGroup({ ...base, languages: [] })).toBe("everyone");
    expect(primaryTargetGroup(base)).toBe("everyone");
  });

  it("counts households with an unmet need per wijk, life domain and target group, for the actor's teams", () => {
    const world = createStaffedTeam();
    const other = createStaffedTeam();
    const unmet = (team: typeof world, options: Omit<HouseholdOptions, "teamId" | "pc4">, domain: "social_network" | "finances" = "social_network") => {
      const household = buildHousehold({ ...inTeam(team), ...options });
      const need = buildNeed(household.id, { domain });
      expect(markNeedUnmet(team.consultant, { needId: need.id, reason: "Niets passends" })).toEqual({ ok: true });
      return household;
    };
    unmet(world, { children: ["4-11"] });
    unmet(world, { children: ["0-3", "12-17"] });
    unmet(world, { languages: ["ti"] });
    unmet(world, { languages: ["ti"] }, "finances");
    unmet(world, { closed: true });
    unmet(other, {});
    buildNeed(buildHousehold(inTeam(world)).id); // open, not counted

    const counts = countUnmetNeeds(world.consultant);
    const everyone = countUnmetNeeds("all").reduce((sum, row) => sum + row.households, 0);
    expect(counts).toEqual([
      {
        neighbourhoodId: world.neighbourhood.id,
        neighbourhoodName: world.neighbourhood.name,
        domain: "social_network",
        targetGroup: "families",
        households: 2,
      },
      { neighbourhoodId: world.neighbourhood.id, neighbourhoodName: world.neighbourhood.name, domain: "finances", targetGroup: "newcomers", households: 1 },
      {
        neighbourhoodId: world.neighbourhood.id,
        neighbourhoodName: world.neighbourhood.name,
        domain: "social_network",
        targetGroup: "newcomers",
        households: 1,
      },
    ]);
    expect(everyone).toBeGreaterThanOrEqual(5); // both teams, not the closed household
    expect(countUnmetNeeds(other.coordinator).reduce((sum, row) => sum + row.households, 0)).toBe(1);
    expect(countUnmetNeeds(world.consultant, { domain: "finances" })).toHaveLength(1);
    expect(countUnmetNeeds(createUser())).toEqual([]);
  });
});
