import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadInsightsTable } from "./insights-page.server";
import { getMunicipalityInsights } from "~/models/insights/insights.server";

/** A table of the municipality's insights as CSV, with the page's filters and suppression. */
export async function loader({ request }: LoaderFunctionArgs) {
  return downloadInsightsTable(request, getMunicipalityInsights, "gemeente-inzichten");
}
