import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HOUSEHOLD_TARGET_GROUPS } from "~/domain/vocabulary";
import { PERIODS } from "~/models/insights/types";
import { FilterSelect } from "~/components/ui/filter-select";

type Neighbourhood = { slug: string; name: string };
export type FilterValues = { months: number; neighbourhood: string | null; targetGroup: string | null; measure: string };

/** Period, neighbourhood, target group and gap measure, as a GET form: every view is a link and works without JavaScript. */
export function InsightsFilters({
  values,
  neighbourhoods,
  withGapOptions = true,
}: {
  values: FilterValues;
  neighbourhoods?: Neighbourhood[];
  withGapOptions?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="flex flex-wrap items-end gap-4 print:hidden" aria-label={t("insights.filters.label")}>
      <FilterSelect
        name="periode"
        label={t("insights.filters.period")}
        value={values.months}
        options={PERIODS.map((p) => ({ value: String(p), label: t("insights.filters.months", { count: p }) }))}
      />
      {neighbourhoods ? (
        <FilterSelect
          name="wijk"
          label={t("insights.filters.wijk")}
          value={values.neighbourhood ?? undefined}
          any={t("insights.filters.allWijken")}
          options={neighbourhoods.map((w) => ({ value: w.slug, label: w.name }))}
        />
      ) : null}
      {withGapOptions ? (
        <>
          <FilterSelect
            name="doelgroep"
            label={t("insights.filters.targetGroup")}
            value={values.targetGroup ?? undefined}
            any={t("insights.filters.allGroups")}
            options={HOUSEHOLD_TARGET_GROUPS.map((g) => ({ value: g, label: t(`vocab.targetGroup.${g}`) }))}
          />
          <FilterSelect
            name="maat"
            label={t("insights.filters.measure")}
            value={values.measure}
            options={[
              { value: "unmet", label: t("insights.filters.unmet") },
              { value: "searches", label: t("insights.filters.searches") },
            ]}
          />
        </>
      ) : null}
      <button type="submit" className="btn btn-primary">
        {t("insights.filters.apply")}
      </button>
    </Form>
  );
}
