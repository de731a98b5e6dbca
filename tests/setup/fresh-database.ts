import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { migrateDatabase, openDatabase } from "~db/client";

// Runs before each test file: a new database file, migrated, that only this file uses.
const file = path.join(os.tmpdir(), `wijkmarkt-test-${randomUUID()}.db`);
process.env.DATABASE_PATH = file;
process.env.NODE_ENV = "test";
const db = openDatabase(file);
migrateDatabase(db);
db.$client.close();

afterAll(() => {
  for (const suffix of ["", "-wal", "-shm", ".secret"]) rmSync(file + suffix, { force: true });
});
