import { useTranslation } from "react-i18next";
import type { DisplayTable } from "~/models/insights/types";
import type { LineChartLayout } from "./chart-layout.server";
import { labelText } from "./format";
import { ChartCanvas, type ChartIds } from "./chart-canvas";

const COLOURS = ["#1d4ed8", "#b91c1c", "#047857", "#6d28d9"];
const DASHES = ["", "6 3", "2 3", "10 3 2 3"];

/** A marker shape per series, so lines differ by shape and dash as well as by colour. */
function Marker({ series, x, y }: { series: number; x: number; y: number }) {
  const fill = COLOURS[series % 4];
  if (series % 4 === 0) return <circle cx={x} cy={y} r={3.5} fill={fill} />;
  if (series % 4 === 1) return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={fill} />;
  if (series % 4 === 2) return <path d={`M${x},${y - 4.5}L${x + 4.5},${y + 3.5}L${x - 4.5},${y + 3.5}Z`} fill={fill} />;
  return <path d={`M${x},${y - 4.5}L${x + 4.5},${y}L${x},${y + 4.5}L${x - 4.5},${y}Z`} fill={fill} />;
}

export function LineChart({ table, layout, ids }: { table: DisplayTable; layout: LineChartLayout; ids: ChartIds }) {
  const { t, i18n } = useTranslation();
  return (
    <ChartCanvas
      ids={ids}
      size={layout}
      legend={table.columns}
      swatch={(i) => (
        <svg width="30" height="12">
          <line x1="0" x2="30" y1="6" y2="6" stroke={COLOURS[i % 4]} strokeWidth="2" strokeDasharray={DASHES[i % 4]} />
          <Marker series={i} x={15} y={6} />
        </svg>
      )}
    >
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={layout.left} x2={layout.width - 10} y1={tick.y} y2={tick.y} stroke="#e5e7eb" />
          <text x={layout.left - 6} y={tick.y + 4} textAnchor="end" fontSize="11" fill="#374151">
            {tick.value.toLocaleString(i18n.language)}
          </text>
        </g>
      ))}
      {layout.months.map((m) => (
        <text key={m.index} x={m.x} y={layout.bottom + 20} textAnchor="middle" fontSize="11" fill="#374151">
          {labelText(table.rows[m.index]!.head, t)}
        </text>
      ))}
      {layout.series.map((s, i) => (
        <g key={i}>
          <path d={s.path} fill="none" stroke={COLOURS[i % 4]} strokeWidth="2" strokeDasharray={DASHES[i % 4]} />
          {s.points.map((p) => (
            <Marker key={p.month} series={i} x={p.x} y={p.y} />
          ))}
        </g>
      ))}
    </ChartCanvas>
  );
}
