import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadInsightsTable } from "./insights-page.server";
import { getTeamInsights } from "~/models/insights/insights.server";

/** A table of the team's insights as CSV, with the page's filters and suppression. */
export async function loader({ request }: LoaderFunctionArgs) {
  return downloadInsightsTable(request, getTeamInsights, "wijkteam-inzichten");
}
