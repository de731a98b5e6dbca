import { getEnv } from "../app/utils/env.server";
import { migrateDatabase, openDatabase } from "./client";

const file = getEnv().DATABASE_PATH;
const db = openDatabase(file);
migrateDatabase(db);
db.$client.close();
console.log(`Migrated ${file}`);
