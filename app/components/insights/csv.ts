/**
 * CSV for spreadsheets set to Dutch: UTF-8 with a byte-order mark (so Excel reads the accents),
 * semicolons between fields, CRLF between lines; cells exactly as the page shows them.
 */
import type { TFunction } from "i18next";
import type { DisplayTable } from "~/models/insights/types";
import { cellText, labelText } from "./format";

function field(value: string): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function tableToCsv(table: DisplayTable, t: TFunction, locale: string): string {
  const lines = [
    [labelText(table.rowHeader, t), ...table.columns.map((c) => labelText(c, t))],
    ...table.rows.map((row) => [labelText(row.head, t), ...row.cells.map((cell) => cellText(cell, t, locale))]),
  ];
  return `\uFEFF${lines.map((line) => line.map(field).join(";")).join("\r\n")}\r\n`;
}

export function csvResponse(csv: string, name: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name.replace(/[^a-z0-9-]/gi, "-")}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** Links keep the page's filters, so a download has exactly the numbers on screen. */
export function csvLink(base: string, filter: { months: number; neighbourhood: string | null; targetGroup: string | null; measure: string }) {
  return (table: string) => {
    const params = new URLSearchParams({ tabel: table, periode: String(filter.months), maat: filter.measure });
    if (filter.neighbourhood) params.set("wijk", filter.neighbourhood);
    if (filter.targetGroup) params.set("doelgroep", filter.targetGroup);
    return `${base}?${params}`;
  };
}
