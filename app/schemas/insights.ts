/** The insights pages' filters, all in the URL; anything invalid falls back to the default. */
import { z } from "zod";
import { HOUSEHOLD_TARGET_GROUPS } from "~/domain/vocabulary";
import { PERIODS, TABLE_IDS, type Period, type TableId } from "~/models/insights/types";

const period = z.coerce
  .number()
  .refine((n): n is Period => (PERIODS as readonly number[]).includes(n))
  .catch(12);

const insightsFilterSchema = z.object({
  periode: period,
  wijk: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .nullable()
    .catch(null),
  doelgroep: z.enum(HOUSEHOLD_TARGET_GROUPS).nullable().catch(null),
  maat: z.enum(["unmet", "searches"]).catch("unmet"),
});

export function parseInsightsFilter(params: URLSearchParams) {
  const raw = insightsFilterSchema.parse({
    periode: params.get("periode") ?? undefined,
    wijk: params.get("wijk") || null,
    doelgroep: params.get("doelgroep") || null,
    maat: params.get("maat") ?? undefined,
  });
  return { months: raw.periode as Period, neighbourhood: raw.wijk, targetGroup: raw.doelgroep, measure: raw.maat };
}

export function parseTableId(value: string | null): TableId | null {
  return (TABLE_IDS as readonly string[]).includes(value ?? "") ? (value as TableId) : null;
}
