import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CollectiveNeedGrid } from "~/components/collective-need-card";
import { InitiativeCard } from "~/components/initiative-card";
import { JsonLd } from "~/components/open-data/json-ld";
import { barChartLayout } from "~/components/insights/chart-layout.server";
import { WijkFiguresSection } from "~/components/insights/wijk-figures";
import { getWijkFigures } from "~/models/insights/insights.server";
import { getNeighbourhoodPage } from "~/models/directory.server";
import { mappingContext } from "~/models/open-data/api.server";
import { neighbourhoodJsonLd } from "~/models/open-data/json-ld";
import { toSearchParams } from "~/schemas/search";
import { notFound } from "~/utils/guards.server";
import { message, metaPage, metaTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  if (!data) return metaTitle(matches, "errors.notFoundTitle");
  const { wijk } = data;
  return metaPage(matches, wijk.name, message(matches, "directory.wijk.metaDescription", { name: wijk.name }));
};

export async function loader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) notFound();
  const wijk = getNeighbourhoodPage(slug);
  if (!wijk) notFound();
  const figures = getWijkFigures(wijk.id);
  return {
    wijk,
    figures,
    chart: barChartLayout(figures.directory, [0]),
    jsonLd: neighbourhoodJsonLd(wijk, mappingContext()),
    calendarUrl: `${mappingContext().baseUrl}/wijken/${wijk.slug}/agenda.ics`,
  };
}

export default function NeighbourhoodPage() {
  const { t } = useTranslation();
  const { wijk, jsonLd, calendarUrl, figures, chart } = useLoaderData<typeof loader>();
  const searchLink = `/initiatieven?${toSearchParams({ wijk: wijk.slug })}`;
  return (
    <div className="space-y-10">
      <JsonLd data={jsonLd} />
      <header className="space-y-2">
        <p>
          <Link to="/wijken">{t("directory.wijk.allWijken")}</Link>
        </p>
        <h1>{wijk.name}</h1>
        <p className="max-w-3xl text-lg">{wijk.description}</p>
        <p>
          {/* webcal: makes calendar apps subscribe instead of importing once. */}
          <a href={calendarUrl.replace(/^https?:/, "webcal:")} aria-describedby="wijk-calendar-hint">
            {t("openData.calendar.subscribeWijk")}
          </a>{" "}
          <span id="wijk-calendar-hint" className="text-sm text-[var(--color-muted)]">
            {t("openData.calendar.subscribeHint")}
          </span>
        </p>
      </header>

      <section aria-labelledby="wijk-initiatives">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="wijk-initiatives">{t("directory.wijk.initiatives", { name: wijk.name })}</h2>
          {wijk.totalInitiatives > 0 ? <Link to={searchLink}>{t("directory.wijk.searchAll", { count: wijk.totalInitiatives, name: wijk.name })}</Link> : null}
        </div>
        {wijk.initiatives.length === 0 ? (
          <p className="mt-4">{t("directory.wijk.noInitiatives")}</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {wijk.initiatives.map((initiative) => (
              <li key={initiative.slug}>
                <InitiativeCard initiative={initiative} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <WijkFiguresSection name={wijk.name} figures={figures} chart={chart} />

      <section aria-labelledby="wijk-needs">
        <h2 id="wijk-needs">{t("directory.wijk.needs", { name: wijk.name })}</h2>
        <p className="mt-1">{t("directory.wijk.needsIntro")}</p>
        <CollectiveNeedGrid needs={wijk.needs} empty={t("directory.wijk.noNeeds")} />
      </section>
    </div>
  );
}
