import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LIFE_DOMAINS } from "~/domain/vocabulary";

type Wijk = { slug: string; name: string };

/** Narrows the signals to one wijk and/or life domain: a GET form, so every view is a link (the insights' gap map links here). */
export function SignalFilters({ wijken, wijk, domain }: { wijken: Wijk[]; wijk: string | null; domain: string | null }) {
  const { t } = useTranslation();
  const select = "mt-1 block rounded-md border border-gray-400 p-2";
  const filtered = wijk !== null || domain !== null;
  return (
    // The key resets the selects when the address changes (a gap-map link, "show all", back).
    <Form key={`${wijk}|${domain}`} method="get" className="flex flex-wrap items-end gap-4 print:hidden" aria-label={t("collective.signals.filterLabel")}>
      <label className="block">
        {t("collective.signals.wijk")}
        <select name="wijk" defaultValue={wijk ?? ""} className={select}>
          <option value="">{t("collective.signals.allWijken")}</option>
          {wijken.map((w) => (
            <option key={w.slug} value={w.slug}>
              {w.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {t("collective.signals.domain")}
        <select name="domein" defaultValue={domain ?? ""} className={select}>
          <option value="">{t("collective.signals.allDomains")}</option>
          {LIFE_DOMAINS.map((d) => (
            <option key={d} value={d}>
              {t(`vocab.domain.${d}`)}
            </option>
          ))}
        </select>
      </label>
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
