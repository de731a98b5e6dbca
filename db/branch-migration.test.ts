import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from "./client";

const dir = mkdtempSync(path.join(os.tmpdir(), "wm-branch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const journal = (JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: { tag: string; when: number }[] }).entries;

/** The migrations folder as it was at a branch commit: some of main's migrations, then the branch's own. */
function branchFolder(name: string, entries: (readonly [tag: string, when: number])[]) {
  const folder = path.join(dir, name);
  mkdirSync(path.join(folder, "meta"), { recursive: true });
  for (const [tag] of entries) copyFileSync(path.join(MIGRATIONS_FOLDER, `${tag}.sql`), path.join(folder, `${tag}.sql`));
  const branchJournal = { version: "7", dialect: "sqlite", entries: entries.map(([tag, when], idx) => ({ idx, version: "6", when, tag, breakpoints: true })) };
  writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify(branchJournal));
  return folder;
}

const mainUpTo = (count: number) => journal.slice(0, count).map((entry) => [entry.tag, entry.when] as const);

/** Migrated onto main's whole chain, and a second start changes nothing. */
function expectOnMainsChain(db: ReturnType<typeof openDatabase>) {
  const applied = () => db.$client.prepare("select count(*) from __drizzle_migrations").pluck().get();
  expect(applied()).toBe(journal.length);
  migrateDatabase(db);
  expect(applied()).toBe(journal.length);
}

describe("a database made at the branch that had 0002_policy_advisor", () => {
  it("migrates onto main's chain and keeps its policy advisors", () => {
    const file = path.join(dir, "branch.db");
    const db = openDatabase(file);
    migrate(db, { migrationsFolder: branchFolder("bc8344a", [...mainUpTo(2), ["0002_policy_advisor", 1796032340947]]) });
    db.$client.exec(
      `insert into users (id, email, name, password_hash, is_policy_advisor) values ('u1', 'beleid@example.org', 'Beleid', 'x', 1), ('u2', 'bewoner@example.org', 'Bewoner', 'x', 0)`,
    );

    migrateDatabase(db);

    const advisors = db.$client.prepare("select id from users where is_policy_advisor = 1").pluck().all();
    expect(advisors).toEqual(["u1"]);
    expectOnMainsChain(db);
    db.$client.close();
  });
});

describe("a database made at the branch that had 0014_helper_invite_answer", () => {
  it("migrates onto main's chain (main's 0014–0017 run, 0018 adds the column once) and keeps the answers", () => {
    const db = openDatabase(path.join(dir, "d86287f.db"));
    migrate(db, { migrationsFolder: branchFolder("d86287f", [...mainUpTo(14), ["0014_helper_invite_answer", 1796055831454]]) });
    db.$client.exec(`
      insert into users (id, email, name, password_hash) values ('u1', 'bewoner@example.org', 'Bewoner', 'x'), ('u2', 'buur@example.org', 'Buur', 'x');
      insert into organisations (id, slug, name, kind) values (1, 'buurthuis', 'Buurthuis', 'foundation');
      insert into helper_invites (organisation_id, user_id, answer) values (1, 'u1', 'accepted'), (1, 'u2', null);`);

    migrateDatabase(db);

    expect(db.$client.prepare("select user_id, answer from helper_invites order by user_id").all()).toEqual([
      { user_id: "u1", answer: "accepted" },
      { user_id: "u2", answer: null },
    ]);
    // Main's 0014, which the branch's later time would have made the migrator skip, ran.
    expect(db.$client.prepare("select count(*) from sqlite_master where name = 'listings_version'").pluck().get()).toBe(1);
    expectOnMainsChain(db);
    db.$client.close();
  });
});

describe("a database that applied a migration main does not hold", () => {
  it("is refused with a message that says what to do, and left as it was", () => {
    const db = openDatabase(path.join(dir, "unknown.db"));
    migrate(db, { migrationsFolder: branchFolder("unknown", [...mainUpTo(14), ["0018_helper_invite_answer", 1796050000000]]) });
    expect(() => migrateDatabase(db)).toThrow(/not in db\/migrations.*fresh database file/);
    expect(db.$client.prepare("select count(*) from __drizzle_migrations").pluck().get()).toBe(15);
    db.$client.close();
  });
});
