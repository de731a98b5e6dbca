/** Every chart of an insights report, laid out on the server. */
import type { InsightsReport, OrganisationInsights } from "~/models/insights/insights.server";
import { barChartLayout, heatMapLayout, lineChartLayout } from "./chart-layout.server";

export function layoutReport(report: InsightsReport) {
  const { tables } = report;
  return {
    gaps: heatMapLayout(tables.gaps),
    stages: barChartLayout(tables.stages, [0, 1, 4]),
    outcomes: barChartLayout(tables.outcomesByDomain, [0, 1, 2]),
    collective: barChartLayout(tables.collective, [0]),
    listings: heatMapLayout(tables.listings),
    trends: lineChartLayout(tables.trends),
  };
}
export type ReportCharts = ReturnType<typeof layoutReport>;

export function layoutOrganisation(insights: OrganisationInsights) {
  return {
    stages: barChartLayout(insights.stages, [0, 1, 4]),
    outcomes: barChartLayout(insights.outcomes, [0, 1, 2]),
  };
}
export type OrganisationCharts = ReturnType<typeof layoutOrganisation>;
