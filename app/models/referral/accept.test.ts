import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organisationMembers, referrals } from "~db/schema";
import { db } from "~/utils/db.server";
import { loadActor } from "~/utils/auth.server";
import type { ReferralResult } from "~/models/referral";
import { runReferralCommand } from "~/models/referral";
import { createUser } from "#tests/factories/core";
import { makeReferralWorld, type ReferralWorld, sendReferralAsConsultant } from "#tests/factories/referral";
import { race, workerPath } from "#tests/support/race";
import { buildHousehold, buildNeed, inTeam } from "#tests/factories/household";

const WORKER = workerPath("referral-accept.ts");

/** Every organiser in their own process, all accepting at the same moment, like two app servers. */
const raceAccepts = (contenders: { userId: string; referralId: number }[]) =>
  race<ReferralResult>(
    WORKER,
    contenders.map(({ userId, referralId }) => [userId, String(referralId)]),
  );

/** `count` referrals from different households, all sent to the world's listing. */
function sendReferrals(world: ReferralWorld, count: number) {
  return Array.from({ length: count }, () => {
    const household = buildHousehold({ ...inTeam(world), consent: true });
    return sendReferralAsConsultant({ ...world, need: buildNeed(household.id) }, { householdId: household.id });
  });
}

function addOrganiser(world: ReferralWorld) {
  const user = createUser({ name: "Tweede organisator" });
  db.insert(organisationMembers).values({ organisationId: world.organisation.id, userId: user.id, role: "editor" }).run();
  return loadActor(user.id)!;
}

describe("accepting the last place at the same moment", () => {
  it("lets exactly one of two organisers in two processes take the last place", async () => {
    const world = makeReferralWorld({ capacity: 2, outside: 1 });
    const second = addOrganiser(world);
    const [a, b] = sendReferrals(world, 2);
    const results = await raceAccepts([
      { userId: world.organiser.id, referralId: a },
      { userId: second.id, referralId: b },
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "no_places" }]);
    const statuses = [a, b].map((id) => db.select().from(referrals).where(eq(referrals.id, id)).get()!.status).sort();
    expect(statuses).toEqual(["accepted", "sent"]);

    // The place comes back when the accepted referral ends, and the other can then be accepted.
    const winner = results[0].ok ? a : b;
    const loser = winner === a ? b : a;
    runReferralCommand(world.organiser, "start", { referralId: winner });
    runReferralCommand(world.organiser, "stop", { referralId: winner, reason: "Verhuisd" });
    expect(runReferralCommand(second, "accept", { referralId: loser })).toMatchObject({ ok: true });
  }, 60_000);

  it("never overbooks with four contenders for two places", async () => {
    const world = makeReferralWorld({ capacity: 2 });
    const organisers = [world.organiser, ...Array.from({ length: 3 }, () => addOrganiser(world))];
    const ids = sendReferrals(world, 4);
    const results = await raceAccepts(ids.map((referralId, i) => ({ userId: organisers[i].id, referralId })));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === "no_places")).toBe(true);
    const statuses = ids.map((id) => db.select().from(referrals).where(eq(referrals.id, id)).get()!.status);
    expect(statuses.filter((s) => s === "accepted")).toHaveLength(2);
  }, 60_000);
});
