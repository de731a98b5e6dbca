import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FilterSelect } from "~/components/ui/filter-select";
import { CHECKLIST_KINDS, LIFE_DOMAINS } from "~/domain/vocabulary";

type Values = { neighbourhood?: string; domain?: string; need?: string; status?: string };

/** The /vragen filters as a plain GET form: every result is a shareable link, no JavaScript needed. */
export function NeedFilters({ values, neighbourhoods }: { values: Values; neighbourhoods: { slug: string; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end" aria-labelledby="need-filters-title">
      <h2 id="need-filters-title" className="sr-only">
        {t("collective.list.filters")}
      </h2>
      <FilterSelect
        name="wijk"
        label={t("collective.list.wijk")}
        value={values.neighbourhood}
        any={t("collective.list.anyWijk")}
        options={neighbourhoods.map((w) => ({ value: w.slug, label: w.name }))}
      />
      <FilterSelect
        name="domain"
        label={t("collective.list.domain")}
        value={values.domain}
        any={t("collective.list.anyDomain")}
        options={LIFE_DOMAINS.map((d) => ({ value: d, label: t(`vocab.domain.${d}`) }))}
      />
      <FilterSelect
        name="need"
        label={t("collective.list.need")}
        value={values.need}
        any={t("collective.list.anyNeed")}
        options={CHECKLIST_KINDS.map((k) => ({ value: k, label: t(`vocab.checklistKind.${k}`) }))}
      />
      <FilterSelect
        name="status"
        label={t("collective.list.status")}
        value={values.status}
        any={t("collective.list.statusActive")}
        options={[
          { value: "answered", label: t("collective.list.statusAnswered") },
          { value: "closed", label: t("collective.list.statusClosed") },
        ]}
      />
      <button type="submit" className="btn btn-primary">
        {t("collective.list.apply")}
      </button>
    </Form>
  );
}
