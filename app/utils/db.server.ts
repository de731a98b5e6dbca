import { sql } from "drizzle-orm";
import { openDatabase, type Conn, type Db, type Tx } from "~db/client";
import { getEnv } from "./env.server";

const globalForDb = globalThis as unknown as { __wijkmarktDb?: Db };

/** One connection per process; kept across dev reloads. */
export function getDb(): Db {
  globalForDb.__wijkmarktDb ??= openDatabase(getEnv().DATABASE_PATH);
  return globalForDb.__wijkmarktDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = getDb();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

/** Throws when the database cannot answer a trivial query. */
export function checkDatabase() {
  getDb().get(sql`select 1`);
}

/**
 * Folds the write-ahead log back into the database file and closes the connection; as the last
 * connection, SQLite then removes the -wal and -shm files.
 */
export function closeDb() {
  const open = globalForDb.__wijkmarktDb;
  if (!open) return;
  globalForDb.__wijkmarktDb = undefined;
  open.$client.pragma("wal_checkpoint(TRUNCATE)");
  open.$client.close();
}

export type { Conn, Db, Tx };
