import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from "~db/client";
import { notePid } from "~/utils/pid-file.server";
import { backupDatabase } from "./backup.server";
import { RestoreError, restoreDatabase } from "./restore.server";

const dir = mkdtempSync(path.join(os.tmpdir(), "wijkmarkt-restore-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
const file = (name: string) => path.join(dir, `${++n}-${name}`);

/** A migrated database holding one marker row, so a test sees which database is where. */
function databaseWith(marker: string, name = "db.sqlite") {
  const target = file(name);
  const db = openDatabase(target);
  migrateDatabase(db);
  db.$client.prepare("insert into email_outbox (`to`, subject, body) values ('x', ?, 'x')").run(marker);
  db.$client.close();
  return target;
}

function markerOf(database: string) {
  const db = new Database(database, { readonly: true });
  const row = db.prepare("select subject from email_outbox").get() as { subject: string };
  db.close();
  return row.subject;
}

async function backupOf(marker: string) {
  const source = new Database(databaseWith(marker));
  const target = file("backup.db");
  await backupDatabase(source, target);
  source.close();
  return target;
}

let live: string;
beforeEach(() => {
  live = databaseWith("live");
});

function expectRefused(backup: string, message: RegExp | string) {
  expect(() => restoreDatabase(backup, live)).toThrow(RestoreError);
  expect(() => restoreDatabase(backup, live)).toThrow(message);
  expect(markerOf(live)).toBe("live");
  // Nothing kept aside, no staging copy left behind.
  const leftovers = readdirSync(dir).filter((name) => name.startsWith(`${path.basename(live)}.`) && /\.(before-restore|restoring)/.test(name));
  expect(leftovers).toEqual([]);
}

describe("restoring a good backup", () => {
  it("replaces the database, keeps the old one aside, and leaves no -wal or -shm", async () => {
    const backup = await backupOf("from backup");
    // The live database has a write-ahead log with data, as after a crash.
    const open = new Database(live);
    open.pragma("wal_autocheckpoint = 0");
    open.prepare("update email_outbox set subject = 'live, in the log'").run();
    const result = restoreDatabase(backup, live);
    open.close();
    expect(markerOf(live)).toBe("from backup");
    expect(result.applied).toBe(0);
    expect(markerOf(result.previous!)).toBe("live, in the log");
    for (const suffix of ["-wal", "-shm", "-journal"]) expect(existsSync(live + suffix)).toBe(false);
    expect(statSync(live).mode & 0o777).toBe(0o600);
    const check = new Database(live);
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    check.close();
  });

  it("applies the migrations that came after the backup was made", () => {
    const ours = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
    const older = path.join(dir, "older-migrations");
    cpSync(MIGRATIONS_FOLDER, older, { recursive: true });
    const journalFile = path.join(older, "meta/_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: unknown[] };
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }));
    const backup = file("old-version.db");
    const sqlite = new Database(backup);
    migrate(drizzle(sqlite), { migrationsFolder: older });
    sqlite.close();

    expect(restoreDatabase(backup, live).applied).toBe(ours.length - 1);
    const restored = new Database(live);
    expect(restored.prepare("select count(*) as n from __drizzle_migrations").get()).toEqual({ n: ours.length });
    restored.close();
  });
});

describe("restore refuses", () => {
  it("a file that is not a database", () => {
    const garbage = file("garbage.db");
    writeFileSync(garbage, "this is not a database at all, just some text ".repeat(200));
    expectRefused(garbage, /not a usable SQLite database/);
  });

  it("a damaged backup", async () => {
    const backup = await backupOf("damaged");
    const bytes = readFileSync(backup);
    // Scribble over the second page onward, keeping the header: SQLite opens it, the check fails.
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 4));
    writeFileSync(backup, bytes);
    expectRefused(backup, /integrity check|not a usable SQLite database/);
  });

  it("a database of another application", () => {
    const foreign = file("foreign.db");
    const sqlite = new Database(foreign);
    sqlite.exec("create table notes (id integer primary key, text text); insert into notes (text) values ('hello')");
    sqlite.close();
    expectRefused(foreign, /not a Wijkmarkt database: it has no migration history/);
  });

  it("a backup from a newer or a different version", async () => {
    const newer = await backupOf("newer");
    const sqlite = new Database(newer);
    sqlite.prepare("insert into __drizzle_migrations (hash, created_at) values ('future', ?)").run(Date.now() + 1e9);
    sqlite.close();
    expectRefused(newer, /comes from a newer Wijkmarkt/);

    const other = await backupOf("other");
    const changed = new Database(other);
    changed.prepare("update __drizzle_migrations set hash = 'something else' where rowid = 1").run();
    changed.close();
    expectRefused(other, /migration 1 differs from ours/);
  });

  it("while a server is using the database", async () => {
    const backup = await backupOf("while running");
    const forget = notePid(live);
    expectRefused(backup, `process ${process.pid}`);
    forget();
    restoreDatabase(backup, live);
    expect(markerOf(live)).toBe("while running");
  });

  it("a file that does not exist", () => {
    expectRefused(path.join(dir, "missing.db"), /does not exist/);
  });
});

describe("the commands", () => {
  const run = (script: string, args: string[], database: string) =>
    spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
      env: { ...process.env, DATABASE_PATH: database },
      encoding: "utf8",
    });

  it("db:backup writes a backup and db:restore puts it back; a bad file gets a clear message", () => {
    const target = path.join(dir, "by-command.db");
    const backup = run("db/backup.ts", [target], live);
    expect(backup.stdout).toContain(`to ${target}`);
    expect(backup.status).toBe(0);

    const garbage = file("garbage.db");
    writeFileSync(garbage, "nonsense".repeat(1000));
    const refused = run("db/restore.ts", [garbage], live);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Not restored: ${garbage} is not a usable SQLite database`);
    expect(refused.stderr).not.toMatch(/\n\s+at /); // no stack trace

    const restored = run("db/restore.ts", [target], live);
    expect(restored.stdout).toContain(`Restored ${live} from ${target}.`);
    expect(restored.status).toBe(0);
    expect(markerOf(live)).toBe("live");
  });
});
