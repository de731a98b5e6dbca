import { useTranslation } from "react-i18next";
import type { InsightsReport } from "~/models/insights/insights.server";
import type { TableId } from "~/models/insights/types";
import { BarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { DataTable } from "./data-table";
import { HeatMap } from "./heat-map";
import { LineChart } from "./line-chart";
import type { ReportCharts } from "./report-layout.server";

/** The six sections of the team's and the municipality's insights page. */
export function InsightsReportView({
  report,
  charts,
  csvHref,
  gapMeasure,
}: {
  report: InsightsReport;
  charts: ReportCharts;
  csvHref: (table: TableId) => string;
  gapMeasure: "unmet" | "searches";
}) {
  const { t } = useTranslation();
  const { tables } = report;
  return (
    <div className="space-y-10">
      <section aria-labelledby="gaps-title" className="space-y-3">
        <h2 id="gaps-title">{t("insights.gaps.title")}</h2>
        <p className="max-w-3xl">{t("insights.gaps.intro")}</p>
        <ChartFigure title={t(`insights.gaps.${gapMeasure}`)} summary={t("insights.gaps.summary")} table={tables.gaps} csvHref={csvHref("gaps")}>
          {(ids) => <HeatMap table={tables.gaps} layout={charts.gaps} ids={ids} />}
        </ChartFigure>
      </section>

      <section aria-labelledby="flow-title" className="space-y-3">
        <h2 id="flow-title">{t("insights.flow.title")}</h2>
        <p className="max-w-3xl">{t("insights.flow.intro")}</p>
        <ChartFigure title={t("insights.flow.stages")} summary={t("insights.flow.summary")} table={tables.stages} csvHref={csvHref("stages")}>
          {(ids) => <BarChart table={tables.stages} layout={charts.stages} columns={[0, 1, 4]} ids={ids} />}
        </ChartFigure>
        <DataTable table={tables.declines} caption={t("insights.flow.declines")} csvHref={csvHref("declines")} />
        <DataTable table={tables.timing} caption={t("insights.flow.timing")} csvHref={csvHref("timing")} />
      </section>

      <section aria-labelledby="works-title" className="space-y-3">
        <h2 id="works-title">{t("insights.works.title")}</h2>
        <p className="max-w-3xl">{t("insights.works.intro")}</p>
        <ChartFigure
          title={t("insights.works.byDomain")}
          summary={t("insights.works.summary")}
          table={tables.outcomesByDomain}
          csvHref={csvHref("outcomesByDomain")}
        >
          {(ids) => <BarChart table={tables.outcomesByDomain} layout={charts.outcomes} columns={[0, 1, 2]} ids={ids} />}
        </ChartFigure>
        <DataTable table={tables.outcomesByKind} caption={t("insights.works.byKind")} csvHref={csvHref("outcomesByKind")} />
      </section>

      <section aria-labelledby="collective-title" className="space-y-3">
        <h2 id="collective-title">{t("insights.collective.title")}</h2>
        <p className="max-w-3xl">
          {report.collectiveMedianDays === null ? t("insights.collective.noMedian") : t("insights.collective.median", { count: report.collectiveMedianDays })}
        </p>
        <ChartFigure
          title={t("insights.collective.statuses")}
          summary={t("insights.collective.summary")}
          table={tables.collective}
          csvHref={csvHref("collective")}
        >
          {(ids) => <BarChart table={tables.collective} layout={charts.collective} columns={[0]} ids={ids} />}
        </ChartFigure>
        {tables.checklists.rows.length > 0 ? (
          <DataTable table={tables.checklists} caption={t("insights.collective.checklists")} csvHref={csvHref("checklists")} />
        ) : (
          <p>{t("insights.collective.noChecklists")}</p>
        )}
      </section>

      <section aria-labelledby="directory-title" className="space-y-3">
        <h2 id="directory-title">{t("insights.directory.title")}</h2>
        {report.waiting ? <p>{t("insights.directory.waiting", { organisations: report.waiting.organisations, listings: report.waiting.listings })}</p> : null}
        <ChartFigure title={t("insights.directory.perWijk")} summary={t("insights.directory.summary")} table={tables.listings} csvHref={csvHref("listings")}>
          {(ids) => <HeatMap table={tables.listings} layout={charts.listings} ids={ids} />}
        </ChartFigure>
        <DataTable table={tables.directory} caption={t("insights.directory.perDomain")} csvHref={csvHref("directory")} />
      </section>

      <section aria-labelledby="trends-title" className="space-y-3">
        <h2 id="trends-title">{t("insights.trends.title")}</h2>
        <ChartFigure title={t("insights.trends.chart")} summary={t("insights.trends.summary")} table={tables.trends} csvHref={csvHref("trends")}>
          {(ids) => <LineChart table={tables.trends} layout={charts.trends} ids={ids} />}
        </ChartFigure>
      </section>
    </div>
  );
}
