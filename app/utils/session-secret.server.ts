/**
 * The secret that signs cookies. A set SESSION_SECRET always wins. Without it, one is generated
 * the first time and kept in a file beside the database, readable by its owner only, so restarts
 * and a second process sign and check with the same secret.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv, type Env } from "./env.server";

export function secretFileFor(databasePath: string) {
  return `${path.resolve(databasePath)}.secret`;
}

export function sessionSecret(env: Pick<Env, "SESSION_SECRET" | "DATABASE_PATH"> = getEnv()): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  // An in-memory database lives as long as the process, and so may its secret.
  if (env.DATABASE_PATH === ":memory:") return (memorySecret ??= randomBytes(32).toString("hex"));
  const file = secretFileFor(env.DATABASE_PATH);
  return readSecret(file) ?? createSecret(file);
}

let memorySecret: string | undefined;

function readSecret(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  if (text.length < 32) throw new Error(`${file} does not hold a usable secret (too short). Delete it to have a new one made, or set SESSION_SECRET.`);
  return text;
}

/** Written to a private temporary file, then linked into place: two processes starting at once end up with one secret. */
function createSecret(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(temporary, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(temporary, 0o600);
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  return readSecret(file)!;
}
