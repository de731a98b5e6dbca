import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Signal } from "~/models/signals.server";
import { tableScroll } from "~/components/ui/table-scroll";

function draftLink(signal: Signal) {
  const params = new URLSearchParams({ wijk: String(signal.neighbourhoodId) });
  if (signal.domain) params.set("domain", signal.domain);
  if (signal.targetGroup) params.set("targetGroup", signal.targetGroup);
  // Evidence can only be linked for a full neighbourhood × domain × target group of unmet needs.
  if (signal.domain && signal.targetGroup && signal.unmet.last12 > 0) params.set("signal", "1");
  return `/werkplek/vragen/nieuw?${params}`;
}

/** Signals as a table: size over 3 and 12 months, the trend, and a way to act on each. */
export function SignalTable({ signals }: { signals: Signal[] }) {
  const { t } = useTranslation();
  const trend = { up: t("collective.signals.trendUp"), down: t("collective.signals.trendDown"), steady: t("collective.signals.trendSteady") };
  return (
    <div {...tableScroll(t("collective.signals.tableCaption"))}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("collective.signals.tableCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-[var(--color-brand-700)]">
            <th scope="col" className="p-2">
              {t("collective.signals.wijk")}
            </th>
            <th scope="col" className="p-2">
              {t("collective.signals.domain")}
            </th>
            <th scope="col" className="p-2">
              {t("collective.signals.targetGroup")}
            </th>
            <th scope="col" className="p-2">
              {t("collective.signals.unmet")}
            </th>
            <th scope="col" className="p-2">
              {t("collective.signals.searches")}
            </th>
            <th scope="col" className="p-2">
              {t("collective.signals.trend")}
            </th>
            <th scope="col" className="p-2">
              <span className="sr-only">{t("collective.signals.draft")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {signals.map((signal) => {
            const domain = signal.domain ? t(`vocab.domain.${signal.domain}`) : t("collective.signals.any");
            return (
              <tr key={`${signal.neighbourhoodId}-${signal.domain}-${signal.targetGroup}`} className="border-b border-[var(--color-brand-100)]">
                <th scope="row" className="p-2 font-semibold">
                  {signal.neighbourhoodName}
                </th>
                <td className="p-2">{domain}</td>
                <td className="p-2">{signal.targetGroup ? t(`vocab.targetGroup.${signal.targetGroup}`) : t("collective.signals.any")}</td>
                <td className="p-2">{t("collective.signals.counts", signal.unmet)}</td>
                <td className="p-2">{t("collective.signals.counts", signal.searches)}</td>
                <td className="p-2">{trend[signal.trend]}</td>
                <td className="p-2">
                  <Link to={draftLink(signal)} aria-label={t("collective.signals.draftLabel", { wijk: signal.neighbourhoodName, domain })}>
                    {t("collective.signals.draft")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
