import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from "./client";

const dir = mkdtempSync(path.join(os.tmpdir(), "wm-branch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as it was at the branch commit: 0000, 0001 and 0002_policy_advisor. */
function branchFolder() {
  const folder = path.join(dir, "branch");
  mkdirSync(path.join(folder, "meta"), { recursive: true });
  const entries = [
    ["0000_init", 1795640198650],
    ["0001_initiatives_fts", 1795640199584],
    ["0002_policy_advisor", 1796032340947],
  ] as const;
  for (const [tag] of entries) copyFileSync(path.join(MIGRATIONS_FOLDER, `${tag}.sql`), path.join(folder, `${tag}.sql`));
  const journal = { version: "7", dialect: "sqlite", entries: entries.map(([tag, when], idx) => ({ idx, version: "6", when, tag, breakpoints: true })) };
  writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify(journal));
  return folder;
}

describe("a database made at the branch that had 0002_policy_advisor", () => {
  it("migrates onto main's chain and keeps its policy advisors", () => {
    const file = path.join(dir, "branch.db");
    const db = openDatabase(file);
    migrate(db, { migrationsFolder: branchFolder() });
    db.$client.exec(
      `insert into users (id, email, name, password_hash, is_policy_advisor) values ('u1', 'beleid@example.org', 'Beleid', 'x', 1), ('u2', 'bewoner@example.org', 'Bewoner', 'x', 0)`,
    );

    migrateDatabase(db);

    const advisors = db.$client.prepare("select id from users where is_policy_advisor = 1").pluck().all();
    expect(advisors).toEqual(["u1"]);
    const applied = db.$client.prepare("select count(*) from __drizzle_migrations").pluck().get();
    const journal = (JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: unknown[] }).entries;
    expect(applied).toBe(journal.length);
    // A second start changes nothing.
    migrateDatabase(db);
    expect(db.$client.prepare("select count(*) from __drizzle_migrations").pluck().get()).toBe(journal.length);
    db.$client.close();
  });
});
