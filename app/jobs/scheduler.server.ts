/**
 * The server's recurring jobs (backups, retention). A run never overlaps the previous one, an
 * error is logged and the next run comes as planned, and stopJobs() lets a run in progress finish
 * before the server closes the database.
 */
import { logError } from "~/utils/log.server";

type Job = { name: string; timer: NodeJS.Timeout | null; running: Promise<void> | null };

const jobs = new Set<Job>();

export function scheduleJob(name: string, { everyMs, firstInMs = everyMs }: { everyMs: number; firstInMs?: number }, run: () => unknown) {
  const job: Job = { name, timer: null, running: null };
  const tick = () => {
    if (job.running) return;
    job.running = (async () => run())()
      .then(() => undefined)
      .catch((error: unknown) => logError(`job ${name} failed`, error))
      .finally(() => {
        job.running = null;
      });
  };
  job.timer = setTimeout(() => {
    tick();
    job.timer = setInterval(tick, everyMs).unref();
  }, firstInMs).unref();
  jobs.add(job);
  return job;
}

/** No new runs; waits for the runs in progress. */
export async function stopJobs() {
  const running: Promise<void>[] = [];
  for (const job of jobs) {
    if (job.timer) clearTimeout(job.timer);
    job.timer = null;
    if (job.running) running.push(job.running);
  }
  jobs.clear();
  await Promise.all(running);
}
