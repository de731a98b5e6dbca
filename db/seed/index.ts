/** `npm run db:seed`: migrates the database and adds the demo municipality if it is not there yet. */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { getEnv } from "../../app/utils/env.server";
import { migrateDatabase, openDatabase, type Db } from "../client";
import { seedDemo } from "./demo";

export function summarise(db: Db): string {
  const count = (table: string) => db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)).n;
  return [
    `${count("neighbourhoods")} wijken`,
    `${count("teams")} teams`,
    `${count("organisations")} organisations`,
    `${count("initiatives")} initiatives`,
    `${count("households")} households`,
    `${count("referrals")} referrals`,
    `${count("collective_needs")} collective needs`,
    `${count("users")} users`,
  ].join(", ");
}

export function seedDatabase(file: string) {
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    const before = summarise(db);
    const started = performance.now();
    seedDemo(db);
    const ms = Math.round(performance.now() - started);
    const after = summarise(db);
    console.log(after === before ? `Demo data already in ${file}: ${after}.` : `Seeded ${file} in ${ms} ms: ${after}.`);
  } finally {
    db.$client.close();
  }
}

// Run as a script (not when imported by db/reset.ts).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  seedDatabase(getEnv().DATABASE_PATH);
}
