/** `npm run db:reset`: deletes the database file (with its WAL and shared-memory files), then migrates and seeds anew. */
import { rmSync } from "node:fs";
import { getEnv } from "../app/utils/env.server";
import { seedDatabase } from "./seed/index";

const file = getEnv().DATABASE_PATH;
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
console.log(`Deleted ${file}.`);
seedDatabase(file);
