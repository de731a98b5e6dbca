import { useTranslation } from "react-i18next";
import type { OrganisationInsights } from "~/models/insights/insights.server";
import { BarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { DataTable } from "./data-table";
import { InsightsFilters } from "./filters";
import type { OrganisationCharts } from "./report-layout.server";

/** The insights section of an organisation's dashboard: its own initiatives only. */
export function OrganisationInsightsSection({
  insights,
  charts,
  months,
  csvBase,
}: {
  insights: OrganisationInsights;
  charts: OrganisationCharts;
  months: number;
  csvBase: string;
}) {
  const { t } = useTranslation();
  const csv = (table: string) => `${csvBase}?${new URLSearchParams({ tabel: table, periode: String(months) })}`;
  return (
    <section aria-labelledby="insights-title" className="space-y-4">
      <h2 id="insights-title">{t("insights.organisation.title")}</h2>
      <p className="max-w-3xl">{t("insights.organisation.intro")}</p>
      <p className="max-w-3xl text-sm">{t("insights.privacy")}</p>
      <InsightsFilters values={{ months, neighbourhood: null, targetGroup: null, measure: "unmet" }} withGapOptions={false} />
      <ChartFigure title={t("insights.organisation.stages")} summary={t("insights.organisation.summary")} table={insights.stages} csvHref={csv("stages")}>
        {(ids) => <BarChart table={insights.stages} layout={charts.stages} columns={[0, 1, 4]} ids={ids} />}
      </ChartFigure>
      <DataTable table={insights.declines} caption={t("insights.flow.declines")} csvHref={csv("declines")} />
      <DataTable table={insights.timing} caption={t("insights.flow.timing")} csvHref={csv("timing")} />
      <p className="max-w-3xl">{t("insights.works.intro")}</p>
      <ChartFigure
        title={t("insights.works.byInitiative")}
        summary={t("insights.works.summary")}
        table={insights.outcomes}
        csvHref={csv("outcomesByInitiative")}
      >
        {(ids) => <BarChart table={insights.outcomes} layout={charts.outcomes} columns={[0, 1, 2]} ids={ids} />}
      </ChartFigure>
    </section>
  );
}
