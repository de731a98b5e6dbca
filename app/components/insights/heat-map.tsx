import { useTranslation } from "react-i18next";
import type { DisplayTable } from "~/models/insights/types";
import type { HeatMapLayout } from "./chart-layout.server";
import { cellText, chartText, labelText } from "./format";
import type { ChartIds } from "./chart-canvas";

/** Light to dark; text switches to white from level 3, keeping contrast above 4.5:1. */
const SHADES = ["#eef4fb", "#c6dbef", "#6baed6", "#2171b5", "#08306b"];

/**
 * Every cell prints its number, so the shade never carries the meaning alone; hidden counts are hatched.
 * When the table gives cell links (the gap map), each cell is a link named by its neighbourhood, column and
 * number, and the chart is a group of links instead of an image.
 */
export function HeatMap({ table, layout, ids }: { table: DisplayTable; layout: HeatMapLayout; ids: ChartIds }) {
  const { t, i18n } = useTranslation();
  const rows = table.rows.filter((r) => !r.isTotal);
  const pattern = `${ids.titleId}-hatch`;
  const linked = rows.some((r) => r.cellHrefs);
  return (
    <svg
      role={linked ? "group" : "img"}
      aria-labelledby={ids.titleId}
      aria-describedby={ids.descId}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      className="max-w-none"
    >
      <defs>
        <pattern id={pattern} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#9ca3af" strokeWidth="2" />
        </pattern>
      </defs>
      {table.columns.map((column, col) => {
        const x = layout.colX[col]!;
        return (
          <text key={col} transform={`translate(${x}, ${layout.top - 8}) rotate(-55)`} fontSize="12" fill="#1f2937">
            {labelText(column, t)}
          </text>
        );
      })}
      {rows.map((row, r) => (
        <text key={r} x={layout.left - 8} y={layout.rowY[r]! + 4} textAnchor="end" fontSize="13" fill="#1f2937">
          {labelText(row.head, t)}
        </text>
      ))}
      {layout.cells.map((c) => {
        const row = rows[c.row];
        const cell = row?.cells[c.col];
        const shape = (
          <>
            <rect
              x={c.x}
              y={c.y}
              width={c.size}
              height={c.size}
              fill={c.level === null ? `url(#${pattern})` : SHADES[c.level]}
              stroke="#6b7280"
              strokeWidth="0.5"
            />
            <text
              x={c.x + c.size / 2}
              y={c.y + c.size / 2 + 4}
              textAnchor="middle"
              fontSize="12"
              fontWeight="600"
              fill={c.level !== null && c.level >= 3 ? "#ffffff" : "#111827"}
            >
              {chartText(cell, i18n.language)}
            </text>
          </>
        );
        const href = row?.cellHrefs?.[c.col];
        if (!row || !href) return <g key={`${c.row}-${c.col}`}>{shape}</g>;
        const name = `${labelText(row.head, t)}, ${labelText(table.columns[c.col]!, t)}: ${cellText(cell!, t, i18n.language)}`;
        return (
          <a key={`${c.row}-${c.col}`} href={href} aria-label={name}>
            <title>{name}</title>
            {shape}
          </a>
        );
      })}
    </svg>
  );
}
