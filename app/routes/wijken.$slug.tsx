import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CollectiveNeedGrid } from "~/components/collective-need-card";
import { InitiativeCard } from "~/components/initiative-card";
import { JsonLd } from "~/components/open-data/json-ld";
import { barChartLayout } from "~/components/insights/chart-layout.server";
import { NeighbourhoodFiguresSection } from "~/components/insights/neighbourhood-figures";
import { getNeighbourhoodFigures } from "~/models/insights/insights.server";
import { getNeighbourhoodPage } from "~/models/directory.server";
import { mappingContext } from "~/models/open-data/api.server";
import { neighbourhoodJsonLd } from "~/models/open-data/json-ld";
import { toSearchParams } from "~/schemas/search";
import { notFound } from "~/utils/guards.server";
import { message, metaPage, metaTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  if (!data) return metaTitle(matches, "errors.notFoundTitle");
  const { neighbourhood } = data;
  return metaPage(matches, neighbourhood.name, message(matches, "directory.wijk.metaDescription", { name: neighbourhood.name }));
};

export async function loader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) notFound();
  const neighbourhood = getNeighbourhoodPage(slug);
  if (!neighbourhood) notFound();
  const figures = getNeighbourhoodFigures(neighbourhood.id);
  return {
    neighbourhood,
    figures,
    chart: barChartLayout(figures.directory, [0]),
    jsonLd: neighbourhoodJsonLd(neighbourhood, mappingContext()),
    calendarUrl: `${mappingContext().baseUrl}/wijken/${neighbourhood.slug}/agenda.ics`,
  };
}

export default function NeighbourhoodPage() {
  const { t } = useTranslation();
  const { neighbourhood, jsonLd, calendarUrl, figures, chart } = useLoaderData<typeof loader>();
  const searchLink = `/initiatieven?${toSearchParams({ wijk: neighbourhood.slug })}`;
  return (
    <div className="space-y-10">
      <JsonLd data={jsonLd} />
      <header className="space-y-2">
        <p>
          <Link to="/wijken">{t("directory.wijk.allWijken")}</Link>
        </p>
        <h1>{neighbourhood.name}</h1>
        <p className="max-w-3xl text-lg">{neighbourhood.description}</p>
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
          <h2 id="wijk-initiatives">{t("directory.wijk.initiatives", { name: neighbourhood.name })}</h2>
          {neighbourhood.totalInitiatives > 0 ? (
            <Link to={searchLink}>{t("directory.wijk.searchAll", { count: neighbourhood.totalInitiatives, name: neighbourhood.name })}</Link>
          ) : null}
        </div>
        {neighbourhood.initiatives.length === 0 ? (
          <p className="mt-4">{t("directory.wijk.noInitiatives")}</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {neighbourhood.initiatives.map((initiative) => (
              <li key={initiative.slug}>
                <InitiativeCard initiative={initiative} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <NeighbourhoodFiguresSection name={neighbourhood.name} figures={figures} chart={chart} />

      <section aria-labelledby="wijk-needs">
        <h2 id="wijk-needs">{t("directory.wijk.needs", { name: neighbourhood.name })}</h2>
        <p className="mt-1">{t("directory.wijk.needsIntro")}</p>
        <CollectiveNeedGrid needs={neighbourhood.needs} empty={t("directory.wijk.noNeeds")} />
      </section>
    </div>
  );
}
