import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { csvLink } from "~/components/insights/csv";
import { InsightsFilters } from "~/components/insights/filters";
import { InsightsReportView } from "~/components/insights/report";
import { loadInsightsPage } from "./insights-page.server";
import { getTeamInsights } from "~/models/insights/insights.server";
import { message, metaPage } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => metaPage(matches, message(matches, "insights.team.title"), message(matches, "insights.team.intro"));

export async function loader({ request }: LoaderFunctionArgs) {
  return loadInsightsPage(request, getTeamInsights);
}

export default function TeamInsights() {
  const { t } = useTranslation();
  const { report, charts, filter } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1>{t("insights.team.title")}</h1>
        <p className="max-w-3xl">{t("insights.team.intro")}</p>
        <p className="max-w-3xl text-sm">{t("insights.privacy")}</p>
      </div>
      <InsightsFilters values={filter} neighbourhoods={report.neighbourhoods} />
      <InsightsReportView report={report} charts={charts} gapMeasure={filter.measure} csvHref={csvLink("/werkplek/inzichten/download", filter)} />
    </div>
  );
}
