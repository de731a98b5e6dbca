/**
 * Migrations are only ever added, never edited: a database made at an earlier commit must still
 * migrate. The lock file records a hash of every committed migration and its journal entry; it
 * only grows. `npm run db:generate` records new migrations; the test beside this file fails when a
 * recorded one changed.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const LOCK_FILE = path.resolve(process.cwd(), "db/migration-lock/migrations.lock.json");
const MIGRATIONS = path.resolve(process.cwd(), "db/migrations");

type JournalEntry = { idx: number; when: number; tag: string; breakpoints: boolean };
export type Lock = Record<string, string>;

export function journalEntries(): JournalEntry[] {
  return (JSON.parse(readFileSync(path.join(MIGRATIONS, "meta/_journal.json"), "utf8")) as { entries: JournalEntry[] }).entries;
}

/** The hash of a migration's SQL together with its journal entry (order, time, tag). */
export function migrationHash(entry: JournalEntry) {
  const sql = readFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`));
  const journal = JSON.stringify([entry.idx, entry.when, entry.tag, entry.breakpoints]);
  return createHash("sha256").update(journal).update("\0").update(sql).digest("hex");
}

export function readLock(): Lock {
  return JSON.parse(readFileSync(LOCK_FILE, "utf8")) as Lock;
}

/** Adds the migrations that are not recorded yet; never rewrites a recorded one. */
export function recordNewMigrations() {
  const lock = readLock();
  const added = journalEntries().filter((entry) => !(entry.tag in lock));
  for (const entry of added) lock[entry.tag] = migrationHash(entry);
  writeFileSync(LOCK_FILE, `${JSON.stringify(lock, null, 2)}\n`);
  return added.map((entry) => entry.tag);
}
