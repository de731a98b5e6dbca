import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The handle inside `db.transaction((tx) => …)`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either: a function that only reads or writes one row can run inside or outside a transaction. */
export type Conn = Db | Tx;

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "db/migrations");

/**
 * Opens the SQLite file with the settings every process needs: WAL, foreign keys, a busy timeout,
 * and secure_delete, so that deleted personal data is overwritten instead of lingering in free pages.
 */
export function openDatabase(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("secure_delete = ON");
  return drizzle(sqlite, { schema, casing: "snake_case" }) as Db;
}

/**
 * A database made at a branch commit (bc8344a) applied `0002_policy_advisor`, one column
 * (`users.is_policy_advisor`) that main later took into `0006_insights`. Main's chain would add the
 * column a second time and stop, so such a database first rejoins it: the branch's journal row and
 * column go (the advisors are remembered), main's migrations run, and the advisors get their role
 * back. The branch's file stays in db/migrations, outside the journal, so its hash recognises it.
 */
function leaveBranchMigration(sqlite: Database.Database): () => void {
  const tracked = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!tracked) return () => {};
  const hash = createHash("sha256")
    .update(readFileSync(path.join(MIGRATIONS_FOLDER, "0002_policy_advisor.sql"), "utf8"))
    .digest("hex");
  if (!sqlite.prepare("select 1 from __drizzle_migrations where hash = ?").get(hash)) return () => {};
  const advisors = sqlite.prepare("select id from users where is_policy_advisor = 1").pluck().all() as string[];
  sqlite.transaction(() => {
    sqlite.prepare("delete from __drizzle_migrations where hash = ?").run(hash);
    sqlite.exec("alter table users drop column is_policy_advisor");
  })();
  return () => {
    const grant = sqlite.prepare("update users set is_policy_advisor = 1 where id = ?");
    sqlite.transaction(() => advisors.forEach((id) => grant.run(id)))();
  };
}

/**
 * Changing a column in SQLite means rebuilding its table (0020): the old table is dropped, and
 * with foreign keys on, that drop deletes or nulls every row pointing at it (cascades). The
 * migrator runs in one transaction, where `PRAGMA foreign_keys` does nothing, so the keys are
 * switched off around it and checked afterwards.
 */
function withoutForeignKeys(sqlite: Database.Database, run: () => void) {
  sqlite.pragma("foreign_keys = OFF");
  try {
    run();
    const broken = sqlite.pragma("foreign_key_check") as unknown[];
    if (broken.length > 0) throw new Error(`Migrations left ${broken.length} rows pointing at nothing: ${JSON.stringify(broken.slice(0, 5))}`);
  } finally {
    sqlite.pragma("foreign_keys = ON");
  }
}

export function migrateDatabase(db: Db) {
  const restoreAdvisors = leaveBranchMigration(db.$client);
  withoutForeignKeys(db.$client, () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }));
  restoreAdvisors();
}
