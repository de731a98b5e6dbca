import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { needs, searchGaps } from "~db/schema";
import { countSignalHouseholds, listSignals, trendOf } from "~/models/signals.server";
import { db } from "~/utils/db.server";
import { createStaffedTeam, createUser } from "#tests/factories/core";
import { makeUnmetNeeds } from "#tests/factories/household";

const DAY = 24 * 60 * 60 * 1000;

describe("signals", () => {
  it("groups unmet needs and empty searches by wijk × domain × target group, biggest first, for the own team only", () => {
    const setup = createStaffedTeam();
    const other = createStaffedTeam();
    makeUnmetNeeds(setup.team.id, setup.pc4, "social_network", 3);
    const old = makeUnmetNeeds(setup.team.id, setup.pc4, "social_network", 2);
    for (const id of old)
      db.update(needs)
        .set({ unmetAt: new Date(Date.now() - 200 * DAY) })
        .where(eq(needs.id, id))
        .run();
    const ancient = makeUnmetNeeds(setup.team.id, setup.pc4, "social_network", 1);
    db.update(needs)
      .set({ unmetAt: new Date(Date.now() - 400 * DAY) })
      .where(eq(needs.id, ancient[0]!))
      .run();
    makeUnmetNeeds(setup.team.id, setup.pc4, "finances", 1, { withChildren: true });
    makeUnmetNeeds(other.team.id, other.pc4, "housing", 9);
    db.insert(searchGaps)
      .values([
        { query: "kookclub", neighbourhoodId: setup.neighbourhood.id, domain: "social_network", targetGroup: "everyone" },
        { query: "zwemmen", neighbourhoodId: other.neighbourhood.id },
      ])
      .run();

    const signals = listSignals(setup.consultant);
    expect(signals).toEqual([
      {
        neighbourhoodId: setup.neighbourhood.id,
        neighbourhoodName: setup.neighbourhood.name,
        domain: "social_network",
        targetGroup: "everyone",
        unmet: { last3: 3, last12: 5 },
        searches: { last3: 1, last12: 1 },
        trend: "up",
      },
      {
        neighbourhoodId: setup.neighbourhood.id,
        neighbourhoodName: setup.neighbourhood.name,
        domain: "finances",
        targetGroup: "families",
        unmet: { last3: 1, last12: 1 },
        searches: { last3: 0, last12: 0 },
        trend: "up",
      },
    ]);
    expect(countSignalHouseholds(setup.coordinator, { neighbourhoodId: setup.neighbourhood.id, domain: "social_network", targetGroup: "everyone" })).toBe(5);
    expect(countSignalHouseholds(other.coordinator, { neighbourhoodId: setup.neighbourhood.id, domain: "social_network", targetGroup: "everyone" })).toBe(0);
    expect(listSignals(createUser())).toEqual([]);
  });

  it("puts the most households first: a row of empty searches only never sits above households with an unmet need", () => {
    const setup = createStaffedTeam();
    makeUnmetNeeds(setup.team.id, setup.pc4, "finances", 4);
    makeUnmetNeeds(setup.team.id, setup.pc4, "housing", 1);
    db.insert(searchGaps)
      .values(Array.from({ length: 9 }, () => ({ query: "zwemles", neighbourhoodId: setup.neighbourhood.id, domain: "daytime_activities" as const })))
      .run();
    db.insert(searchGaps)
      .values({ query: "huurschuld", neighbourhoodId: setup.neighbourhood.id, domain: "housing" as const })
      .run();

    const rows = listSignals(setup.consultant).map((s) => [s.domain, s.unmet.last12, s.searches.last12]);
    expect(rows).toEqual([
      ["finances", 4, 0],
      ["housing", 1, 0],
      ["daytime_activities", 0, 9],
      ["housing", 0, 1],
    ]);
  });

  it("calls a trend up or down only when the last 3 months clearly differ from before", () => {
    expect(trendOf(1, 4)).toBe("steady");
    expect(trendOf(6, 9)).toBe("up");
    expect(trendOf(0, 9)).toBe("down");
  });
});
