/**
 * Backups with SQLite's online backup API: a consistent copy while the site keeps running.
 * `npm run db:backup` (db/backup.ts) makes one by hand; with BACKUP_DIR set the server makes one
 * every BACKUP_EVERY_HOURS and keeps the newest BACKUP_KEEP.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { getDb } from "~/utils/db.server";
import { getEnv, type Env } from "~/utils/env.server";
import { logInfo } from "~/utils/log.server";
import { scheduleJob } from "./scheduler.server";

const HOUR_MS = 60 * 60 * 1000;
/** Pages copied per step: small steps keep the server answering while a large database is copied. */
const PAGES_PER_STEP = 256;
/** All remaining pages in one step (SQLite's -1, as better-sqlite3 takes it). */
const ALL_PAGES = 0x7fffffff;
/** Scheduled backups are named like this; only these are ever deleted by BACKUP_KEEP. */
const SCHEDULED_NAME = /^wijkmarkt-\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d(?:-\d+)?\.db$/;

export type BackupResult = { file: string; bytes: number; ms: number };

export class BackupError extends Error {}

/** "2026-03-29_14-05-09" in Dutch time: the folder listing reads like the clock on the wall. */
export function amsterdamStamp(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Amsterdam",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}_${parts.hour}-${parts.minute}-${parts.second}`;
}

export function defaultBackupDir(env: Pick<Env, "BACKUP_DIR" | "DATABASE_PATH"> = getEnv()) {
  return path.resolve(env.BACKUP_DIR ?? path.join(path.dirname(env.DATABASE_PATH), "backups"));
}

/** A file name in `dir` that does not exist yet: `wijkmarkt-<stamp>[-<n>][suffix].db`. */
export function backupFileName(dir: string, now = new Date(), suffix = "") {
  const stamp = amsterdamStamp(now);
  for (let n = 1; ; n++) {
    const file = path.join(dir, `wijkmarkt-${stamp}${n > 1 ? `-${n}` : ""}${suffix}.db`);
    if (!existsSync(file)) return file;
  }
}

/**
 * Copies the database that `source` is connected to into `target`, consistently even while other
 * connections write. The copy is written beside the target first, checked, switched to a plain
 * rollback journal (one self-contained file), made readable by the owner only and then renamed
 * into place, so `target` is either absent or a complete backup.
 */
export async function backupDatabase(source: Database.Database, target: string): Promise<BackupResult> {
  const started = performance.now();
  const file = path.resolve(target);
  if (file === path.resolve(source.name)) throw new BackupError("The backup cannot be written over the database itself.");
  if (existsSync(file)) throw new BackupError(`${file} already exists; choose another name.`);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${randomBytes(4).toString("hex")}.partial`;
  try {
    let lastRemaining = Infinity;
    await source.backup(partial, {
      // A write by another connection restarts the copy; from then on it is done in one step,
      // which a writer in another process cannot interrupt.
      progress: ({ remainingPages }) => {
        const restarted = remainingPages > lastRemaining;
        lastRemaining = remainingPages;
        return restarted ? ALL_PAGES : PAGES_PER_STEP;
      },
    });
    const copy = new Database(partial);
    try {
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new BackupError(`The copy failed its check: ${String(check)}`);
    } finally {
      copy.close();
    }
    chmodSync(partial, 0o600);
    renameSync(partial, file);
  } finally {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(partial + suffix, { force: true });
  }
  return { file, bytes: statSync(file).size, ms: Math.round(performance.now() - started) };
}

/** Deletes the oldest scheduled backups in `dir` beyond the newest `keep`; returns what it deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const scheduled = readdirSync(dir)
    .filter((name) => SCHEDULED_NAME.test(name))
    .map((name) => ({ file: path.join(dir, name), mtime: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime || b.file.localeCompare(a.file));
  const old = scheduled.slice(keep).map((backup) => backup.file);
  for (const file of old) rmSync(file, { force: true });
  return old;
}

function newestScheduledBackup(dir: string): number | null {
  if (!existsSync(dir)) return null;
  const times = readdirSync(dir)
    .filter((name) => SCHEDULED_NAME.test(name))
    .map((name) => statSync(path.join(dir, name)).mtimeMs);
  return times.length ? Math.max(...times) : null;
}

export function formatBytes(bytes: number) {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One scheduled run: a backup through the server's own connection, then the old ones pruned. */
async function runScheduledBackup(env: Env = getEnv()) {
  const dir = defaultBackupDir(env);
  const result = await backupDatabase(getDb().$client, backupFileName(dir));
  const removed = pruneBackups(dir, env.BACKUP_KEEP);
  logInfo(
    `backup: wrote ${result.file} (${formatBytes(result.bytes)}) in ${result.ms} ms` +
      (removed.length ? `; removed ${removed.length} older: ${removed.map((file) => path.basename(file)).join(", ")}` : ""),
  );
  return { ...result, removed };
}

/**
 * With BACKUP_DIR set: a backup every BACKUP_EVERY_HOURS. The first one is due an interval after
 * the newest backup already in the folder (at once when there is none or it is overdue), so
 * frequent restarts do not postpone backups for ever.
 */
export function startScheduledBackups(env: Env = getEnv(), now = Date.now()) {
  if (!env.BACKUP_DIR) return null;
  const everyMs = env.BACKUP_EVERY_HOURS * HOUR_MS;
  const newest = newestScheduledBackup(defaultBackupDir(env));
  const firstInMs = newest === null ? 0 : Math.max(0, Math.min(everyMs, newest + everyMs - now));
  logInfo(`backup: every ${env.BACKUP_EVERY_HOURS} h into ${defaultBackupDir(env)}, keeping ${env.BACKUP_KEEP}; next in ${Math.round(firstInMs / 60_000)} min`);
  return scheduleJob("backup", { everyMs, firstInMs }, () => runScheduledBackup(env));
}
