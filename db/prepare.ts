import { migrateDatabase, openDatabase } from "./client";
import { organisations } from "./schema";
import { seedDemo } from "./seed/demo";

/** Applies migrations, and on an empty database adds the demo municipality. */
export function prepareDatabase(file: string, { seedDemo: withDemo }: { seedDemo: boolean }) {
  const db = openDatabase(file);
  migrateDatabase(db);
  if (withDemo) {
    const hasData = db.select({ id: organisations.id }).from(organisations).limit(1).get();
    if (!hasData) {
      console.log("Empty database: adding the demo municipality…");
      seedDemo(db);
    }
  }
  db.$client.close();
}
