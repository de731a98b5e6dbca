/**
 * A separate process for referral.accept.test.ts: opens its own connection to DATABASE_PATH,
 * says "ready", and accepts the referral the moment the test writes a line to its stdin.
 * Usage: node --import tsx tests/support/workers/referral-accept.ts <userId> <referralId>
 */
import { runReferralCommand } from "~/models/referral";
import { loadActor } from "~/utils/auth.server";

const [userId, referralId] = process.argv.slice(2);
const actor = loadActor(userId);
if (!actor) throw new Error(`no user ${userId}`);
process.stdout.write("ready\n");
process.stdin.once("data", () => {
  const result = runReferralCommand(actor, "accept", { referralId: Number(referralId) });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
});
