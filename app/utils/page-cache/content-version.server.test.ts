import { describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server";
import { createOrganisation, createUser } from "#tests/factories/core";
import { contentVersionReader, TABLES_WITHOUT_PUBLIC_CONTENT } from "./content-version.server";

const sqlite = () => getDb().$client;

describe("the content version", () => {
  it("has an insert, update and delete trigger on every table that can change a public page", () => {
    const tables = sqlite().prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[];
    const triggers = new Set(sqlite().prepare("select name from sqlite_master where type = 'trigger'").pluck().all() as string[]);
    const excluded = new Set<string>(TABLES_WITHOUT_PUBLIC_CONTENT);
    const missing = tables
      .filter((table) => !excluded.has(table))
      .flatMap((table) => ["insert", "update", "delete"].map((operation) => `content_version_${table}_${operation}`))
      .filter((trigger) => !triggers.has(trigger));
    // A new table needs the three triggers (a migration) or a place in TABLES_WITHOUT_PUBLIC_CONTENT.
    expect(missing).toEqual([]);
    expect(tables).toContain("initiatives");
  });

  it("rises with a write to public content, and not with a session or log write", () => {
    const version = contentVersionReader(getDb());
    const before = version();
    const organisation = createOrganisation();
    const afterInsert = version();
    expect(afterInsert).toBeGreaterThan(before);
    sqlite().prepare("update organisations set name = 'Nieuwe naam' where id = ?").run(organisation.id);
    expect(version()).toBeGreaterThan(afterInsert);
    const afterUpdate = version();
    sqlite().prepare("delete from organisations where id = ?").run(organisation.id);
    expect(version()).toBeGreaterThan(afterUpdate);

    const user = createUser();
    const settled = version();
    sqlite().prepare("insert into audit_log (actor_id, action, entity_type, entity_id) values (?, 'test', 'user', ?)").run(user.id, user.id);
    expect(version()).toBe(settled);
  });
});
