import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organisationMembers, referrals } from "~db/schema";
import { db } from "~/utils/db.server";
import { loadActor } from "~/utils/auth.server";
import type { ReferralResult } from "./referral.server";
import { acceptReferral, markStarted, stopReferral } from "./referral.server";
import { createUser } from "../../tests/factories/core";
import { makeHousehold, makeNeed, makeReferralWorld, type ReferralWorld, sendTestReferral } from "../../tests/factories/referrals";

const WORKER = path.resolve(import.meta.dirname, "referral.accept.worker.ts");

/** One process per organiser, each with its own database connection, like two app servers. */
function startContender(userId: string, referralId: number) {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, userId, String(referralId)], {
    env: process.env,
    cwd: process.cwd(),
  }) as ChildProcessWithoutNullStreams;
  let output = "";
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith("ready\n")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`contender exited early (${code}): ${errors}`)));
  });
  const result = new Promise<ReferralResult>((resolve, reject) => {
    child.on("exit", (code) => {
      const line = output.split("\n").filter(Boolean).at(-1) ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line) as ReferralResult);
      else reject(new Error(`contender failed (${code}): ${errors}`));
    });
  });
  return { child, ready, result };
}

/** Starts every contender, waits until all are loaded, then lets them go at the same moment. */
async function raceAccepts(contenders: { userId: string; referralId: number }[]) {
  const started = contenders.map(({ userId, referralId }) => startContender(userId, referralId));
  await Promise.all(started.map((c) => c.ready));
  for (const c of started) c.child.stdin.write("go\n");
  return Promise.all(started.map((c) => c.result));
}

/** `count` referrals from different households, all sent to the world's listing. */
function sendReferrals(world: ReferralWorld, count: number) {
  return Array.from({ length: count }, () => {
    const household = makeHousehold(world, { consent: true });
    return sendTestReferral({ ...world, need: makeNeed(household.id) }, { householdId: household.id });
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
    markStarted(world.organiser, { referralId: winner });
    stopReferral(world.organiser, { referralId: winner, reason: "Verhuisd" });
    expect(acceptReferral(second, { referralId: loser })).toMatchObject({ ok: true });
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
