/**
 * The real production server (server.ts compiled by the build, started as `npm run serve` does:
 * serve.mjs) on a production build as a child process, for tests of
 * what only a whole process shows: shutdown, crashes, log lines. The build lives in build-test/
 * and is made again only when the app changed since; parallel test files wait for one build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../bench/setup";

export const TEST_BUILD_DIR = "build-test";
const LOCK = path.resolve(".cache/build-test.lock");
const SOURCES = ["app", "db", "server.ts", "vite.config.ts", "remix.config.js", "package-lock.json"];

function newestChange(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

function buildIsCurrent() {
  // The compiled server.ts is written last, after server/index.js.
  const server = path.join(TEST_BUILD_DIR, "server.js");
  return existsSync(server) && statSync(server).mtimeMs > Math.max(...SOURCES.map(newestChange));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds the app into build-test/ unless that build is newer than every source file. */
export async function ensureTestBuild() {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than five minutes was left by a crash.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    if (buildIsCurrent()) return;
    // Not spawnSync: the test worker must keep answering Vitest while the build runs.
    const build = spawn("npx", ["remix", "vite:build"], {
      env: { ...process.env, BUILD_DIR: TEST_BUILD_DIR, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    build.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    build.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
    if (code !== 0) throw new Error(`build failed (${code}):\n${output}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export type ServerProcess = {
  baseUrl: string;
  child: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** Starts the compiled server.ts on `databasePath` and waits until /healthz answers. */
export async function startServer(databasePath: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["serve.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_PATH: databasePath,
      BUILD_DIR: TEST_BUILD_DIR,
      PUBLIC_URL: baseUrl,
      SEED_DEMO: "true",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited at start:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not come up:\n${output}`);
    }
    await sleep(100);
  }
  return { baseUrl, child, output: () => output, exited };
}

/** Logs in with a demo account; returns the Cookie header for the next requests. */
export async function logIn(baseUrl: string, email: string, password = "Wijkmarkt-demo-2026"): Promise<string> {
  const response = await fetch(`${baseUrl}/inloggen`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
    body: new URLSearchParams({ email, password }),
    redirect: "manual",
  });
  if (response.status !== 302) throw new Error(`login as ${email} answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}
