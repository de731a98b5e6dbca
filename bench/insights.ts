/**
 * Insights figures (issue 10): the data of each insights page over the bench data, in-process:
 * the team page for the demo coordinator and the municipality page for the demo policy advisor,
 * each over 24 months (the widest period), median and p95.
 */
import { printFigure, printNote, summarise } from "./report";

const RUNS = 30;

export async function benchInsights() {
  const { loadActor } = await import("../app/utils/auth.server");
  const { db } = await import("../app/utils/db.server");
  const { getTeamInsights, getMunicipalityInsights } = await import("../app/models/insights/insights.server");
  const { layoutReport } = await import("../app/components/insights/report-layout.server");
  const idOf = (email: string) => (db.$client.prepare("select id from users where email = ?").get(email) as { id: string }).id;
  const coordinator = loadActor(idOf("coordinator@wijkmarkt.demo"))!;
  const advisor = loadActor(idOf("gemeente@wijkmarkt.demo"))!;
  const input = { months: 24 as const, neighbourhood: null, targetGroup: null, measure: "unmet" as const };
  const pages = [
    { name: "team insights page data (24 months)", target: 100, run: () => getTeamInsights(coordinator, input) },
    { name: "municipality insights page data (24 months)", target: 300, run: () => getMunicipalityInsights(advisor, input) },
  ];
  for (const page of pages) {
    page.run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const result = page.run();
      if (result.ok) layoutReport(result.report);
      times.push(performance.now() - started);
    }
    const { median, p95 } = summarise(times);
    printFigure(`${page.name}, median`, median, "ms", page.target);
    printFigure(`${page.name}, p95`, p95, "ms", page.target);
  }
  printNote(`${RUNS} runs each, model and chart layout, over the demo history plus the generated households and needs`);
}
