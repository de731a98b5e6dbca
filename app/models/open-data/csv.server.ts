/**
 * The whole public directory as one CSV file for spreadsheets: UTF-8 with a byte-order mark (so
 * Excel reads the accents), semicolons (the Dutch list separator), CRLF, and every row streamed
 * from the database so the file costs no more memory for 20,000 listings than for 20.
 */
import { amsterdamDate } from "./amsterdam-time";
import { ensurePublicIds } from "./ids.server";
import { mappingContext } from "./api.server";
import type { ServiceRow } from "./mapping";
import { ALL_SERVICES, iterateRows, serviceSql } from "./rows.server";
import { streamResponse } from "./response.server";
import { termName } from "./taxonomies";

const HEADER = [
  "id",
  "naam",
  "samenvatting",
  "soort",
  "organisatie",
  "organisatie_id",
  "wijk",
  "adres",
  "postcode",
  "plaats",
  "online",
  "gratis",
  "kosten",
  "min_leeftijd",
  "max_leeftijd",
  "leefgebieden",
  "doelgroepen",
  "talen",
  "tijden",
  "rolstoeltoegankelijk",
  "ringleiding",
  "verwijzing_mogelijk",
  "contact_email",
  "contact_telefoon",
  "website",
  "laatst_bevestigd",
  "gewijzigd",
  "url",
];

const DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"];

/**
 * One cell: quoted when it holds a separator, quote or line break. Text that a spreadsheet would
 * run as a formula (=, +, -, @ at the start) gets a leading apostrophe, except plain numbers such
 * as "+31 30 123".
 */
function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "boolean" ? (value ? "ja" : "nee") : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d[\d\s.,-]*$/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A yes/no answer that may be unknown: unknown stays an empty cell, never "nee". */
const answer = (value: number | null) => (value === null ? null : value === 1);

const csvLine = (cells: (string | number | boolean | null | undefined)[]) => `${cells.map(csvCell).join(";")}\r\n`;

function rowCells(row: ServiceRow, baseUrl: string, municipality: string) {
  const list = (json: string) => JSON.parse(json) as string[];
  const slots = (JSON.parse(row.slots) as [number, string, string][]).map(([day, start, end]) => `${DAYS[day - 1]} ${start}-${end}`);
  return [
    row.publicId,
    row.title,
    row.summary,
    termName("kind", row.kind, "nl"),
    row.organisationName,
    row.organisationPublicId,
    row.neighbourhoodName,
    row.address,
    row.postcode,
    row.address ? municipality : null,
    row.isOnline === 1,
    answer(row.isFree),
    row.costNote,
    row.minAge,
    row.maxAge,
    list(row.domains)
      .map((code) => termName("life_domain", code, "nl"))
      .join(", "),
    list(row.groups)
      .map((code) => termName("target_group", code, "nl"))
      .join(", "),
    list(row.languages).join(", "),
    slots.join(", "),
    answer(row.wheelchair),
    row.hearingLoop === 1,
    row.acceptsReferrals === 1,
    row.contactEmail,
    row.contactPhone,
    row.website,
    amsterdamDate(new Date(row.lastConfirmedAt)),
    new Date(row.updatedAt).toISOString(),
    `${baseUrl}/initiatieven/${row.slug}`,
  ];
}

function* csvLines(rows: Iterable<ServiceRow>, baseUrl: string, municipality: string): Generator<string> {
  yield `\uFEFF${csvLine(HEADER)}`;
  for (const row of rows) yield csvLine(rowCells(row, baseUrl, municipality));
}

/** GET /open-data/aanbod.csv */
export function directoryCsvResponse(): Response {
  ensurePublicIds();
  const { baseUrl, municipality } = mappingContext();
  return streamResponse(csvLines(iterateRows<ServiceRow>(serviceSql(ALL_SERVICES)), baseUrl, municipality), {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": 'attachment; filename="wijkmarkt-aanbod.csv"',
    "Cache-Control": "public, max-age=900",
  });
}
