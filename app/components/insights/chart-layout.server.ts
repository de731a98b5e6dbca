/**
 * Chart geometry, computed on the server with d3-scale and d3-shape: the browser receives only
 * numbers and path strings, so no chart library ends up in any page's JavaScript.
 */
import { scaleBand, scaleLinear, scalePoint, scaleQuantize } from "d3-scale";
import { line } from "d3-shape";
import type { Cell, DisplayTable } from "~/models/insights/types";

export type HeatCell = { x: number; y: number; size: number; row: number; col: number; level: number | null };
export type HeatMapLayout = { width: number; height: number; left: number; top: number; cell: number; colX: number[]; rowY: number[]; cells: HeatCell[] };

const valueOf = (cell: Cell | undefined): number | null => (cell && (cell.kind === "count" || cell.kind === "public") ? cell.value : null);

/** Five shades; a cell with a hidden count gets no shade (level null) and is hatched instead. */
export function heatMapLayout(table: DisplayTable): HeatMapLayout {
  const rows = table.rows.filter((r) => !r.isTotal);
  const columns = table.columns.length;
  const cell = 40;
  const left = 150;
  const top = 150;
  const max = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => valueOf(c) ?? 0)));
  const shade = scaleQuantize<number>().domain([0, max]).range([0, 1, 2, 3, 4]);
  const x = scaleBand<number>()
    .domain([...Array(columns).keys()])
    .range([left, left + columns * cell])
    .paddingInner(0.06);
  const y = scaleBand<number>()
    .domain([...rows.keys()])
    .range([top, top + rows.length * cell])
    .paddingInner(0.06);
  return {
    width: left + columns * cell + 10,
    height: top + rows.length * cell + 10,
    left,
    top,
    cell: x.bandwidth(),
    colX: [...Array(columns).keys()].map((c) => x(c)! + x.bandwidth() / 2),
    rowY: [...rows.keys()].map((r) => y(r)! + y.bandwidth() / 2),
    cells: rows.flatMap((r, row) =>
      r.cells.slice(0, columns).map((c, col) => {
        const v = valueOf(c);
        return { x: x(col)!, y: y(row)!, size: x.bandwidth(), row, col, level: v === null ? null : shade(v) };
      }),
    ),
  };
}

export type Bar = { row: number; series: number; x: number; y: number; width: number; height: number; shown: boolean };
export type BarChartLayout = { width: number; height: number; left: number; bars: Bar[]; rowY: number[]; ticks: { value: number; x: number }[] };

/** Horizontal bars, one group per row, one bar per series (column). */
export function barChartLayout(table: DisplayTable, columns: number[]): BarChartLayout {
  const rows = table.rows;
  const left = 220;
  const plot = 460;
  const group = 14 * columns.length + 12;
  const max = Math.max(1, ...rows.flatMap((r) => columns.map((c) => valueOf(r.cells[c]) ?? 0)));
  const x = scaleLinear().domain([0, max]).nice().range([0, plot]);
  const y = scaleBand<number>()
    .domain([...rows.keys()])
    .range([10, 10 + rows.length * group])
    .paddingInner(0.15);
  const inner = scaleBand<number>()
    .domain([...columns.keys()])
    .range([0, y.bandwidth()])
    .paddingInner(0.1);
  return {
    width: left + plot + 70,
    height: 10 + rows.length * group + 30,
    left,
    rowY: rows.map((_, i) => y(i)! + y.bandwidth() / 2),
    ticks: x.ticks(5).map((value) => ({ value, x: left + x(value) })),
    bars: rows.flatMap((r, row) =>
      columns.map((c, series) => {
        const v = valueOf(r.cells[c]);
        return { row, series, x: left, y: y(row)! + inner(series)!, width: v === null ? 0 : x(v), height: inner.bandwidth(), shown: v !== null };
      }),
    ),
  };
}

export type LineSeries = { path: string; points: { x: number; y: number; month: number }[] };
export type LineChartLayout = {
  width: number;
  height: number;
  left: number;
  bottom: number;
  series: LineSeries[];
  ticks: { value: number; y: number }[];
  months: { x: number; index: number }[];
};

/** One line per column over the rows (months); hidden counts break the line instead of drawing a guess. */
export function lineChartLayout(table: DisplayTable): LineChartLayout {
  const rows = table.rows;
  const left = 50;
  const width = 760;
  const bottom = 260;
  const x = scalePoint<number>()
    .domain([...rows.keys()])
    .range([left, width - 20]);
  const max = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => valueOf(c) ?? 0)));
  const y = scaleLinear().domain([0, max]).nice().range([bottom, 20]);
  const draw = line<{ x: number; y: number | null }>()
    .defined((p) => p.y !== null)
    .x((p) => p.x)
    .y((p) => p.y ?? 0);
  return {
    width,
    height: bottom + 50,
    left,
    bottom,
    ticks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    months: rows.map((_, index) => ({ x: x(index)!, index })).filter((m) => m.index % 3 === 0 || m.index === rows.length - 1),
    series: table.columns.map((_, col) => {
      const points = rows.map((r, month) => {
        const v = valueOf(r.cells[col]);
        return { x: x(month)!, y: v === null ? null : y(v), month };
      });
      return {
        path: draw(points) ?? "",
        points: points.filter((p): p is { x: number; y: number; month: number } => p.y !== null),
      };
    }),
  };
}
