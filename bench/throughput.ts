/**
 * Directory page throughput beside a bare node:http server sending the same bytes, both measured
 * in this run with the same client, concurrency and duration (as context: how far the page is
 * from the machine's limit). The server given is one without the page cache, so every request
 * renders the page. Issue 14's target 2 is the same-run ratio against today's code, below.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAgent, get, load } from "./http";
import { printContext, printFigure, printNote, QUICK } from "./report";
import { BASELINE_COMMIT } from "./baseline";
import { startProcess, type RunningServer } from "./setup";

const OPTIONS = { durationMs: QUICK ? 5_000 : 10_000, concurrency: 12, maxRequests: 200_000 };
/** The uncached page's share of bare node:http when issue 14 was written. */
const SHARE_BEFORE = 2.2;

export async function benchThroughput(baseUrl: string, pagePath: string) {
  const agent = createAgent(1);
  const page = await get(`${baseUrl}${pagePath}`, agent);
  agent.destroy();
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`);

  const dir = mkdtempSync(path.join(os.tmpdir(), "wijkmarkt-bare-"));
  const bodyFile = path.join(dir, "page.html");
  writeFileSync(bodyFile, page.body);
  const bare = await startProcess(
    [fileURLToPath(new URL("./bare-server.mjs", import.meta.url))],
    { BODY_FILE: bodyFile, CONTENT_TYPE: String(page.headers["content-type"] ?? "text/html") },
    "/",
  );
  try {
    const app = await load(`${baseUrl}${pagePath}`, OPTIONS);
    const plain = await load(`${bare.baseUrl}/`, OPTIONS);
    printNote(
      `${pagePath} (${(page.body.length / 1024).toFixed(1)} KB uncompressed), ${OPTIONS.concurrency} keep-alive connections, ${OPTIONS.durationMs / 1000} s each` +
        (app.errors + plain.errors ? `, errors: app ${app.errors}, bare ${plain.errors}` : ""),
    );
    // Context, not a target: the bare server's pace swings with the machine's load (3,100 to
    // 12,000 req/s in one evening), so issue 14's "2× today's" is judged on the same-run ratio
    // against today's code ("Directory page rendered on every request", decision 025).
    printNote(
      `directory page, uncached: ${app.perSecond.toFixed(1)} req/s; bare node:http sending the same bytes: ${plain.perSecond.toFixed(0)} req/s; ` +
        `a share of ${((100 * app.perSecond) / plain.perSecond).toFixed(2)} % (${SHARE_BEFORE} % when issue 14 was written)`,
    );
    return { app, plain, ratio: app.perSecond / plain.perSecond };
  } finally {
    await bare.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU seconds (user + system) a process used so far (Linux), NaN where it cannot be read. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

type Tally = { requests: number; errors: number; seconds: number; cpu: number };

/** The directory with queries: newest first, a text search, two filters on a later page, a text search in English. */
export const DIRECTORY_PAGES = [
  "/initiatieven",
  "/initiatieven?q=taal",
  "/initiatieven?leefgebied=social_network&gratis=1&pagina=2",
  "/initiatieven?q=sport&lang=en",
];

/** A browser's headers: it accepts brotli and gzip and says which language it reads. */
const BROWSER = { "Accept-Encoding": "gzip, deflate, br", "Accept-Language": "nl-NL,nl;q=0.9,en;q=0.8" };
const ROUNDS = 3;
const ROUND = { durationMs: 5_000, concurrency: 12, maxRequests: 200_000 };

/**
 * Issue 14, target 2: the directory page rendered on every request (both servers run without the
 * page cache, PAGE_CACHE_MB=0) against today's code (bench/baseline.ts) on the same database, in
 * alternating rounds so that the load of a shared machine falls on both alike. Besides requests
 * per second it prints the server's CPU time per page, which the machine's load disturbs less.
 */
export async function benchUncachedAgainstBaseline(current: RunningServer, baseline: RunningServer, pages: string[]) {
  const tally = new Map<RunningServer, Tally>([current, baseline].map((server) => [server, { requests: 0, errors: 0, seconds: 0, cpu: 0 }]));
  for (const server of [current, baseline])
    await load(
      pages.map((page) => `${server.baseUrl}${page}`),
      { ...ROUND, durationMs: 1_000, headers: BROWSER },
    );
  for (let round = 0; round < ROUNDS; round++) {
    for (const server of round % 2 ? [baseline, current] : [current, baseline]) {
      const cpuBefore = cpuSeconds(server.pid);
      const result = await load(
        pages.map((page) => `${server.baseUrl}${page}`),
        { ...ROUND, headers: BROWSER },
      );
      const sum = tally.get(server)!;
      sum.requests += result.requests;
      sum.errors += result.errors;
      sum.seconds += result.seconds;
      sum.cpu += cpuSeconds(server.pid) - cpuBefore;
    }
  }
  const now = tally.get(current)!;
  const before = tally.get(baseline)!;
  printNote(
    `${pages.join(", ")}; ${ROUND.concurrency} keep-alive connections, brotli/gzip accepted, ${ROUNDS} alternating rounds of ${ROUND.durationMs / 1000} s each` +
      (now.errors + before.errors ? `; errors: now ${now.errors}, baseline ${before.errors}` : ""),
  );
  const perSecond = (sum: Tally) => sum.requests / sum.seconds;
  const cpuMs = (sum: Tally) => (1000 * sum.cpu) / sum.requests;
  printContext("directory page, uncached: requests per second", perSecond(now), "req/s");
  printContext(`same, today's code (${BASELINE_COMMIT}), same run`, perSecond(before), "req/s");
  printFigure("uncached directory page against today's code", perSecond(now) / perSecond(before), "×", { atLeast: 2 });
  printContext("directory page, uncached: server CPU per page", cpuMs(now), "ms");
  printContext(`same, today's code (${BASELINE_COMMIT})`, cpuMs(before), "ms");
  printFigure("CPU per page: today's code against now", cpuMs(before) / cpuMs(now), "×", { atLeast: 2 });
}
