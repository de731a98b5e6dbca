import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HOUSEHOLD_TARGET_GROUPS } from "~/domain/vocabulary";
import { PERIODS } from "~/models/insights/types";

type Wijk = { slug: string; name: string };
export type FilterValues = { months: number; wijk: string | null; targetGroup: string | null; measure: string };

/** Period, wijk, target group and gap measure, as a GET form: every view is a link and works without JavaScript. */
export function InsightsFilters({ values, wijken, withGapOptions = true }: { values: FilterValues; wijken?: Wijk[]; withGapOptions?: boolean }) {
  const { t } = useTranslation();
  const select = "mt-1 block rounded-md border border-gray-400 p-2";
  return (
    <Form method="get" className="flex flex-wrap items-end gap-4 print:hidden" aria-label={t("insights.filters.label")}>
      <label className="block">
        {t("insights.filters.period")}
        <select name="periode" defaultValue={String(values.months)} className={select}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t("insights.filters.months", { count: p })}
            </option>
          ))}
        </select>
      </label>
      {wijken ? (
        <label className="block">
          {t("insights.filters.wijk")}
          <select name="wijk" defaultValue={values.wijk ?? ""} className={select}>
            <option value="">{t("insights.filters.allWijken")}</option>
            {wijken.map((w) => (
              <option key={w.slug} value={w.slug}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {withGapOptions ? (
        <>
          <label className="block">
            {t("insights.filters.targetGroup")}
            <select name="doelgroep" defaultValue={values.targetGroup ?? ""} className={select}>
              <option value="">{t("insights.filters.allGroups")}</option>
              {HOUSEHOLD_TARGET_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {t(`vocab.targetGroup.${g}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            {t("insights.filters.measure")}
            <select name="maat" defaultValue={values.measure} className={select}>
              <option value="unmet">{t("insights.filters.unmet")}</option>
              <option value="searches">{t("insights.filters.searches")}</option>
            </select>
          </label>
        </>
      ) : null}
      <button type="submit" className="btn btn-primary">
        {t("insights.filters.apply")}
      </button>
    </Form>
  );
}
