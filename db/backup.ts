/** `npm run db:backup [file]`: a consistent copy of DATABASE_PATH while the site keeps running. */
import Database from "better-sqlite3";
import { BackupError, backupDatabase, backupFileName, defaultBackupDir, formatBytes } from "../app/jobs/backup.server";
import { getEnv } from "../app/utils/env.server";

const env = getEnv();
const target = process.argv[2] ?? backupFileName(defaultBackupDir(env), new Date(), "-manual");
let source: Database.Database;
try {
  source = new Database(env.DATABASE_PATH, { fileMustExist: true });
} catch (error) {
  console.error(`Cannot open the database ${env.DATABASE_PATH}: ${(error as Error).message}`);
  process.exit(1);
}
source.pragma("busy_timeout = 5000");
try {
  const result = await backupDatabase(source, target);
  console.log(`Backed up ${env.DATABASE_PATH} to ${result.file} (${formatBytes(result.bytes)}) in ${result.ms} ms.`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : `Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  source.close();
}
