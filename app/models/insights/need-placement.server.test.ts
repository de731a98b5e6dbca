/**
 * Each need carries its household's team and wijk (migration insights_need_placement), kept by
 * triggers; the insights count from that copy, so it must follow every move.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { households, needs, postcodes } from "~db/schema";
import { db } from "~/utils/db.server";
import { createStaffedTeam } from "#tests/factories/core";
import { unmetNeedsPerWijk } from "./queries.server";
import { makeUnmetNeeds } from "#tests/factories/household";

const placement = (needId: number) => db.select({ teamId: needs.teamId, wijk: needs.neighbourhoodId }).from(needs).where(eq(needs.id, needId)).get();

describe("need placement", () => {
  it("copies the team and wijk into a new need and follows the household and its postcode", () => {
    const north = createStaffedTeam();
    const south = createStaffedTeam();
    const [needId] = makeUnmetNeeds(north.team.id, north.pc4, "social_network", 1);
    expect(placement(needId!)).toEqual({ teamId: north.team.id, wijk: north.wijk.id });

    const { householdId } = db.select({ householdId: needs.householdId }).from(needs).where(eq(needs.id, needId!)).get()!;
    db.update(households).set({ pc4: south.pc4 }).where(eq(households.id, householdId)).run();
    expect(placement(needId!)).toEqual({ teamId: north.team.id, wijk: south.wijk.id });

    db.update(households).set({ teamId: south.team.id }).where(eq(households.id, householdId)).run();
    expect(placement(needId!)).toEqual({ teamId: south.team.id, wijk: south.wijk.id });

    db.update(postcodes).set({ neighbourhoodId: north.wijk.id }).where(eq(postcodes.pc4, south.pc4)).run();
    expect(placement(needId!)).toEqual({ teamId: south.team.id, wijk: north.wijk.id });
  });

  it("counts unmet needs where the household lives now, for the team it belongs to now", () => {
    const north = createStaffedTeam();
    const south = createStaffedTeam();
    const ids = makeUnmetNeeds(north.team.id, north.pc4, "housing", 6);
    const scope = (teamId: number, wijkId: number) => ({ teamIds: [teamId], wijkIds: [wijkId] });
    expect(unmetNeedsPerWijk(scope(north.team.id, north.wijk.id), 0, null)).toEqual([{ wijk: north.wijk.id, domain: "housing", n: 6 }]);

    const moved = db.select({ householdId: needs.householdId }).from(needs).where(eq(needs.id, ids[0]!)).get()!.householdId;
    db.update(households).set({ teamId: south.team.id, pc4: south.pc4 }).where(eq(households.id, moved)).run();
    expect(unmetNeedsPerWijk(scope(north.team.id, north.wijk.id), 0, null)).toEqual([{ wijk: north.wijk.id, domain: "housing", n: 5 }]);
    expect(unmetNeedsPerWijk(scope(south.team.id, south.wijk.id), 0, null)).toEqual([{ wijk: south.wijk.id, domain: "housing", n: 1 }]);
  });
});
