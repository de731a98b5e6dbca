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
  reuseStatements(sqlite);
  return drizzle(sqlite, { schema, casing: "snake_case" }) as Db;
}

/** Far above the number of distinct queries the app runs; a bound all the same. */
const MAX_REUSED_STATEMENTS = 2_000;

/**
 * Each SQL text is compiled once per connection and its statement reused: drizzle prepares every
 * query it runs, and compiling cost more than running most of them (decision 025). A statement
 * still held by an unfinished iterator is not handed out again, and the modes a caller may have
 * set on one (raw, pluck, expand) are switched off before it is.
 */
function reuseStatements(sqlite: Database.Database) {
  const compile = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const reused = statements.get(source);
    if (reused && !reused.busy) {
      if (reused.reader) reused.raw(false).pluck(false).expand(false);
      return reused;
    }
    const statement = compile(source);
    if (!reused && typeof source === "string") {
      if (statements.size >= MAX_REUSED_STATEMENTS) statements.clear();
      statements.set(source, statement);
    }
    return statement;
  }) as Database.Database["prepare"];
}

/**
 * Helper branches were merged with their migrations renumbered onto main's chain, so a database
 * made at such a branch commit has applied a migration main knows under another number and time.
 * Main's migrator orders by time: it would skip main's migrations older than the branch's and add
 * the branch's column a second time. The two known cases each added one column that main adds
 * later too; their files stay in db/migrations, outside the journal, and are recognised by hash and
 * time. Such a database first rejoins main's chain: the branch's journal row and column go (their
 * values are remembered), main's migrations run, and the values come back.
 */
const BRANCH_MIGRATIONS = [
  { file: "0002_policy_advisor.sql", when: 1796032340947, table: "users", column: "is_policy_advisor" }, // bc8344a
  { file: "0014_helper_invite_answer.sql", when: 1796055831454, table: "helper_invites", column: "answer" }, // d86287f
];

function leaveBranchMigrations(sqlite: Database.Database): () => void {
  const tracked = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!tracked) return () => {};
  const restores = BRANCH_MIGRATIONS.map(({ file, when, table, column }) => {
    const hash = createHash("sha256")
      .update(readFileSync(path.join(MIGRATIONS_FOLDER, file), "utf8"))
      .digest("hex");
    if (!sqlite.prepare("select 1 from __drizzle_migrations where hash = ? and created_at = ?").get(hash, when)) return () => {};
    const values = sqlite.prepare(`select id, "${column}" as value from "${table}" where "${column}" is not null`).all() as { id: unknown; value: unknown }[];
    sqlite.transaction(() => {
      sqlite.prepare("delete from __drizzle_migrations where hash = ? and created_at = ?").run(hash, when);
      sqlite.exec(`alter table "${table}" drop column "${column}"`);
    })();
    return () => {
      const put = sqlite.prepare(`update "${table}" set "${column}" = ? where id = ?`);
      sqlite.transaction(() => values.forEach(({ id, value }) => put.run(value, id)))();
    };
  });
  return () => restores.forEach((restore) => restore());
}

/**
 * Every migration a database has applied must be one of main's (by its time): otherwise it was made
 * at a commit whose migrations main does not hold, and migrating would skip or repeat steps.
 */
function refuseUnknownMigrations(sqlite: Database.Database) {
  const tracked = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!tracked) return;
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: { when: number }[] };
  const known = new Set(journal.entries.map((entry) => entry.when));
  const applied = sqlite.prepare("select created_at from __drizzle_migrations").pluck().all() as number[];
  const unknown = applied.filter((when) => !known.has(Number(when)));
  if (unknown.length > 0)
    throw new Error(
      `This database applied ${unknown.length} migration(s) that are not in db/migrations (made at another branch's commit). ` +
        "Restore a backup made on main, or start from a fresh database file.",
    );
}

/**
 * Changing a column in SQLite means rebuilding its table (0020): the old table is dropped, and
 * with foreign keys on, that drop deletes or nulls every row pointing at it (cascades). The
 * migrator runs in one transaction, where `PRAGMA foreign_keys` does nothing, so the keys are
 * switched off around it and checked afterwards.
 */
export function withoutForeignKeys(sqlite: Database.Database, run: () => void) {
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
  const restoreBranchValues = leaveBranchMigrations(db.$client);
  refuseUnknownMigrations(db.$client);
  withoutForeignKeys(db.$client, () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }));
  restoreBranchValues();
}
