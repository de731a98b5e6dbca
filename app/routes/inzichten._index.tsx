import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { csvLink } from "~/components/insights/csv";
import { InsightsFilters } from "~/components/insights/filters";
import { InsightsReportView } from "~/components/insights/report";
import { loadInsightsPage } from "./insights-page.server";
import { getMunicipalityInsights } from "~/models/insights/insights.server";
import { message, metaPage } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) =>
  metaPage(matches, message(matches, "insights.municipality.title"), message(matches, "insights.municipality.intro"));

export async function loader({ request }: LoaderFunctionArgs) {
  return loadInsightsPage(request, getMunicipalityInsights);
}

export default function MunicipalityInsights() {
  const { t } = useTranslation();
  const { report, charts, filter } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1>{report.neighbourhood ? t("insights.municipality.titleWijk", { name: report.neighbourhood.name }) : t("insights.municipality.title")}</h1>
        <p className="max-w-3xl">{t("insights.municipality.intro")}</p>
        <p className="max-w-3xl text-sm">{t("insights.privacy")}</p>
      </div>
      <InsightsFilters values={filter} neighbourhoods={report.neighbourhoods} />
      <InsightsReportView report={report} charts={charts} gapMeasure={filter.measure} csvHref={csvLink("/inzichten/download", filter)} />
    </div>
  );
}
