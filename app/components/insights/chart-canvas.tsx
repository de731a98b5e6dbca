import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Label } from "~/models/insights/types";
import { labelText } from "./format";

export type ChartIds = { titleId: string; descId: string };

/**
 * What every chart shares: a legend that shows each series' swatch beside its name (hidden from
 * assistive technology, which reads the table below the chart), and an SVG labelled by the figure.
 */
export function ChartCanvas({
  ids,
  size,
  legend,
  swatch,
  children,
}: {
  ids: ChartIds;
  size: { width: number; height: number };
  legend: Label[] | null;
  swatch: (series: number) => ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="space-y-2">
      {legend ? (
        <ul className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
          {legend.map((label, i) => (
            <li key={i} className="flex items-center gap-2">
              {swatch(i)}
              {labelText(label, t)}
            </li>
          ))}
        </ul>
      ) : null}
      <svg
        role="img"
        aria-labelledby={ids.titleId}
        aria-describedby={ids.descId}
        viewBox={`0 0 ${size.width} ${size.height}`}
        width={size.width}
        className="max-w-none"
      >
        {children}
      </svg>
    </div>
  );
}
