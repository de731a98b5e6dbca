import { openDatabase, type Db } from "~db/client";
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

export type { Db };
