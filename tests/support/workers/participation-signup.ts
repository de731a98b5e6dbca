/**
 * A separate process for participation.signup.test.ts: opens its own connection to DATABASE_PATH,
 * says "ready", and signs up the moment the test writes a line to its stdin.
 * Usage: node --import tsx tests/support/workers/participation-signup.ts <userId> <initiativeId>
 */
import { signUp } from "~/models/participation.server";
import { loadActor } from "~/utils/auth.server";

const [userId, initiativeId] = process.argv.slice(2);
const actor = loadActor(userId);
if (!actor) throw new Error(`no user ${userId}`);
process.stdout.write("ready\n");
process.stdin.once("data", () => {
  const result = signUp(actor, { initiativeId: Number(initiativeId) });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
});
