/**
 * One point of the scale curve (bench/scale.ts), run in its own process on the database given in
 * DATABASE_PATH: search, ranking, unmet-need counts, and the signals and caseload pages of the demo
 * team, each against its target where one exists.
 */
import { RANKING_TARGET, timeRanking, timeUnmetCounts, UNMET_TARGET } from "./matching";
import { printContext, printFigure, summarise } from "./report";
import { readWorld, searchQueries, SEARCH_MEDIAN_TARGET, timeSearches } from "./search";
import { MEDIAN_TARGET, P95_TARGET, timeLoader, workspacePages } from "./workspace";

async function main() {
  const file = process.env.DATABASE_PATH!;
  const { label, quick } = JSON.parse(process.env.BENCH_POINT ?? "{}") as { label: string; quick: boolean };
  const runs = quick ? { searches: 120, rankings: 100, pages: 30, unmet: 7 } : { searches: 300, rankings: 300, pages: 100, unmet: 21 };

  const search = summarise((await timeSearches(searchQueries(readWorld(file), runs.searches))).loaderTimes);
  printFigure(`${label}: search, loader in-process, median`, search.median, "ms", SEARCH_MEDIAN_TARGET);
  printContext(`${label}: search, loader in-process, p95`, search.p95, "ms");

  const ranking = summarise((await timeRanking(runs.rankings)).times);
  printFigure(`${label}: ranking all initiatives for one need, median`, ranking.median, "ms", RANKING_TARGET);

  const unmet = summarise((await timeUnmetCounts(runs.unmet)).times);
  printFigure(`${label}: unmet-need counts over all households, median`, unmet.median, "ms", UNMET_TARGET);

  const pages = await workspacePages(file);
  for (const [name, figure] of [
    ["signals page", "signals page (team of 2,000)"],
    ["/werkplek, coordinator (whole team)", "caseload, whole team of 2,000"],
  ] as const) {
    const page = pages.find((p) => p.name === name)!;
    const times = summarise(await timeLoader(page, runs.pages));
    printFigure(`${label}: ${figure}, median`, times.median, "ms", MEDIAN_TARGET);
    printFigure(`${label}: ${figure}, p95`, times.p95, "ms", P95_TARGET);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
