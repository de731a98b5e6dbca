/** Narrowing the gap map by target group: a household counts under every group its record tells, older people included. */
import { describe, expect, it } from "vitest";
import { householdChildren, households, needs } from "~db/schema";
import { HOUSEHOLD_TARGET_GROUPS } from "~/domain/vocabulary";
import { targetGroupsOf } from "~/models/matching.server";
import { db } from "~/utils/db.server";
import { createStaffedTeam, unique } from "#tests/factories/core";
import { unmetNeedsPerNeighbourhood } from "./queries.server";

describe("gap map by target group", () => {
  it("counts older people, families, youth, disability and newcomers from the household record", () => {
    const w = createStaffedTeam();
    const household = (values: Partial<typeof households.$inferInsert>, children: ("0-3" | "12-17")[] = []) => {
      const { id } = db
        .insert(households)
        .values({ teamId: w.team.id, reference: `T-${unique()}`, pc4: w.pc4, ...values })
        .returning()
        .get();
      for (const ageBand of children) db.insert(householdChildren).values({ householdId: id, ageBand }).run();
      db.insert(needs).values({ householdId: id, domain: "social_network", score: 2, status: "unmet", unmetAt: new Date() }).run();
    };
    for (let i = 0; i < 6; i++) household({ hasOlderAdult: true, languages: ["nl"] });
    household({ hasOlderAdult: true, mobility: "limited" });
    household({ languages: ["ar"] }, ["0-3", "12-17"]);
    household({ languages: ["nl"] });

    const count = (group: (typeof HOUSEHOLD_TARGET_GROUPS)[number] | null) =>
      unmetNeedsPerNeighbourhood({ teamIds: [w.team.id], neighbourhoodIds: [w.neighbourhood.id] }, 0, group)[0]?.n ?? 0;
    expect(count(null)).toBe(9);
    expect(count("elderly")).toBe(7);
    expect(count("disability")).toBe(1);
    expect(count("families")).toBe(1);
    expect(count("youth")).toBe(1);
    expect(count("newcomers")).toBe(1);
    expect(
      targetGroupsOf({ childBands: [], languages: ["nl"], mobility: null, needsWheelchairAccess: false, needsHearingLoop: false, hasOlderAdult: true }),
    ).toEqual(["elderly"]);
  });
});
