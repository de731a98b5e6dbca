/**
 * Each need carries its household's team and neighbourhood (migration insights_need_placement), kept by
 * triggers; the insights count from that copy, so it must follow every move.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { households, needs, postcodes } from "~db/schema";
import { db } from "~/utils/db.server";
import { createStaffedTeam } from "#tests/factories/core";
import { unmetNeedsPerNeighbourhood } from "./queries.server";
import { makeUnmetNeeds } from "#tests/factories/household";

const placement = (needId: number) => db.select({ teamId: needs.teamId, neighbourhood: needs.neighbourhoodId }).from(needs).where(eq(needs.id, needId)).get();

describe("need placement", () => {
  it("copies the team and wijk into a new need and follows the household and its postcode", () => {
    const north = createStaffedTeam();
    const south = createStaffedTeam();
    const [needId] = makeUnmetNeeds(north.team.id, north.pc4, "social_network", 1);
    expect(placement(needId!)).toEqual({ teamId: north.team.id, neighbourhood: north.neighbourhood.id });

    const { householdId } = db.select({ householdId: needs.householdId }).from(needs).where(eq(needs.id, needId!)).get()!;
    db.update(households).set({ pc4: south.pc4 }).where(eq(households.id, householdId)).run();
    expect(placement(needId!)).toEqual({ teamId: north.team.id, neighbourhood: south.neighbourhood.id });

    db.update(households).set({ teamId: south.team.id }).where(eq(households.id, householdId)).run();
    expect(placement(needId!)).toEqual({ teamId: south.team.id, neighbourhood: south.neighbourhood.id });

    db.update(postcodes).set({ neighbourhoodId: north.neighbourhood.id }).where(eq(postcodes.pc4, south.pc4)).run();
    expect(placement(needId!)).toEqual({ teamId: south.team.id, neighbourhood: north.neighbourhood.id });
  });

  it("counts unmet needs where the household lives now, for the team it belongs to now", () => {
    const north = createStaffedTeam();
    const south = createStaffedTeam();
    const ids = makeUnmetNeeds(north.team.id, north.pc4, "housing", 6);
    const scope = (teamId: number, neighbourhoodId: number) => ({ teamIds: [teamId], neighbourhoodIds: [neighbourhoodId] });
    expect(unmetNeedsPerNeighbourhood(scope(north.team.id, north.neighbourhood.id), 0, null)).toEqual([
      { neighbourhood: north.neighbourhood.id, domain: "housing", n: 6 },
    ]);

    const moved = db.select({ householdId: needs.householdId }).from(needs).where(eq(needs.id, ids[0]!)).get()!.householdId;
    db.update(households).set({ teamId: south.team.id, pc4: south.pc4 }).where(eq(households.id, moved)).run();
    expect(unmetNeedsPerNeighbourhood(scope(north.team.id, north.neighbourhood.id), 0, null)).toEqual([
      { neighbourhood: north.neighbourhood.id, domain: "housing", n: 5 },
    ]);
    expect(unmetNeedsPerNeighbourhood(scope(south.team.id, south.neighbourhood.id), 0, null)).toEqual([
      { neighbourhood: south.neighbourhood.id, domain: "housing", n: 1 },
    ]);
  });
});
