import { rmSync } from "node:fs";

/** The run's throwaway database (playwright.config.ts) goes when the run ends. */
export default function removeE2eDatabase() {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) return;
  for (const suffix of ["", "-wal", "-shm", ".secret", ".pid"]) rmSync(file + suffix, { force: true });
}
