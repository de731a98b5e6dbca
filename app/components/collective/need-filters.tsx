import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CHECKLIST_KINDS, LIFE_DOMAINS } from "~/domain/vocabulary";

type Values = { wijk?: string; domain?: string; need?: string; status?: string };

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="input">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The /vragen filters as a plain GET form: every result is a shareable link, no JavaScript needed. */
export function NeedFilters({ values, wijken }: { values: Values; wijken: { slug: string; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end" aria-labelledby="need-filters-title">
      <h2 id="need-filters-title" className="sr-only">
        {t("collective.list.filters")}
      </h2>
      <Select
        name="wijk"
        label={t("collective.list.wijk")}
        value={values.wijk}
        options={[{ value: "", label: t("collective.list.anyWijk") }, ...wijken.map((w) => ({ value: w.slug, label: w.name }))]}
      />
      <Select
        name="domain"
        label={t("collective.list.domain")}
        value={values.domain}
        options={[{ value: "", label: t("collective.list.anyDomain") }, ...LIFE_DOMAINS.map((d) => ({ value: d, label: t(`vocab.domain.${d}`) }))]}
      />
      <Select
        name="need"
        label={t("collective.list.need")}
        value={values.need}
        options={[{ value: "", label: t("collective.list.anyNeed") }, ...CHECKLIST_KINDS.map((k) => ({ value: k, label: t(`vocab.checklistKind.${k}`) }))]}
      />
      <Select
        name="status"
        label={t("collective.list.status")}
        value={values.status}
        options={[
          { value: "", label: t("collective.list.statusActive") },
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
