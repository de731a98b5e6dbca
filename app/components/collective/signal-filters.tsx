import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LIFE_DOMAINS } from "~/domain/vocabulary";
import { FilterSelect } from "~/components/ui/filter-select";

type Neighbourhood = { slug: string; name: string };

/** Narrows the signals to one neighbourhood and/or life domain: a GET form, so every view is a link (the insights' gap map links here). */
export function SignalFilters({
  neighbourhoods,
  neighbourhood,
  domain,
}: {
  neighbourhoods: Neighbourhood[];
  neighbourhood: string | null;
  domain: string | null;
}) {
  const { t } = useTranslation();
  const filtered = neighbourhood !== null || domain !== null;
  return (
    // The key resets the selects when the address changes (a gap-map link, "show all", back).
    <Form
      key={`${neighbourhood}|${domain}`}
      method="get"
      className="flex flex-wrap items-end gap-4 print:hidden"
      aria-label={t("collective.signals.filterLabel")}
    >
      <FilterSelect
        name="wijk"
        label={t("collective.signals.wijk")}
        value={neighbourhood ?? undefined}
        any={t("collective.signals.allWijken")}
        options={neighbourhoods.map((w) => ({ value: w.slug, label: w.name }))}
      />
      <FilterSelect
        name="domein"
        label={t("collective.signals.domain")}
        value={domain ?? undefined}
        any={t("collective.signals.allDomains")}
        options={LIFE_DOMAINS.map((d) => ({ value: d, label: t(`vocab.domain.${d}`) }))}
      />
      <button type="submit" className="btn btn-primary">
        {t("collective.signals.filterApply")}
      </button>
      {filtered ? (
        <Link to="/werkplek/signalen" className="btn btn-secondary">
          {t("collective.signals.filterClear")}
        </Link>
      ) : null}
    </Form>
  );
}
