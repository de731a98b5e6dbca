/**
 * `npm run bench`: builds a fresh database with the demo municipality plus 20,000 generated
 * initiatives and 100,000 households, then prints every performance figure of DESIGN.md
 * ("Quality bars"). Each section is one function call below; add new ones the same way.
 * Everything runs on loopback, every loop is bounded, and the bench stops by itself.
 * `npm run bench -- --quick` is the short version: 10,000 initiatives and 50,000 households,
 * fewer iterations, the scale curve at 1× and 5× only.
 */
import { benchHomeJavaScript } from "./bundle";
import { benchInsights } from "./insights";
import { benchMatching } from "./matching";
import { benchOpenDataHttp, benchOpenDataStreamMemory } from "./open-data";
import { printContext, printFigure, printNote, printSection, QUICK } from "./report";
import { benchScaleCurve, SCALE_POINTS } from "./scale";
import { benchSearchHttp, benchSearchInProcess, readWorld, searchQueries } from "./search";
import { buildApp, createBenchDatabase, startAppServer } from "./setup";
import { prepareBaseline, startBaselineServer } from "./baseline";
import { benchThroughput, benchUncachedAgainstBaseline, DIRECTORY_PAGES } from "./throughput";
import { benchWorkspaceInProcess, benchWorkspaceThroughput } from "./workspace";
import { benchColdStart, benchMemory, benchSignedInThroughput, benchVisitorPages, sessionCookieFor, visitorPaths } from "./visitors";

// The HTTP sections shorten their loads in quick mode too (throughput.ts, visitors.ts).
const SIZE = QUICK ? { initiatives: 10_000, households: 50_000 } : { initiatives: 20_000, households: 100_000 };
const SEARCHES = QUICK ? 150 : 600;
const WORKSPACE_RUNS = QUICK ? 50 : 200;
const WORKSPACE_LOAD_MS = QUICK ? 3_000 : 8_000;
/** Issue 14: the full bench stays under 10 minutes. */
const TOTAL_TARGET_S = QUICK ? 180 : 600;
const BUILD_DIR = process.env.BENCH_BUILD_DIR ?? "build-bench";
/** BENCH_ONLY=open-data (comma-separated section names) runs only those sections. */
const ONLY = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
const wanted = (section: "insights" | "search" | "matching" | "workspace" | "scale" | "http" | "open-data" | "visitors") => !ONLY || ONLY.includes(section);

/** Target 2 of issue 14: both servers without the page cache, so every request renders. */
async function benchUncachedDirectory(databaseFile: string, buildDir: string) {
  const baseline = prepareBaseline();
  if ("error" in baseline) return printNote(`today's code could not be built, so the ratio is missing: ${baseline.error}`);
  const uncached = { PAGE_CACHE_MB: "0" };
  const current = await startAppServer(databaseFile, buildDir, uncached);
  try {
    const before = await startBaselineServer(baseline.dir, databaseFile, uncached);
    try {
      await benchUncachedAgainstBaseline(current, before, DIRECTORY_PAGES);
    } finally {
      await before.stop();
    }
  } finally {
    await current.stop();
  }
}

async function main() {
  console.log(`Wijkmarkt bench${QUICK ? " (quick)" : ""}`);
  await runSections();
  printSection("Whole bench");
  printFigure(`${QUICK ? "quick" : "full"} bench, start to end`, performance.now() / 1000, "s", TOTAL_TARGET_S);
}

async function runSections() {
  printSection("Data");
  let started = performance.now();
  const database = createBenchDatabase(SIZE);
  printNote(`${database.counts.initiatives} initiatives, ${database.counts.households} households, ${database.counts.needs} needs`);
  printContext(`${database.cached ? "copying the kept" : "creating the"} bench database (migrate, demo, generate)`, (performance.now() - started) / 1000, "s");
  // The app's modules open their database lazily, from here on at the bench file.
  process.env.DATABASE_PATH = database.file;
  process.env.NODE_ENV = "production";

  try {
    if (wanted("insights")) {
      printSection("Insights pages, in-process");
      await benchInsights();
    }

    const queries = searchQueries(readWorld(database.file), SEARCHES);

    if (wanted("search")) {
      printSection("Search, in-process");
      await benchSearchInProcess(queries);
    }

    if (wanted("matching")) {
      printSection("Matching and unmet needs, in-process");
      await benchMatching();
    }

    if (wanted("workspace")) {
      printSection("Workspace at a big team's size, in-process");
      await benchWorkspaceInProcess(database.file, WORKSPACE_RUNS);
    }

    if (wanted("open-data")) {
      printSection("Open data, in-process");
      await benchOpenDataStreamMemory();
    }
    if (wanted("scale")) {
      printSection(`Scale curve${QUICK ? " (quick: 1× and 5×)" : ""}, in-process`);
      await benchScaleCurve(QUICK ? SCALE_POINTS.slice(0, 2) : SCALE_POINTS, QUICK);
    }
    if (!wanted("http") && !wanted("open-data") && !wanted("visitors") && !wanted("workspace")) return;

    printSection("Production server");
    started = performance.now();
    const buildError = buildApp(BUILD_DIR);
    if (buildError) {
      printNote(`the production build failed, so the HTTP figures are missing: ${buildError}`);
      return;
    }
    printContext(`production build (${BUILD_DIR})`, (performance.now() - started) / 1000, "s");
    const server = await startAppServer(database.file, BUILD_DIR);
    try {
      if (wanted("http")) {
        printSection("Search, over HTTP");
        await benchSearchHttp(server.baseUrl, queries);
        printSection("Directory page throughput, without the page cache");
        const uncached = await startAppServer(database.file, BUILD_DIR, { PAGE_CACHE_MB: "0" });
        try {
          await benchThroughput(uncached.baseUrl, "/initiatieven");
        } finally {
          await uncached.stop();
        }
        printSection("Home page JavaScript");
        await benchHomeJavaScript(server.baseUrl);
      }
      if (wanted("visitors")) {
        printSection("Directory page rendered on every request, against today's code");
        await benchUncachedDirectory(database.file, BUILD_DIR);
        printSection("Visitor pages from the page cache");
        const paths = visitorPaths(database.file);
        await benchVisitorPages(server.baseUrl, paths);
        const session = await sessionCookieFor(database.file, "consulent@wijkmarkt.demo");
        await benchSignedInThroughput(server.baseUrl, session);
        printSection("Memory under load");
        await benchMemory(server, paths, queries, session);
        printSection("Cold start");
        await benchColdStart(database.file, BUILD_DIR);
      }
      if (wanted("workspace")) {
        printSection("Signed-in workspace pages, over HTTP");
        await benchWorkspaceThroughput(server.baseUrl, database.file, WORKSPACE_LOAD_MS);
      }
      if (wanted("open-data")) {
        printSection("Open data (HSDS API), over HTTP");
        await benchOpenDataHttp(server.baseUrl);
      }
    } finally {
      await server.stop();
    }
  } finally {
    database.cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
