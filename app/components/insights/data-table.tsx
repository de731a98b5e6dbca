import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { DisplayTable } from "~/models/insights/types";
import { cellText, labelText } from "./format";
import { tableScroll } from "~/components/ui/table-scroll";

/** The numbers of a chart as a table, with its CSV download. */
export function DataTable({ table, caption, csvHref }: { table: DisplayTable; caption: string; csvHref?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="space-y-2">
      <div {...tableScroll(caption)}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="text-left font-semibold">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-gray-300">
              <th scope="col" className="p-2">
                {labelText(table.rowHeader, t)}
              </th>
              {table.columns.map((column, i) => (
                <th key={i} scope="col" className="p-2 text-right">
                  {labelText(column, t)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} className={row.isTotal ? "border-t-2 border-gray-300 font-semibold" : "border-b border-gray-200"}>
                <th scope="row" className="p-2 font-semibold">
                  {row.href ? <Link to={row.href}>{labelText(row.head, t)}</Link> : labelText(row.head, t)}
                </th>
                {row.cells.map((cell, c) => (
                  <td key={c} className="p-2 text-right tabular-nums">
                    {cellText(cell, t, i18n.language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {csvHref ? (
        <p className="print:hidden">
          <a href={csvHref} download>
            {t("insights.download", { name: caption })}
          </a>
        </p>
      ) : null}
    </div>
  );
}
