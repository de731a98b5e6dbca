import type { ReactNode } from "react";
import { useId } from "react";
import type { DisplayTable } from "~/models/insights/types";
import { DataTable } from "./data-table";
import type { ChartIds } from "./chart-canvas";
import { tableScroll } from "~/components/ui/table-scroll";

/**
 * A chart with its text alternative and, right below, the same numbers as a table.
 * The chart is an image for assistive technology; the table is what a screen reader reads.
 */
export function ChartFigure({
  title,
  summary,
  table,
  csvHref,
  children,
}: {
  title: string;
  summary: string;
  table: DisplayTable;
  csvHref?: string;
  children: (ids: ChartIds) => ReactNode;
}) {
  const id = useId();
  const ids = { titleId: `${id}-title`, descId: `${id}-desc` };
  return (
    <figure className="card space-y-4 break-inside-avoid">
      <figcaption>
        <h3 id={ids.titleId}>{title}</h3>
        <p id={ids.descId} className="text-sm">
          {summary}
        </p>
      </figcaption>
      <div {...tableScroll(title)}>{children(ids)}</div>
      <DataTable table={table} caption={title} csvHref={csvHref} />
    </figure>
  );
}
