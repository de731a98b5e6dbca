/** Background work of the web server: the outbox every 10 s; reminders and digests every minute. */
import { drainOutbox, stopDraining } from "~/utils/email.server";
import { logError } from "~/utils/log.server";
import { sendDigests } from "./digests.server";
import { sendReminders } from "./reminders.server";

const OUTBOX_INTERVAL_MS = 10_000;
const DIGEST_INTERVAL_MS = 60_000;

let worker: NodeJS.Timeout[] | null = null;

export function startEmailWorker() {
  if (worker) return;
  const log = (what: string) => (error: unknown) => logError(`email worker: ${what} failed`, error);
  worker = [
    setInterval(() => {
      drainOutbox().catch(log("outbox"));
    }, OUTBOX_INTERVAL_MS).unref(),
    setInterval(() => {
      try {
        sendReminders();
        sendDigests();
      } catch (error) {
        log("digests")(error);
      }
    }, DIGEST_INTERVAL_MS).unref(),
  ];
}

/**
 * Stops the timers and waits until the message being sent is sent and recorded, so that nothing
 * goes out twice after a restart. Digests and reminders run synchronously, so they are never
 * caught half-way.
 */
export async function stopEmailWorker() {
  if (!worker) return;
  for (const timer of worker) clearInterval(timer);
  worker = null;
  await stopDraining();
}
