/**
 * `npm run db:restore <file>` (db/restore.ts): checks a backup and only then puts it in place of
 * the database. The file must pass `PRAGMA integrity_check` and carry a migration history that
 * is the start of ours (so it is a Wijkmarkt database of this or an older version); newer
 * migrations are applied to it before it replaces the database in one rename.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, linkSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from "~db/client";
import { runningPid } from "~/utils/pid-file.server";
import { amsterdamStamp } from "./backup.server";

export class RestoreError extends Error {}

export type RestoreResult = { applied: number; previous: string | null };

const SIDE_FILES = ["-wal", "-shm", "-journal"];

function removeSideFiles(file: string) {
  for (const suffix of SIDE_FILES) rmSync(file + suffix, { force: true });
}

/**
 * Throws a RestoreError naming what is wrong (with `name`, the file as the operator knows it);
 * returns how many of our migrations the copy lacks.
 */
function checkBackup(file: string, { name = file, migrationsFolder = MIGRATIONS_FOLDER } = {}): number {
  const ours = readMigrationFiles({ migrationsFolder });
  let copy: Database.Database;
  try {
    copy = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw new RestoreError(`Cannot open ${name}: ${(error as Error).message}`);
  }
  try {
    let integrity: string[];
    try {
      integrity = (copy.pragma("integrity_check") as Record<string, unknown>[]).map((row) => String(Object.values(row)[0]));
    } catch (error) {
      throw new RestoreError(`${name} is not a usable SQLite database: ${(error as Error).message}`);
    }
    if (integrity.join() !== "ok") {
      throw new RestoreError(`${name} failed the integrity check: ${integrity.slice(0, 5).join("; ")}`);
    }
    const hasHistory = copy.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    if (!hasHistory) throw new RestoreError(`${name} is not a Wijkmarkt database: it has no migration history.`);
    const theirs = copy
      .prepare("select hash from __drizzle_migrations order by created_at, rowid")
      .all()
      .map((row) => (row as { hash: string }).hash);
    if (theirs.length === 0) throw new RestoreError(`${name} is not a Wijkmarkt database: its migration history is empty.`);
    if (theirs.length > ours.length) {
      throw new RestoreError(
        `${name} comes from a newer Wijkmarkt (${theirs.length} migrations, this version knows ${ours.length}). Restore it with that version.`,
      );
    }
    const differs = theirs.findIndex((hash, i) => hash !== ours[i].hash);
    if (differs !== -1) {
      throw new RestoreError(`${name} does not come from this Wijkmarkt: its migration ${differs + 1} differs from ours.`);
    }
    return ours.length - theirs.length;
  } finally {
    copy.close();
  }
}

/**
 * Copies the backup beside the database, checks and migrates the copy, keeps the current database
 * under a new name (a hard link, no second copy), and renames the copy over it: at every moment
 * the database path holds either the old or the new database, never a half-written one. The old
 * database's -wal and -shm are gone before the new one takes its place, so SQLite can never replay
 * the old log onto the restored file.
 */
export function restoreDatabase(backupFile: string, databasePath: string, migrationsFolder = MIGRATIONS_FOLDER): RestoreResult {
  const backup = path.resolve(backupFile);
  const target = path.resolve(databasePath);
  if (!existsSync(backup)) throw new RestoreError(`${backup} does not exist.`);
  if (backup === target) throw new RestoreError("The backup is the database itself.");
  const pid = runningPid(target);
  if (pid !== null) {
    throw new RestoreError(`A Wijkmarkt server (process ${pid}) is using ${target}. Stop it first, then restore. (If no server runs, delete ${target}.pid.)`);
  }

  const staging = `${target}.restoring-${randomBytes(4).toString("hex")}`;
  try {
    copyFileSync(backup, staging);
    for (const suffix of ["-wal", "-shm"]) if (existsSync(backup + suffix)) copyFileSync(backup + suffix, staging + suffix);
    chmodSync(staging, 0o600);
    const applied = checkBackup(staging, { name: backup, migrationsFolder });
    const db = openDatabase(staging);
    try {
      migrateDatabase(db);
      db.$client.pragma("wal_checkpoint(TRUNCATE)");
      db.$client.pragma("journal_mode = DELETE");
    } finally {
      db.$client.close();
    }
    removeSideFiles(staging);

    let previous: string | null = null;
    if (existsSync(target)) {
      settle(target);
      previous = `${target}.before-restore-${amsterdamStamp(new Date())}`;
      for (let n = 2; existsSync(previous); n++) previous = `${target}.before-restore-${amsterdamStamp(new Date())}-${n}`;
      linkSync(target, previous);
    }
    renameSync(staging, target);
    return { applied, previous };
  } finally {
    rmSync(staging, { force: true });
    removeSideFiles(staging);
  }
}

/** Folds the current database's write-ahead log into it and removes -wal and -shm. */
function settle(file: string) {
  try {
    const current = new Database(file, { fileMustExist: true });
    try {
      current.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      current.close();
    }
  } catch {
    // A damaged current database is what a restore is for: its log goes with it.
  }
  removeSideFiles(file);
}
