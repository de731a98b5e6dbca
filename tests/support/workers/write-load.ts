/**
 * A write load in its own process, through the app's write path and its own connection to
 * DATABASE_PATH: creates households one by one as the consultant and prints "ack <id> <reference>"
 * after each transaction has committed. Stops after `count`, or when killed.
 * Usage: node --import tsx tests/support/workers/write-load.ts <consultantId> <teamId> <pc4> <label> <count>
 */
import { createHousehold } from "~/models/household";
import { loadActor } from "~/utils/auth.server";

const [consultantId, teamId, pc4, label, count] = process.argv.slice(2);
const actor = loadActor(consultantId);
if (!actor) throw new Error(`no user ${consultantId}`);
for (let i = 1; i <= Number(count); i++) {
  const reference = `${label}-${i}`;
  const result = createHousehold(actor, {
    teamId: Number(teamId),
    reference,
    pc4,
    adults: 1,
    children: [],
    languages: ["nl"],
    availableDays: [1],
    needsWheelchairAccess: false,
    needsHearingLoop: false,
  });
  if (!result.ok) throw new Error(`write ${reference} refused: ${result.error}`);
  process.stdout.write(`ack ${result.id} ${reference}\n`);
}
