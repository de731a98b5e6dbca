import { migrateDatabase, openDatabase } from "./client";

const file = process.env.DATABASE_PATH ?? "data/wijkmarkt.db";
const db = openDatabase(file);
migrateDatabase(db);
db.$client.close();
console.log(`Migrated ${file}`);
