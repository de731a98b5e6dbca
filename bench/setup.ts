/**
 * The bench's world: a fresh database file with the demo municipality and generated bulk data,
 * a production build, and the real server started on it as a child process (loopback only).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "../db/client";
import { seedDemo } from "../db/seed/demo";
import { generateBenchData, type BenchCounts } from "./generate";

export type BenchDatabase = { file: string; counts: BenchCounts; cleanUp: () => void; cached: boolean };
export type BenchSize = { initiatives: number; households: number };

/** Generated databases are kept here between runs, one per size (BENCH_CACHE=0 turns this off). */
const CACHE_DIR = path.join(os.tmpdir(), "wijkmarkt-bench-cache");

/**
 * What a bench database is made from: the migrations (their lock), the demo seed, the generator,
 * the size and today's date (the data is dated relative to the day it was made).
 */
function cacheKey(size: BenchSize): string {
  const sources = [
    "db/migration-lock/migrations.lock.json",
    "bench/generate.ts",
    ...readdirSync("db/seed", { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .sort()
      .map((name) => path.join("db/seed", name)),
  ];
  const hash = createHash("sha256");
  for (const source of sources) hash.update(source).update("\0").update(readFileSync(source)).update("\0");
  hash.update(`${size.initiatives} ${size.households} ${new Date().toISOString().slice(0, 10)}`);
  return `${size.initiatives}-${size.households}-${hash.digest("hex").slice(0, 16)}`;
}

function generateDatabase(file: string, size: BenchSize): BenchCounts {
  const db = openDatabase(file);
  // A throwaway file: no fsync while one big transaction fills it.
  db.$client.pragma("synchronous = OFF");
  migrateDatabase(db);
  seedDemo(db);
  const counts = generateBenchData(db, { initiatives: size.initiatives, households: size.households });
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  return counts;
}

/**
 * A fresh copy of the bench database of `size`: made once a day per size and kept in the temp
 * dir (so repeated runs start in seconds), then copied, so what the bench writes never reaches
 * the kept file.
 */
export function createBenchDatabase(size: BenchSize): BenchDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), "wijkmarkt-bench-"));
  const file = path.join(dir, "bench.db");
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  if (process.env.BENCH_CACHE === "0") return { file, counts: generateDatabase(file, size), cleanUp, cached: false };

  const key = cacheKey(size);
  const kept = path.join(CACHE_DIR, `${key}.db`);
  const countsFile = path.join(CACHE_DIR, `${key}.json`);
  if (!existsSync(kept) || !existsSync(countsFile)) {
    const counts = generateDatabase(file, size);
    mkdirSync(CACHE_DIR, { recursive: true });
    // Older databases of this size are stale (another day, migration or generator).
    for (const name of readdirSync(CACHE_DIR))
      if (name.startsWith(`${size.initiatives}-${size.households}-`)) rmSync(path.join(CACHE_DIR, name), { force: true });
    // Written under a temporary name and renamed, so a run stopped halfway never leaves a broken file.
    copyFileSync(file, `${kept}.part`);
    renameSync(`${kept}.part`, kept);
    writeFileSync(countsFile, JSON.stringify(counts));
    return { file, counts, cleanUp, cached: false };
  }
  copyFileSync(kept, file);
  return { file, counts: JSON.parse(readFileSync(countsFile, "utf8")) as BenchCounts, cleanUp, cached: true };
}

/** Builds the app into `buildDir`; returns an error text instead of throwing, so other figures still print. */
export function buildApp(buildDir: string): string | null {
  const result = spawnSync("npx", ["remix", "vite:build"], {
    env: { ...process.env, BUILD_DIR: buildDir, NODE_ENV: "production" },
    encoding: "utf8",
    timeout: 300_000,
  });
  if (result.status === 0 && existsSync(path.join(buildDir, "server/index.js"))) return null;
  const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`.trim().split("\n");
  return output.find((line) => /error|failed/i.test(line)) ?? `build exited with ${result.status ?? result.signal}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type RunningServer = { baseUrl: string; pid: number; stop: () => Promise<void> };

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms`);
}

/** Starts a node process with `script` and waits for `healthPath`; stop() ends exactly that process. */
export async function startProcess(script: string[], env: Record<string, string>, healthPath: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, script, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill("SIGTERM");
    });
  try {
    await waitUntilUp(`${baseUrl}${healthPath}`, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid ?? 0, stop };
}

/** The environment of the production server (server.ts) on the bench database, without demo seeding. */
export function appServerEnv(databaseFile: string, buildDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: "production",
    DATABASE_PATH: databaseFile,
    BUILD_DIR: buildDir,
    SEED_DEMO: "false",
    PUBLIC_URL: "http://127.0.0.1",
    // The bench is one client asking thousands of times; the API's per-address limit would measure 429s.
    API_REQUESTS_PER_MINUTE: "1000000",
    ...extra,
  };
}

/** The production server as `npm run serve` starts it: compiled by the build, no TypeScript loader. */
export const APP_SERVER_SCRIPT = ["serve.mjs"];

export function startAppServer(databaseFile: string, buildDir: string, extra: Record<string, string> = {}): Promise<RunningServer> {
  return startProcess(APP_SERVER_SCRIPT, appServerEnv(databaseFile, buildDir, extra), "/healthz");
}

/** The resident memory of a process in MB (Linux), NaN where it cannot be read. */
export function residentMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+)/.exec(status);
    return kb ? Number(kb[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
