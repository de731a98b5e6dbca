import { useTranslation } from "react-i18next";
import type { TeamStatistics } from "~/models/statistics.server";
import { tableScroll } from "~/components/ui/table-scroll";

function CountTable<Row>({
  caption,
  rowLabel,
  columns,
  rows,
  rowHeader,
  rowKey,
}: {
  caption: string;
  rowLabel: string;
  columns: { key: keyof Row; label: string }[];
  rows: Row[];
  rowHeader: (row: Row) => string;
  rowKey: (row: Row) => string;
}) {
  return (
    <div {...tableScroll(caption)}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-[var(--color-brand-700)]">
            <th scope="col" className="p-2">
              {rowLabel}
            </th>
            {columns.map((column) => (
              <th key={String(column.key)} scope="col" className="p-2 text-right">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-[var(--color-brand-100)]">
              <th scope="row" className="p-2 font-semibold">
                {rowHeader(row)}
              </th>
              {columns.map((column) => (
                <td key={String(column.key)} className="p-2 text-right">
                  {String(row[column.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Everything the team recorded, over all time: needs per neighbourhood and life domain, and how referrals
 * to each initiative ended. Erased households still count here, anonymously.
 */
export function TeamStatisticsSection({ statistics }: { statistics: TeamStatistics }) {
  const { t } = useTranslation();
  const s = (key: string) => t(`collective.statistics.${key}`);
  return (
    <section aria-labelledby="team-statistics" className="space-y-4">
      <h2 id="team-statistics">{s("title")}</h2>
      <p className="max-w-3xl">{s("intro")}</p>
      {statistics.needs.length === 0 ? (
        <p>{s("empty")}</p>
      ) : (
        <CountTable
          caption={s("needsCaption")}
          rowLabel={s("wijkDomain")}
          rows={statistics.needs}
          rowKey={(row) => `${row.neighbourhoodName}-${row.domain}`}
          rowHeader={(row) => `${row.neighbourhoodName ?? s("unknownWijk")} · ${t(`vocab.domain.${row.domain}`)}`}
          columns={[
            { key: "open", label: s("open") },
            { key: "referred", label: s("referred") },
            { key: "unmet", label: s("unmet") },
            { key: "resolved", label: s("resolved") },
            { key: "total", label: s("total") },
          ]}
        />
      )}
      {statistics.referrals.length === 0 ? null : (
        <CountTable
          caption={s("referralsCaption")}
          rowLabel={s("initiative")}
          rows={statistics.referrals}
          rowKey={(row) => row.initiativeTitle}
          rowHeader={(row) => row.initiativeTitle}
          columns={[
            { key: "running", label: s("running") },
            { key: "completed", label: s("completed") },
            { key: "notSucceeded", label: s("notSucceeded") },
            { key: "declined", label: s("declined") },
            { key: "withdrawn", label: s("withdrawn") },
            { key: "total", label: s("total") },
          ]}
        />
      )}
    </section>
  );
}
