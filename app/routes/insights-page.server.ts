/** The team's and the municipality's insights routes share this: guard, filters, report, charts, CSV. */
import { getDisplayTable, type InsightsInput, type InsightsReport, type Refusal } from "~/models/insights/insights.server";
import { parseInsightsFilter, parseTableId } from "~/schemas/insights";
import { forbidden, notFound, requireUser } from "~/utils/guards.server";
import { detectLocale, getTranslator } from "~/utils/i18n.server";
import type { Actor } from "~/utils/permissions";
import { csvResponse, tableToCsv } from "~/components/insights/csv";
import { layoutReport } from "~/components/insights/report-layout.server";

type Get = (actor: Actor, input: InsightsInput) => { ok: true; report: InsightsReport } | Refusal;

export async function loadInsightsPage(request: Request, get: Get) {
  const actor = await requireUser(request);
  const filter = parseInsightsFilter(new URL(request.url).searchParams);
  const result = get(actor, filter);
  if (!result.ok) forbidden();
  return { report: result.report, charts: layoutReport(result.report), filter: { ...filter, neighbourhood: result.report.neighbourhood?.slug ?? null } };
}

export async function downloadInsightsTable(request: Request, get: Get, fileName: string) {
  const actor = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const id = parseTableId(params.get("tabel"));
  if (!id) notFound();
  const result = get(actor, parseInsightsFilter(params));
  if (!result.ok) forbidden();
  const table = getDisplayTable(result.report, id);
  if (!table) notFound();
  const locale = await detectLocale(request, actor.locale);
  return csvResponse(tableToCsv(table, getTranslator(locale), locale), `${fileName}-${id}`);
}
