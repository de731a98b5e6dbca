/**
 * Visitor pages served from the rendered-response cache (issue 14, decision 018): a mix of public
 * pages in both languages against a bare node:http server sending the same bytes, both measured in
 * this run with the same client; then a mixed load for the server's memory, and a cold start.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { createAgent, get, load } from "./http";
import { printContext, printFigure, printNote, QUICK } from "./report";
import { APP_SERVER_SCRIPT, appServerEnv, freePort, residentMb, startProcess, type RunningServer } from "./setup";

/**
 * Signed-in pages per second with 12 connections: a workspace page at the 20 ms median target
 * leaves one Node thread 50 pages a second, rendering included.
 */
export const SIGNED_IN_THROUGHPUT_TARGET = 50;

const LOAD = { durationMs: QUICK ? 4_000 : 8_000, maxRequests: 400_000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One public page of each kind from the bench database, in Dutch and in English. */
export function visitorPaths(databaseFile: string): string[] {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    const slug = (sql: string) => (sqlite.prepare(sql).get() as { slug: string } | undefined)?.slug;
    const pages = [
      "/",
      "/initiatieven",
      "/initiatieven?q=taal",
      "/initiatieven?domain=social_network&page=2",
      `/initiatieven/${slug("select slug from initiatives where status = 'published' order by id limit 1 offset 50")}`,
      `/organisaties/${slug("select slug from organisations order by id limit 1")}`,
      `/wijken/${slug("select slug from neighbourhoods order by id limit 1")}`,
      `/vragen/${slug("select slug from collective_needs where status in ('open', 'in_progress') order by id limit 1")}`,
    ].filter((page) => !page.endsWith("/undefined"));
    return pages.flatMap((page) => [page, `${page}${page.includes("?") ? "&" : "?"}lang=en`]);
  } finally {
    sqlite.close();
  }
}

/** The visitor's cookie jar after a first search: the anonymous visitor id a browser keeps. */
async function visitorCookie(baseUrl: string): Promise<string> {
  const agent = createAgent(1);
  const reply = await get(`${baseUrl}/initiatieven`, agent);
  agent.destroy();
  const cookies = [reply.headers["set-cookie"] ?? []].flat();
  return cookies.map((cookie) => cookie.split(";")[0]).join("; ");
}

