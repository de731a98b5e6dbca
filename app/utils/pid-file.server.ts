/**
 * A running server notes its process id beside the database (`<database>.pid`), so tools that must
 * not run under it (db:restore) can refuse. A note left by a crashed server is recognised as stale.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export function pidFileFor(databasePath: string) {
  return `${path.resolve(databasePath)}.pid`;
}

/** Writes this process's id; the returned function removes the note again (only if it is still ours). */
export function notePid(databasePath: string): () => void {
  const file = pidFileFor(databasePath);
  writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  return () => {
    if (runningPid(databasePath) === process.pid) rmSync(file, { force: true });
  };
}

/** The id of a live process that noted itself for this database, or null. */
export function runningPid(databasePath: string): number | null {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(pidFileFor(databasePath), "utf8"), 10);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}
