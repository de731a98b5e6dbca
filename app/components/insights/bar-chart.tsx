import { useTranslation } from "react-i18next";
import type { DisplayTable, Label } from "~/models/insights/types";
import type { BarChartLayout } from "./chart-layout.server";
import { chartText, labelText } from "./format";
import { ChartCanvas, type ChartIds } from "./chart-canvas";

/** Each series has its own fill pattern as well as its own colour, and a legend that shows both. */
function SeriesFill({ id, series }: { id: string; series: number }) {
  const colour = ["#1d4ed8", "#047857", "#b91c1c", "#6d28d9"][series % 4];
  if (series === 0) return null;
  return (
    <pattern id={`${id}-s${series}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={series === 1 ? "rotate(45)" : undefined}>
      <rect width="6" height="6" fill={colour} />
      {series === 1 ? <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" /> : <circle cx="3" cy="3" r="1.3" fill="#ffffff" />}
    </pattern>
  );
}

const seriesFill = (id: string, series: number) => (series === 0 ? "#1d4ed8" : `url(#${id}-s${series})`);

export function BarChart({ table, layout, columns, ids }: { table: DisplayTable; layout: BarChartLayout; columns: number[]; ids: ChartIds }) {
  const { t, i18n } = useTranslation();
  const legend: Label[] = columns.map((c) => table.columns[c]!);
  const legendId = `${ids.titleId}-legend`;
  return (
    <ChartCanvas
      ids={ids}
      size={layout}
      legend={legend.length > 1 ? legend : null}
      swatch={(i) => (
        <svg width="18" height="12">
          <defs>
            <SeriesFill id={legendId} series={i} />
          </defs>
          <rect width="18" height="12" fill={seriesFill(legendId, i)} />
        </svg>
      )}
    >
      <defs>
        {columns.map((_, i) => (
          <SeriesFill key={i} id={ids.titleId} series={i} />
        ))}
      </defs>
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.x} x2={tick.x} y1={5} y2={layout.height - 25} stroke="#d1d5db" />
          <text x={tick.x} y={layout.height - 8} textAnchor="middle" fontSize="11" fill="#374151">
            {tick.value.toLocaleString(i18n.language)}
          </text>
        </g>
      ))}
      {table.rows.map((row, r) => (
        <text key={r} x={layout.left - 8} y={layout.rowY[r]! + 4} textAnchor="end" fontSize="12" fill="#1f2937" fontWeight={row.isTotal ? 700 : 400}>
          {labelText(row.head, t).slice(0, 34)}
        </text>
      ))}
      {layout.bars.map((bar) => (
        <g key={`${bar.row}-${bar.series}`}>
          {bar.shown ? <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={seriesFill(ids.titleId, bar.series)} /> : null}
          <text x={bar.x + bar.width + 4} y={bar.y + bar.height - 2} fontSize="11" fill="#111827">
            {chartText(table.rows[bar.row]!.cells[columns[bar.series]!], i18n.language)}
          </text>
        </g>
      ))}
    </ChartCanvas>
  );
}
