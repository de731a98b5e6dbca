/**
 * Search figures (issue 3, item 15): the server time of a search with text plus three filters,
 * over many different searches. In-process through the route's loader (search, options for the
 * form, response), and over HTTP against the production server: its Server-Timing for the search
 * itself and the client-observed time for the whole page on loopback.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import Database from "better-sqlite3";
import { printContext, printFigure, printNote, summarise } from "./report";
import { createAgent, get } from "./http";

/** Words residents type, from very specific to very common in the generated data. */
const WORDS = [
  "schuldhulp",
  "taalcafé",
  "koffie",
  "wandelgroep",
  "buurt",
  "computer",
  "ouderen",
  "geld",
  "sport",
  "eenzaamheid",
  "rouwgroep",
  "huiswerk",
  "moestuin",
  "repair",
  "digicafe",
  "opvoeding",
  "mantelzorg",
  "jongeren",
  "samen eten",
  "bewegen",
  "juridisch",
  "energie",
  "vrijwilligers",
  "fiets",
  "inloop",
  "formulieren",
  "kook",
  "gezin",
  "yoga",
  "klussen",
];
const DOMAINS = ["social_network", "finances", "physical_health", "community_participation", "daytime_activities", "mental_health"];
const GROUPS = ["elderly", "families", "youth", "newcomers", "carers"];
const LANGUAGES = ["ar", "tr", "en", "pl"];

export type SearchWorld = { neighbourhoods: string[]; postcodes: string[] };

/** `count` searches, each with a text and exactly three filters, rotating through combinations. */
export function searchQueries(world: SearchWorld, count: number): string[] {
  const combos: ((i: number) => Record<string, string>)[] = [
    (i) => ({ leefgebied: DOMAINS[i % DOMAINS.length]!, gratis: "1", dag: String((i % 7) + 1) }),
    (i) => ({ doelgroep: GROUPS[i % GROUPS.length]!, wijk: world.neighbourhoods[i % world.neighbourhoods.length]!, rolstoel: "1" }),
    (i) => ({ postcode: world.postcodes[i % world.postcodes.length]!, afstand: String([1, 2, 5][i % 3]), soort: "activity" }),
    (i) => ({ taal: LANGUAGES[i % LANGUAGES.length]!, verwijzing: "1", leefgebied: DOMAINS[(i + 2) % DOMAINS.length]! }),
    (i) => ({ wijk: world.neighbourhoods[(i + 3) % world.neighbourhoods.length]!, dag: String(((i + 3) % 7) + 1), gratis: "1" }),
    (i) => ({ postcode: `${world.postcodes[(i + 5) % world.postcodes.length]!} AB`, afstand: "5", doelgroep: GROUPS[(i + 1) % GROUPS.length]! }),
  ];
  return Array.from({ length: count }, (_, i) => {
    const filters = combos[i % combos.length]!(Math.floor(i / combos.length));
    return new URLSearchParams({ q: WORDS[(i * 7) % WORDS.length]!, ...filters }).toString();
  });
}

const WARM_UP = 60;
export const SEARCH_MEDIAN_TARGET = 15;

/** The neighbourhoods and postcodes of the bench database, for the searches' filters. */
export function readWorld(file: string): SearchWorld {
  const sqlite = new Database(file, { readonly: true });
  try {
    const neighbourhoods = (sqlite.prepare("SELECT slug FROM neighbourhoods ORDER BY id").all() as { slug: string }[]).map((r) => r.slug);
    const postcodes = (sqlite.prepare("SELECT pc4 FROM postcodes ORDER BY pc4").all() as { pc4: string }[]).map((r) => r.pc4);
    return { neighbourhoods, postcodes };
  } finally {
    sqlite.close();
  }
}

/** Each search through the directory route's loader and through the search model alone, in milliseconds. */
export async function timeSearches(queries: string[]) {
  const { loader } = await import("../app/routes/initiatieven._index");
  const { searchInitiatives } = await import("../app/models/search.server");
  const { parseSearchParams } = await import("../app/schemas/search");
  const call = (query: string) => loader({ request: new Request(`http://127.0.0.1/initiatieven?${query}`), params: {}, context: {} } as LoaderFunctionArgs);

  for (const query of queries.slice(0, WARM_UP)) await call(query);
  const loaderTimes: number[] = [];
  const modelTimes: number[] = [];
  let results = 0;
  for (const query of queries) {
    const started = performance.now();
    await call(query);
    loaderTimes.push(performance.now() - started);
    const params = parseSearchParams(new URLSearchParams(query));
    const modelStarted = performance.now();
    results += searchInitiatives(params, "bench-visitor").total;
    modelTimes.push(performance.now() - modelStarted);
  }
  return { loaderTimes, modelTimes, results };
}

export async function benchSearchInProcess(queries: string[]) {
  const { loaderTimes, modelTimes, results } = await timeSearches(queries);
  const loaderSummary = summarise(loaderTimes);
  const modelSummary = summarise(modelTimes);
  printNote(`${queries.length} different searches (text + 3 filters), ${Math.round(results / queries.length)} results on average`);
  printFigure("search request, loader in-process: median", loaderSummary.median, "ms", SEARCH_MEDIAN_TARGET);
  printContext("search request, loader in-process: p95", loaderSummary.p95, "ms");
  printContext("search model only: median", modelSummary.median, "ms");
  printContext("search model only: p95", modelSummary.p95, "ms");
  return loaderSummary;
}

export async function benchSearchHttp(baseUrl: string, queries: string[]) {
  const agent = createAgent(1);
  for (const query of queries.slice(0, WARM_UP)) await get(`${baseUrl}/initiatieven?${query}`, agent);
  const serverTimes: number[] = [];
  const clientTimes: number[] = [];
  let failures = 0;
  for (const query of queries) {
    const reply = await get(`${baseUrl}/initiatieven?${query}`, agent);
    if (reply.status !== 200) {
      failures++;
      continue;
    }
    clientTimes.push(reply.ms);
    const timing = /search;dur=([\d.]+)/.exec(String(reply.headers["server-timing"] ?? ""));
    if (timing) serverTimes.push(Number(timing[1]));
  }
  agent.destroy();
  const server = summarise(serverTimes);
  const client = summarise(clientTimes);
  printNote(`${queries.length} sequential GET requests over loopback, keep-alive${failures ? `, ${failures} failed` : ""}`);
  printFigure("search request over HTTP, Server-Timing (search): median", server.median, "ms", 15);
  printContext("search request over HTTP, Server-Timing (search): p95", server.p95, "ms");
  printContext("search page over HTTP, client-observed total: median", client.median, "ms");
  printContext("search page over HTTP, client-observed total: p95", client.p95, "ms");
  return { server, client };
}
