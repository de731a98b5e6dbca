import { useTranslation } from "react-i18next";
import type { NeighbourhoodFigures } from "~/models/insights/insights.server";
import { BarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import type { BarChartLayout } from "./chart-layout.server";

/** "De wijk in cijfers": public numbers about the neighbourhood's offer and its collective needs. */
export function NeighbourhoodFiguresSection({ name, figures, chart }: { name: string; figures: NeighbourhoodFigures; chart: BarChartLayout }) {
  const { t, i18n } = useTranslation();
  const tiles = [
    { label: t("insights.wijk.placesFree"), value: figures.placesFree },
    { label: t("insights.wijk.openNeeds"), value: figures.openNeeds },
    { label: t("insights.wijk.answeredNeeds"), value: figures.answeredNeeds },
  ];
  return (
    <section aria-labelledby="wijk-figures" className="space-y-4">
      <h2 id="wijk-figures">{t("insights.wijk.title")}</h2>
      <dl className="grid gap-4 sm:grid-cols-3">
        {tiles.map((tile) => (
          <div key={tile.label} className="card">
            <dt className="text-sm">{tile.label}</dt>
            <dd className="text-3xl font-bold">{tile.value.toLocaleString(i18n.language)}</dd>
          </div>
        ))}
      </dl>
      <ChartFigure title={t("insights.wijk.perDomain", { name })} summary={t("insights.wijk.summary")} table={figures.directory}>
        {(ids) => <BarChart table={figures.directory} layout={chart} columns={[0]} ids={ids} />}
      </ChartFigure>
    </section>
  );
}
