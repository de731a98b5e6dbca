/** `npm run db:retention`: the daily retention job, once, now (for cron or by hand). */
import { migrateDatabase } from "~db/client";
import { getDb } from "~/utils/db.server";
import { describeRetention, retentionSettings, runRetention } from "./retention.server";

try {
  const settings = retentionSettings();
  // The same schema the server would run with, also when the job runs before the server ever started.
  migrateDatabase(getDb());
  console.log(describeRetention(runRetention(new Date(), settings), settings));
  getDb().$client.close();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
