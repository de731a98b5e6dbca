/**
 * Matching figures (issue 4, item 16) on the bench database (20,000 initiatives, 100,000
 * households): the time `rankInitiatives` takes to rank every published initiative for one need,
 * over many different needs and households, with the directory loaded once through the app's
 * loader (as the app caches it); and the time of the unmet-need counts per neighbourhood × life domain ×
 * target group (one SQL aggregation over all households).
 */
import { performance } from "node:perf_hooks";
import type { AgeBand } from "../app/domain/vocabulary";
import type { MatchHousehold, MatchNeed } from "../app/matching";
import { printContext, printFigure, printNote, summarise } from "./report";

const SAMPLE_NEEDS = 500;
const WARM_UP = 50;
const UNMET_RUNS = 21;
export const RANKING_TARGET = 20;
/** Issue 14: the unmet-need counts over 100,000 households under 50 ms. */
export const UNMET_TARGET = 50;

type Input = { need: MatchNeed; household: MatchHousehold };

/** Needs spread evenly over the whole table, each with its own household, in four queries. */
async function sampleInputs(wanted: number): Promise<Input[]> {
  const { count, inArray } = await import("drizzle-orm");
  const { householdChildren, households, needs, postcodes } = await import("../db/schema");
  const { matchHouseholdOf } = await import("../app/models/matching.server");
  const { db } = await import("../app/utils/db.server");
  const total = db.select({ n: count() }).from(needs).get()?.n ?? 0;
  const step = Math.max(1, Math.floor(total / wanted));
  const sampled = db
    .select({ householdId: needs.householdId, domain: needs.domain, score: needs.score })
    .from(needs)
    .all()
    .filter((_, i) => i % step === 0)
    .slice(0, wanted);
  const ids = [...new Set(sampled.map((n) => n.householdId))];
  const rows = new Map(
    db
      .select()
      .from(households)
      .where(inArray(households.id, ids))
      .all()
      .map((h) => [h.id, h]),
  );
  const bands = new Map<number, AgeBand[]>();
  for (const child of db.select().from(householdChildren).where(inArray(householdChildren.householdId, ids)).all()) {
    bands.set(child.householdId, [...(bands.get(child.householdId) ?? []), child.ageBand]);
  }
  const centroids = new Map(
    db
      .select()
      .from(postcodes)
      .all()
      .map((p) => [p.pc4, p]),
  );
  return sampled.flatMap((need) => {
    const household = rows.get(need.householdId);
    if (!household) return [];
    const input: Input = {
      need: { domain: need.domain, score: need.score as MatchNeed["score"] },
      household: matchHouseholdOf(household, bands.get(household.id) ?? [], centroids.get(household.pc4)),
    };
    return [input];
  });
}

/** Ranking every published initiative for `count` different needs and households, in milliseconds each. */
export async function timeRanking(count: number): Promise<{ times: number[]; initiatives: number }> {
  const { rankInitiatives } = await import("../app/matching");
  const { loadMatchInitiatives } = await import("../app/models/matching.server");
  const initiatives = loadMatchInitiatives();
  const inputs = await sampleInputs(count);
  const now = new Date();
  for (let i = 0; i < Math.min(WARM_UP, inputs.length); i++) rankInitiatives(inputs[i]!.need, inputs[i]!.household, initiatives, { now });
  const times = inputs.map(({ need, household }) => {
    const start = performance.now();
    rankInitiatives(need, household, initiatives, { now });
    return performance.now() - start;
  });
  return { times, initiatives: initiatives.length };
}

/** The unmet-need counts over all households, `runs` times, in milliseconds each. */
export async function timeUnmetCounts(runs: number): Promise<{ times: number[]; groups: number }> {
  const { countUnmetNeeds } = await import("../app/models/matching.server");
  let groups = countUnmetNeeds("all").length;
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    groups = countUnmetNeeds("all").length;
    return performance.now() - start;
  });
  return { times, groups };
}

export async function benchMatching() {
  const { clearMatchCache, loadMatchInitiatives } = await import("../app/models/matching.server");

  clearMatchCache();
  const started = performance.now();
  loadMatchInitiatives();
  printContext("loading published initiatives for matching (cold)", performance.now() - started, "ms");
  const checks = summarise(
    Array.from({ length: 200 }, () => {
      const start = performance.now();
      loadMatchInitiatives();
      return performance.now() - start;
    }),
  );
  printContext("checking the cached initiatives are current, median", checks.median, "ms");

  const { times, initiatives: ranked } = await timeRanking(SAMPLE_NEEDS);
  if (times.length === 0) {
    printNote("no needs in the bench database: matching figures are missing");
    return;
  }
  const rank = summarise(times);
  printNote(`${ranked} published initiatives ranked for ${rank.n} different needs and households`);
  printFigure("ranking all initiatives for one need, median", rank.median, "ms", RANKING_TARGET);
  printFigure("ranking all initiatives for one need, p95", rank.p95, "ms", RANKING_TARGET);

  const { times: unmetTimes, groups } = await timeUnmetCounts(UNMET_RUNS);
  const unmet = summarise(unmetTimes);
  printNote(`${groups} groups of wijk × life domain × target group`);
  printFigure("unmet-need counts over all households, median", unmet.median, "ms", UNMET_TARGET);
  printFigure("unmet-need counts over all households, p95", unmet.p95, "ms", UNMET_TARGET);
}
