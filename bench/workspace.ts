/**
 * The workspace at a big team's size (issue 14, target 3): the server time of `/werkplek`, a
 * household page, the matching page and the signals page for the demo team of 2,000 households,
 * in-process through each route's loader with a signed-in request (session check, permission,
 * model, everything but rendering); and over HTTP, the signed-in pages' throughput beside the
 * visitor figure.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createAgent, get, load } from "./http";
import { printContext, printFigure, printNote, summarise } from "./report";
import { SIGNED_IN_THROUGHPUT_TARGET, sessionCookieFor } from "./visitors";

export const MEDIAN_TARGET = 20;
export const P95_TARGET = 50;

type Loader = (args: LoaderFunctionArgs) => unknown;
type WorkspacePage = { name: string; path: string; cookie: string; loader: Loader; params: Record<string, string> };

/** A household of the demo team with several needs, one of them open: the pages a consultant opens most. */
async function sampleHousehold(): Promise<{ householdId: number; needId: number }> {
  const { db } = await import("../app/utils/db.server");
  const row = db.$client
    .prepare(
      `select n.household_id as householdId, n.id as needId from needs n join households h on h.id = n.household_id
       join teams t on t.id = h.team_id
       where t.slug = 'wijkteam-overvecht' and n.status = 'open' and h.closed_at is null
         and (select count(*) from needs m where m.household_id = h.id) >= 3
       order by h.id desc limit 1`,
    )
    .get() as { householdId: number; needId: number } | undefined;
  if (!row) throw new Error("no household with an open need in the demo team of the bench database");
  return row;
}

export async function workspacePages(databaseFile: string): Promise<WorkspacePage[]> {
  const consultant = await sessionCookieFor(databaseFile, "consulent@wijkmarkt.demo");
  const coordinator = await sessionCookieFor(databaseFile, "coordinator@wijkmarkt.demo");
  const { householdId, needId } = await sampleHousehold();
  const caseload = (await import("../app/routes/werkplek._index")).loader;
  const household = (await import("../app/routes/werkplek.huishoudens.$id._index")).loader;
  const matching = (await import("../app/routes/werkplek.huishoudens.$id.behoeften.$needId")).loader;
  const signals = (await import("../app/routes/werkplek.signalen")).loader;
  return [
    { name: "/werkplek, consultant", path: "/werkplek", cookie: consultant, loader: caseload, params: {} },
    { name: "/werkplek, coordinator (whole team)", path: "/werkplek", cookie: coordinator, loader: caseload, params: {} },
    { name: "household page", path: `/werkplek/huishoudens/${householdId}`, cookie: consultant, loader: household, params: { id: String(householdId) } },
    {
      name: "matching page (one need)",
      path: `/werkplek/huishoudens/${householdId}/behoeften/${needId}`,
      cookie: consultant,
      loader: matching,
      params: { id: String(householdId), needId: String(needId) },
    },
    { name: "signals page", path: "/werkplek/signalen", cookie: consultant, loader: signals, params: {} },
  ];
}

export async function timeLoader(page: WorkspacePage, runs: number): Promise<number[]> {
  const call = () =>
    page.loader({ request: new Request(`http://127.0.0.1${page.path}`, { headers: { Cookie: page.cookie } }), params: page.params, context: {} });
  for (let i = 0; i < Math.min(20, runs); i++) await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return times;
}

/** Server time of each workspace page, in-process, median and p95 against issue 14's targets. */
export async function benchWorkspaceInProcess(databaseFile: string, runs: number) {
  const { db } = await import("../app/utils/db.server");
  const teamSize = db.$client
    .prepare("select count(*) from households h join teams t on t.id = h.team_id where t.slug = 'wijkteam-overvecht' and h.closed_at is null")
    .pluck()
    .get() as number;
  printNote(`the demo team (Wijkteam Overvecht) holds ${teamSize} open households; ${runs} loader calls per page, signed in`);
  for (const page of await workspacePages(databaseFile)) {
    const { median, p95 } = summarise(await timeLoader(page, runs));
    printFigure(`${page.name}, median`, median, "ms", MEDIAN_TARGET);
    printFigure(`${page.name}, p95`, p95, "ms", P95_TARGET);
  }
}

/** The signed-in workspace pages in turn over HTTP, 12 keep-alive connections. */
export async function benchWorkspaceThroughput(baseUrl: string, databaseFile: string, durationMs: number) {
  const pages = await workspacePages(databaseFile);
  const consultant = pages[0]!.cookie;
  const paths = pages.filter((page) => page.cookie === consultant).map((page) => page.path);
  // The first matching page loads the directory into the server's cache: not part of the figure.
  const agent = createAgent(1);
  for (const page of paths) {
    const reply = await get(`${baseUrl}${page}`, agent, { Cookie: consultant });
    if (reply.status !== 200) throw new Error(`${page} answered ${reply.status} for the signed-in consultant`);
  }
  agent.destroy();
  const result = await load(
    paths.map((page) => `${baseUrl}${page}`),
    { durationMs, concurrency: 12, maxRequests: 100_000, headers: { Cookie: consultant } },
  );
  printNote(`the consultant's ${paths.join(", ")} in turn, 12 connections, ${durationMs / 1000} s`);
  if (result.errors) printNote(`errors: ${result.errors}`);
  printFigure("signed-in workspace pages, 12 connections: requests per second", result.perSecond, "req/s", { atLeast: SIGNED_IN_THROUGHPUT_TARGET });
  printContext("signed-in workspace pages, 12 connections: p99", result.p99, "ms");
}
