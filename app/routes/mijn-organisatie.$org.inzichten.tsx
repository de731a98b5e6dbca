import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvResponse, tableToCsv } from "~/components/insights/csv";
import { getOrganisationInsights, type OrganisationInsights } from "~/models/insights/insights.server";
import { parseInsightsFilter, parseTableId } from "~/schemas/insights";
import { forbidden, notFound, requireUser } from "~/utils/guards.server";
import { detectLocale, getTranslator } from "~/utils/i18n.server";
import { findOrganisationId } from "~/models/organisation.server";

const TABLES: Record<string, keyof OrganisationInsights> = {
  stages: "stages",
  declines: "declines",
  timing: "timing",
  outcomesByInitiative: "outcomes",
};

/** A table of the organisation's insights as CSV, with the same suppression as its dashboard. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const organisationId = findOrganisationId(params.org ?? "") ?? notFound();
  const search = new URL(request.url).searchParams;
  const id = parseTableId(search.get("tabel"));
  const key = id ? TABLES[id] : undefined;
  if (!id || !key) notFound();
  const result = getOrganisationInsights(actor, organisationId, parseInsightsFilter(search).months);
  if (!result.ok) forbidden();
  const locale = await detectLocale(request, actor.locale);
  return csvResponse(tableToCsv(result.insights[key], getTranslator(locale), locale), `organisatie-${organisationId}-${id}`);
}
