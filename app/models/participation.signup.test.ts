import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { initiatives, participations, referrals } from "~db/schema";
import { db } from "~/utils/db.server";
import type { SignUpResult } from "./participation.server";
import { runReferralCommand } from "~/models/referral";
import { createUser } from "#tests/factories/core";
import { makeReferralWorld, sendReferralAsConsultant } from "#tests/factories/referral";
import { race, workerPath } from "#tests/support/race";

const WORKER = workerPath("participation-signup.ts");

function signUpWorld(capacity: number) {
  const world = makeReferralWorld({ capacity });
  db.update(initiatives).set({ signUpInSite: true }).where(eq(initiatives.id, world.initiative.id)).run();
  return world;
}

describe("signing up for the last place at the same moment", () => {
  it("lets exactly one of two residents in two processes take the last place", async () => {
    const world = signUpWorld(1);
    const [a, b] = [createUser(), createUser()];
    const results = await race<SignUpResult>(
      WORKER,
      [a, b].map((user) => [user.id, String(world.initiative.id)]),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "no_places" }]);
    expect(db.select().from(participations).where(eq(participations.initiativeId, world.initiative.id)).all()).toHaveLength(1);
  }, 60_000);

  it("never overbooks with five residents for three places, one already held by a referral", async () => {
    const world = signUpWorld(3);
    const referralId = sendReferralAsConsultant(world);
    expect(runReferralCommand(world.organiser, "accept", { referralId })).toMatchObject({ ok: true });
    const residents = Array.from({ length: 5 }, () => createUser());
    const results = await race<SignUpResult>(
      WORKER,
      residents.map((user) => [user.id, String(world.initiative.id)]),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === "no_places")).toBe(true);
    const held = db.select().from(participations).where(eq(participations.initiativeId, world.initiative.id)).all();
    const accepted = db.select().from(referrals).where(eq(referrals.status, "accepted")).all();
    expect(held.length + accepted.length).toBe(3);
  }, 60_000);
});
