import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase, withoutForeignKeys } from "./client";

const dir = mkdtempSync(path.join(os.tmpdir(), "wm-rebuild-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Journal = { entries: { idx: number; tag: string }[] };

/**
 * The migrations folder as it was up to a migration, found by the end of its name (so
 * renumbering keeps this test right): up to just before it, or up to and including it.
 */
function folderUpTo(tagEnd: string, include: "before" | "including") {
  const folder = path.join(dir, `${include}${tagEnd}`);
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, "meta/_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as Journal;
  const found = journal.entries.findIndex((entry) => entry.tag.endsWith(tagEnd));
  expect(found).toBeGreaterThan(0);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, include === "before" ? found : found + 1) }));
  return folder;
}

/** As migrateDatabase runs them: foreign keys off, or rebuilding a table would cascade into its children. */
const migrateUpTo = (db: ReturnType<typeof openDatabase>, migrationsFolder: string) => withoutForeignKeys(db.$client, () => migrate(db, { migrationsFolder }));

const schemaObjects = (sqlite: Database.Database, type: "trigger" | "index") =>
  sqlite.prepare("select name, tbl_name as tableName, sql from sqlite_master where type = ? and sql is not null order by name").all(type);

describe("rebuilding initiatives to allow 'not known' (is_free, wheelchair_accessible)", () => {
  const db = openDatabase(path.join(dir, "old.db"));
  const sqlite = db.$client;
  migrateUpTo(db, folderUpTo("_initiative_rebuild_prepare", "before"));
  const triggersBefore = schemaObjects(sqlite, "trigger");
  const indexesBefore = schemaObjects(sqlite, "index");
  sqlite.exec(`
    insert into neighbourhoods (id, slug, name, lat, lng) values (1, 'noord', 'Noord', 52.1, 5.1);
    insert into organisations (id, slug, name, kind) values (1, 'buurthuis', 'Buurthuis De Linde', 'association');
    insert into initiatives (id, slug, organisation_id, title, summary, kind, status, last_confirmed_at, is_free, wheelchair_accessible, neighbourhood_id)
      values (1, 'taalcafe', 1, 'Taalcafé', 'Samen Nederlands praten', 'activity', 'published', 1, 1, 0, 1),
             (2, 'fietsles', 1, 'Fietsles', 'Leren fietsen in de wijk', 'activity', 'draft', 1, 0, 1, 1);
    insert into initiative_domains (initiative_id, domain) values (1, 'social_network'), (2, 'mobility');
    insert into schedule_slots (initiative_id, weekday, start_time, end_time) values (1, 3, '10:00', '12:00');
  `);
  const versions = () => sqlite.prepare("select (select version from content_version) as content, (select version from listings_version) as listings").get();

  // Up to the migration that put back the triggers the rebuild dropped; later ones may change them.
  migrateUpTo(db, folderUpTo("_initiative_triggers_again", "including"));

  it("keeps every trigger and index, with the same SQL", () => {
    expect(triggersBefore.length).toBeGreaterThan(0);
    expect(schemaObjects(sqlite, "trigger")).toEqual(triggersBefore);
    expect(schemaObjects(sqlite, "index")).toEqual(indexesBefore);
  });

  it("keeps the rows, their answers and every row that points at them", () => {
    expect(sqlite.prepare("select id, is_free as isFree, wheelchair_accessible as wheelchair from initiatives order by id").all()).toEqual([
      { id: 1, isFree: 1, wheelchair: 0 },
      { id: 2, isFree: 0, wheelchair: 1 },
    ]);
    // With foreign keys on, dropping the old table would have cascaded into these.
    expect(sqlite.prepare("select count(*) from initiative_domains").pluck().get()).toBe(2);
    expect(sqlite.prepare("select count(*) from schedule_slots").pluck().get()).toBe(1);
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
  });

  it("lets a listing say 'not known' and still finds it by search after an edit", () => {
    const before = versions() as { content: number; listings: number };
    sqlite.exec("update initiatives set title = 'Praatcafé', is_free = null, wheelchair_accessible = null where id = 1");
    const search = sqlite.prepare("select rowid from initiatives_fts where initiatives_fts match ?").pluck();
    expect(search.all("praatcafé")).toEqual([1]);
    expect(search.all("taalcafé")).toEqual([]);
    sqlite.exec("update organisations set name = 'Wijkcentrum Noord' where id = 1");
    expect(search.all("wijkcentrum")).toEqual([1, 2]);
    const after = versions() as { content: number; listings: number };
    expect(after.content).toBeGreaterThan(before.content);
    expect(after.listings).toBeGreaterThan(before.listings);
    expect(sqlite.prepare("select is_free from initiatives where id = 1").pluck().get()).toBeNull();
  });
});

describe("the full-text index of published listings only (0022)", () => {
  const db = openDatabase(path.join(dir, "fts.db"));
  const sqlite = db.$client;
  migrateUpTo(db, folderUpTo("_initiatives_fts_published", "before"));
  sqlite.exec(`
    insert into organisations (id, slug, name, kind) values (1, 'buurthuis', 'Buurthuis De Linde', 'association');
    insert into initiatives (id, slug, organisation_id, title, summary, kind, status, last_confirmed_at)
      values (1, 'taalcafe', 1, 'Taalcafé', 'Samen praten', 'activity', 'published', 1),
             (2, 'taalles', 1, 'Taalles', 'Samen leren', 'activity', 'draft', 1),
             (3, 'taalmaatje', 1, 'Taalmaatje', 'Samen oefenen', 'activity', 'paused', 1);
  `);
  const search = sqlite.prepare("select rowid from initiatives_fts where initiatives_fts match ? order by rowid").pluck();
  const indexedBefore = search.all("taal*");

  migrateDatabase(db);

  it("drops the listings that are not published from the index and keeps the published ones", () => {
    expect(indexedBefore).toEqual([1, 2, 3]);
    expect(search.all("taal*")).toEqual([1]);
    expect(search.all("buurthuis")).toEqual([1]);
  });

  it("adds a listing when it is published and removes it when it is paused, keeping its latest words", () => {
    sqlite.exec("update initiatives set title = 'Taalles voor iedereen' where id = 2");
    expect(search.all("iedereen")).toEqual([]);
    sqlite.exec("update initiatives set status = 'published' where id = 2");
    expect(search.all("iedereen")).toEqual([2]);
    sqlite.exec("update organisations set name = 'Wijkcentrum Noord' where id = 1");
    expect(search.all("wijkcentrum")).toEqual([1, 2]);
    sqlite.exec("update initiatives set status = 'paused' where id = 1");
    expect(search.all("taal*")).toEqual([2]);
    sqlite.exec(
      "insert into initiatives (id, slug, organisation_id, title, summary, kind, status, last_confirmed_at) values (4, 'taalhuis', 1, 'Taalhuis', 'x', 'activity', 'published', 1)",
    );
    sqlite.exec(
      "insert into initiatives (id, slug, organisation_id, title, summary, kind, status, last_confirmed_at) values (5, 'taalkring', 1, 'Taalkring', 'x', 'activity', 'submitted', 1)",
    );
    expect(search.all("taal*")).toEqual([2, 4]);
    sqlite.exec("delete from initiatives where id = 4");
    expect(search.all("taal*")).toEqual([2]);
  });
});
