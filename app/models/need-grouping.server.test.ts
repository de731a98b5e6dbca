/**
 * Each need carries its household's one target group and whether the household is closed
 * (migration need_grouping_triggers, decision 020), kept by triggers; the unmet-need counts and the
 * signals count from that copy, so it must follow every change and agree with primaryTargetGroup.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { householdChildren, households, needs } from "~db/schema";
import { AGE_BANDS, MOBILITY, type AgeBand } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { createStaffedTeam } from "#tests/factories/core";
import { countUnmetNeeds, primaryTargetGroup } from "./matching.server";
import { buildHousehold, buildNeed, inTeam } from "#tests/factories/household";

const copyOf = (needId: number) => db.select({ targetGroup: needs.targetGroup, closed: needs.householdClosed }).from(needs).where(eq(needs.id, needId)).get();

function setChildren(householdId: number, bands: AgeBand[]) {
  db.delete(householdChildren).where(eq(householdChildren.householdId, householdId)).run();
  if (bands.length)
    db.insert(householdChildren)
      .values(bands.map((ageBand) => ({ householdId, ageBand })))
      .run();
}

describe("need grouping", () => {
  it("follows the household's children, composition and closing", () => {
    const world = createStaffedTeam();
    const household = buildHousehold({ ...inTeam(world), languages: ["nl"] });
    const need = buildNeed(household.id);
    expect(copyOf(need.id)).toEqual({ targetGroup: "everyone", closed: false });

    setChildren(household.id, ["12-17"]);
    expect(copyOf(need.id)?.targetGroup).toBe("youth");
    db.insert(householdChildren).values({ householdId: household.id, ageBand: "0-3" }).run();
    expect(copyOf(need.id)?.targetGroup).toBe("families");
    const [young] = db
      .select()
      .from(householdChildren)
      .where(eq(householdChildren.householdId, household.id))
      .all()
      .filter((c) => c.ageBand === "0-3");
    db.update(householdChildren).set({ ageBand: "18-23" }).where(eq(householdChildren.id, young!.id)).run();
    expect(copyOf(need.id)?.targetGroup).toBe("youth");
    setChildren(household.id, []);

    db.update(households).set({ hasOlderAdult: true, needsWheelchairAccess: true }).where(eq(households.id, household.id)).run();
    expect(copyOf(need.id)?.targetGroup).toBe("elderly");
    db.update(households).set({ hasOlderAdult: false }).where(eq(households.id, household.id)).run();
    expect(copyOf(need.id)?.targetGroup).toBe("disability");
    db.update(households)
      .set({ needsWheelchairAccess: false, languages: ["ar", "en"] })
      .where(eq(households.id, household.id))
      .run();
    expect(copyOf(need.id)?.targetGroup).toBe("newcomers");

    db.update(needs).set({ status: "unmet", unmetAt: new Date() }).where(eq(needs.id, need.id)).run();
    expect(countUnmetNeeds(world.consultant)).toEqual([expect.objectContaining({ targetGroup: "newcomers", households: 1 })]);
    db.update(households).set({ closedAt: new Date() }).where(eq(households.id, household.id)).run();
    expect(copyOf(need.id)).toEqual({ targetGroup: "newcomers", closed: true });
    expect(countUnmetNeeds(world.consultant)).toEqual([]);
  });

  it("agrees with primaryTargetGroup for odd and random households", () => {
    const world = createStaffedTeam();
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const languageSets = [[], ["nl"], ["ar"], ["nl", "ar"], ["NL"], ["", "tr"], ['"nl"'], ["nl nl"], ["x".repeat(300)]];
    for (let i = 0; i < 60; i++) {
      const composition = {
        childBands: Array.from({ length: Math.floor(next() * 3) }, () => pick(AGE_BANDS)),
        hasOlderAdult: next() < 0.3,
        languages: pick(languageSets),
        mobility: next() < 0.2 ? null : pick(MOBILITY),
        needsWheelchairAccess: next() < 0.2,
        needsHearingLoop: next() < 0.2,
      };
      const household = buildHousehold({ ...inTeam(world), languages: composition.languages, children: composition.childBands });
      db.update(households)
        .set({
          hasOlderAdult: composition.hasOlderAdult,
          mobility: composition.mobility,
          needsWheelchairAccess: composition.needsWheelchairAccess,
          needsHearingLoop: composition.needsHearingLoop,
        })
        .where(eq(households.id, household.id))
        .run();
      const need = buildNeed(household.id);
      expect(copyOf(need.id)?.targetGroup, JSON.stringify(composition)).toBe(primaryTargetGroup(composition));
    }
  });
});