/** Cached visitor pages as a share of bare node:http, with 12 and with 50 connections. */
export async function benchVisitorPages(baseUrl: string, paths: string[]) {
  const cookie = await visitorCookie(baseUrl);
  const headers = cookie ? { Cookie: cookie } : undefined;
  const agent = createAgent(1);
  const bodies: Buffer[] = [];
  const uncached: string[] = [];
  for (const page of paths) {
    // The page is stored once compressed, a moment after the first answer.
    let reply = await get(`${baseUrl}${page}`, agent, headers);
    for (let attempt = 0; attempt < 40 && reply.headers["x-cache"] !== "hit"; attempt++) {
      await sleep(50);
      reply = await get(`${baseUrl}${page}`, agent, headers);
    }
    if (reply.status !== 200) throw new Error(`${page} answered ${reply.status}`);
    if (reply.headers["x-cache"] !== "hit") uncached.push(page);
    bodies.push(reply.body);
  }
  agent.destroy();
  printNote(
    `${paths.length} pages: ${paths.filter((page) => !page.includes("lang=en")).join(", ")}, each also in English; ${LOAD.durationMs / 1000} s per load`,
  );
  if (uncached.length) printNote(`not from the cache: ${uncached.join(", ")}`);

  const dir = mkdtempSync(path.join(os.tmpdir(), "wijkmarkt-bare-"));
  const files = bodies.map((body, i) => {
    const file = path.join(dir, `${i}.html`);
    writeFileSync(file, body);
    return file;
  });
  const bare = await startProcess(
    [fileURLToPath(new URL("./bare-server.mjs", import.meta.url))],
    { BODY_FILES: files.join(","), CONTENT_TYPE: "text/html; charset=utf-8" },
    "/",
  );
  try {
    for (const concurrency of [12, 50]) {
      const app = await load(
        paths.map((page) => `${baseUrl}${page}`),
        { ...LOAD, concurrency, headers },
      );
      const plain = await load(
        paths.map((_, i) => `${bare.baseUrl}/${i}`),
        { ...LOAD, concurrency },
      );
      if (app.errors + plain.errors) printNote(`errors: app ${app.errors}, bare ${plain.errors}`);
      printContext(`visitor pages, ${concurrency} connections: requests per second`, app.perSecond, "req/s");
      printContext(`bare node:http, same bytes, ${concurrency} connections`, plain.perSecond, "req/s");
      printFigure(`visitor pages as a share of bare node:http, ${concurrency} conn.`, (100 * app.perSecond) / plain.perSecond, "%", { atLeast: 50 });
      printContext(`visitor pages, ${concurrency} connections: p99`, app.p99, "ms");
    }
  } finally {
    await bare.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A session cookie for a demo account, made as signing in makes one (the bench runs beside the server). */
export async function sessionCookieFor(databaseFile: string, email: string): Promise<string> {
  const sqlite = new Database(databaseFile, { readonly: true });
  const userId = sqlite.prepare("select id from users where email = ?").pluck().get(email) as string | undefined;
  sqlite.close();
  if (!userId) throw new Error(`no user ${email} in the bench database`);
  const { createSessionCookie } = await import("../app/utils/auth.server");
  return (await createSessionCookie(userId)).split(";")[0]!;
}

/**
 * 50 connections for 30 s on a mix of cached visitor pages, uncached searches and a signed-in
 * workspace page; the server's resident memory before, at its peak and 10 s after.
 */
export async function benchMemory(server: RunningServer, paths: string[], searches: string[], sessionCookie: string | null) {
  const before = residentMb(server.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, residentMb(server.pid))), 250);
  const visitors = [...paths, ...searches.slice(0, 200).map((query) => `/initiatieven?${query}`)].map((page) => `${server.baseUrl}${page}`);
  try {
    const loads = [load(visitors, { durationMs: 30_000, maxRequests: 2_000_000, concurrency: 40 })];
    if (sessionCookie)
      loads.push(load(`${server.baseUrl}/werkplek`, { durationMs: 30_000, maxRequests: 100_000, concurrency: 10, headers: { Cookie: sessionCookie } }));
    const [visitorLoad, workspaceLoad] = await Promise.all(loads);
    printNote(
      `40 connections on ${visitors.length} visitor pages and searches (${visitorLoad!.perSecond.toFixed(0)} req/s, p99 ${visitorLoad!.p99.toFixed(0)} ms)` +
        (workspaceLoad ? `, 10 signed in on /werkplek (${workspaceLoad.perSecond.toFixed(0)} req/s, p99 ${workspaceLoad.p99.toFixed(0)} ms)` : ""),
    );
  } finally {
    clearInterval(sampler);
  }
  await sleep(10_000);
  const after = residentMb(server.pid);
  printContext("server memory (RSS) before the load", before, "MB");
  printFigure("server memory (RSS) at its peak, 50 connections for 30 s", peak, "MB", 300);
  printFigure("server memory (RSS) 10 s after the load", after, "MB", Math.round(before + 60));
}

/** Signed-in workspace throughput, printed beside the visitor figure. */
export async function benchSignedInThroughput(baseUrl: string, sessionCookie: string) {
  const result = await load(`${baseUrl}/werkplek`, { ...LOAD, concurrency: 12, headers: { Cookie: sessionCookie } });
  printFigure("signed-in /werkplek, 12 connections: requests per second", result.perSecond, "req/s", { atLeast: SIGNED_IN_THROUGHPUT_TARGET });
  printContext("signed-in /werkplek, 12 connections: p99", result.p99, "ms");
}

/** From starting the production server on the existing bench database to its first served page. */
export async function benchColdStart(databaseFile: string, buildDir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, APP_SERVER_SCRIPT, {
    env: { ...process.env, ...appServerEnv(databaseFile, buildDir), PORT: String(port) },
    stdio: "ignore",
  });
  let served = Number.NaN;
  try {
    while (performance.now() - started < 30_000 && child.exitCode === null) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) {
          served = performance.now() - started;
          break;
        }
      } catch {
        // not listening yet
      }
      await sleep(20);
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(null)));
  }
  printFigure("cold start: server started to first page served", served / 1000, "s", 2);
}
