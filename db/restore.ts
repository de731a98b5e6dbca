/** `npm run db:restore <file>`: checks a backup and puts it in place of DATABASE_PATH. Stop the server first. */
import { RestoreError, restoreDatabase } from "../app/jobs/restore.server";
import { getEnv } from "../app/utils/env.server";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore <backup file>");
  process.exit(1);
}
const target = getEnv().DATABASE_PATH;
try {
  const { applied, previous } = restoreDatabase(file, target);
  console.log(`Restored ${target} from ${file}.` + (applied ? ` Applied ${applied} newer migration(s).` : ""));
  if (previous) console.log(`The database it replaced is kept as ${previous}; delete it when you no longer need it.`);
} catch (error) {
  console.error(error instanceof RestoreError ? `Not restored: ${error.message}` : `Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
