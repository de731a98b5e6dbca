import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "~db/client";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { householdsByReference, startWriteLoad } from "#tests/support/write-load";
import { amsterdamStamp, BackupError, backupDatabase, backupFileName, pruneBackups } from "./backup.server";
import { restoreDatabase } from "./restore.server";

const dir = mkdtempSync(path.join(os.tmpdir(), "wijkmarkt-backup-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a backup under write load", () => {
  it("is consistent, restores, and holds every write acknowledged before it began", { timeout: 60_000 }, async () => {
    // Some megabytes, so the copy takes several steps and the writer gets in between them.
    db.run(sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < 4000)
      insert into email_outbox (\`to\`, subject, body) select 'bulk@example.org', 'bulk', printf('%.1000c', 'x') from n`);
    const load = startWriteLoad({ writers: 1, count: 400 });
    await load.acknowledged(40);
    const before = [...load.acks];
    // Its own connection, as `npm run db:backup` has: the writers are other processes.
    const source = new Database(getEnv().DATABASE_PATH);
    const target = path.join(dir, "under-load.db");
    const result = await backupDatabase(source, target);
    source.close();
    const whenDone = load.acks.length;
    await load.finished;
    expect(whenDone).toBeLessThan(400); // the writer was still writing when the copy was done

    expect(result.file).toBe(target);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["under-load.db"]); // no partial copy or journal left

    const restored = path.join(dir, "restored.db");
    restoreDatabase(target, restored);
    for (const suffix of ["-wal", "-shm", "-journal"]) expect(existsSync(restored + suffix)).toBe(false);
    const copy = openDatabase(restored);
    expect(copy.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    const present = householdsByReference(copy);
    copy.$client.close();

    for (const ack of before) expect(present.get(ack.reference)).toBe(ack.id);
    // A consistent snapshot: the writer's households up to some point, without gaps.
    const numbers = [...present.keys()].filter((ref) => ref.startsWith("writer0-")).map((ref) => Number(ref.split("-")[1]));
    expect(numbers.length).toBeGreaterThanOrEqual(before.length);
    expect(numbers.sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
  });

  it("refuses to overwrite an existing file or the database itself", async () => {
    const source = new Database(getEnv().DATABASE_PATH);
    const existing = path.join(dir, "existing.db");
    writeFileSync(existing, "keep me");
    await expect(backupDatabase(source, existing)).rejects.toThrow(BackupError);
    await expect(backupDatabase(source, getEnv().DATABASE_PATH)).rejects.toThrow("over the database itself");
    source.close();
  });
});

describe("backup names and pruning", () => {
  it("stamps names with Dutch wall-clock time, summer and winter", () => {
    expect(amsterdamStamp(new Date("2026-07-01T22:30:05Z"))).toBe("2026-07-02_00-30-05");
    expect(amsterdamStamp(new Date("2026-01-15T23:59:59Z"))).toBe("2026-01-16_00-59-59");
  });

  it("never picks a name that exists", () => {
    const folder = mkdtempSync(path.join(dir, "names-"));
    const now = new Date("2026-03-01T12:00:00Z");
    const first = backupFileName(folder, now);
    writeFileSync(first, "");
    const second = backupFileName(folder, now);
    expect(path.basename(first)).toBe("wijkmarkt-2026-03-01_13-00-00.db");
    expect(path.basename(second)).toBe("wijkmarkt-2026-03-01_13-00-00-2.db");
    expect(path.basename(backupFileName(folder, now, "-manual"))).toBe("wijkmarkt-2026-03-01_13-00-00-manual.db");
  });

  it("keeps the newest scheduled backups and never touches other files", () => {
    const folder = mkdtempSync(path.join(dir, "prune-"));
    const names = Array.from({ length: 5 }, (_, i) => `wijkmarkt-2026-03-0${i + 1}_03-00-00.db`);
    names.forEach((name, i) => {
      writeFileSync(path.join(folder, name), "");
      utimesSync(path.join(folder, name), new Date(2026, 2, i + 1), new Date(2026, 2, i + 1));
    });
    for (const other of ["wijkmarkt-2026-01-01_03-00-00-manual.db", "notes.txt", "wijkmarkt.db"]) writeFileSync(path.join(folder, other), "");
    expect(pruneBackups(folder, 3).map((file) => path.basename(file))).toEqual([names[1], names[0]]);
    expect(readdirSync(folder).sort()).toEqual(["notes.txt", "wijkmarkt-2026-01-01_03-00-00-manual.db", ...names.slice(2), "wijkmarkt.db"].sort());
    expect(pruneBackups(folder, 3)).toEqual([]);
  });
});
