import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { tableScroll } from "~/components/ui/table-scroll";

/** The shell of an admin list (neighbourhoods, teams): heading, intro, a "new" button and the table. */
export function AdminListPage({
  title,
  intro,
  newTo,
  newLabel,
  columns,
  children,
}: {
  title: string;
  intro: string;
  newTo: string;
  newLabel: string;
  /** Column headings; an empty one stands above a column of row actions. */
  columns: string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <h1>{title}</h1>
      <p className="max-w-3xl">{intro}</p>
      <p>
        <Link to={newTo} className="btn btn-primary">
          {newLabel}
        </Link>
      </p>
      <div {...tableScroll(t("common.tableScroll"))}>
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-gray-300">
              {columns.map((column, index) =>
                column ? (
                  <th key={column} scope="col" className="p-2">
                    {column}
                  </th>
                ) : (
                  <td key={`empty-${index}`} className="p-2" />
                ),
              )}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </div>
  );
}
