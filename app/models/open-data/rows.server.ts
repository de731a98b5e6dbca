/**
 * The SQL behind the HSDS API: which rows are public, the filters, one page, one record, or all
 * of them as a stream. Only published listings are services; an organisation is public when it is
 * verified or has a published listing (as its page on the site). Related lists (domains, slots…)
 * come aggregated as JSON in the same row, so a page is one query and a stream needs no second
 * statement while it runs.
 */
import Database from "better-sqlite3";
import { cachedStatement } from "~/models/initiative.server";
import { locatePostcode, toMatchQuery } from "~/models/search.server";
import { getEnv } from "~/utils/env.server";
import { planarScale } from "~/utils/geo";
import type { OrganisationRow, ServiceRow } from "./mapping";
import type { ListParams, Parsed } from "./params";
import { findTaxonomy, findTerm } from "./taxonomies";

const SERVICE_COLUMNS = `
  i.id AS rowId, i.public_id AS publicId, i.slug, i.title, i.summary, i.description, i.kind, i.is_online AS isOnline,
  i.address, i.postcode, i.lat, i.lng, i.is_free AS isFree, i.cost_note AS costNote, i.min_age AS minAge, i.max_age AS maxAge,
  i.accepts_referrals AS acceptsReferrals, i.wheelchair_accessible AS wheelchair, i.hearing_loop AS hearingLoop,
  i.contact_name AS contactName, i.contact_email AS contactEmail, i.contact_phone AS contactPhone, i.website,
  i.last_confirmed_at AS lastConfirmedAt, i.published_at AS publishedAt, i.updated_at AS updatedAt,
  o.public_id AS organisationPublicId, o.slug AS organisationSlug, o.name AS organisationName,
  o.description AS organisationDescription, o.website AS organisationWebsite, o.email AS organisationEmail, o.phone AS organisationPhone,
  n.slug AS neighbourhoodSlug, n.name AS neighbourhoodName,
  (SELECT json_group_array(domain) FROM initiative_domains WHERE initiative_id = i.id) AS domains,
  (SELECT json_group_array(target_group) FROM initiative_target_groups WHERE initiative_id = i.id) AS groups,
  (SELECT json_group_array(language) FROM (SELECT language FROM initiative_languages WHERE initiative_id = i.id ORDER BY language)) AS languages,
  (SELECT json_group_array(json_array(weekday, start_time, end_time))
     FROM (SELECT weekday, start_time, end_time FROM schedule_slots WHERE initiative_id = i.id ORDER BY weekday, start_time)) AS slots`;

const SERVICE_JOINS = `JOIN organisations o ON o.id = i.organisation_id LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id`;

export const PUBLIC_ORGANISATION = `(o.verified_at IS NOT NULL OR EXISTS (SELECT 1 FROM initiatives p WHERE p.organisation_id = o.id AND p.status = 'published'))`;

const ORGANISATION_COLUMNS = `o.public_id AS publicId, o.slug, o.name, o.description, o.website, o.email, o.phone, o.kvk_number AS kvkNumber`;

type Clause = { text: string; params: unknown[] };

/** A query over services: where the rows come from, the conditions, and the order. */
export type ServiceQuery = { from: string; where: Clause[]; order: string };

const TAXONOMY_TABLES = {
  life_domain: { table: "initiative_domains", column: "domain" },
  target_group: { table: "initiative_target_groups", column: "target_group" },
} as const;

function termClause(key: "life_domain" | "target_group" | "kind", code?: string): Clause {
  if (key === "kind") return code ? { text: "i.kind = ?", params: [code] } : { text: "1", params: [] };
  const { table, column } = TAXONOMY_TABLES[key];
  return code
    ? { text: `EXISTS (SELECT 1 FROM ${table} t WHERE t.initiative_id = i.id AND t.${column} = ?)`, params: [code] }
    : { text: `EXISTS (SELECT 1 FROM ${table} t WHERE t.initiative_id = i.id)`, params: [] };
}

/**
 * The filters of /services and /service_at_locations as SQL. An unknown (but well-formed) term,
 * taxonomy or organisation simply matches nothing; a postcode outside the municipality is refused.
 */
export function serviceQuery(params: ListParams, options: { requirePlace: boolean }): Parsed<ServiceQuery> {
  const where: Clause[] = [{ text: "i.status = 'published'", params: [] }];
  let from = "initiatives i";
  let order = "i.id";
  if (options.requirePlace) where.push({ text: "(i.address IS NOT NULL OR i.lat IS NOT NULL)", params: [] });
  const match = params.search ? toMatchQuery(params.search) : null;
  if (match) {
    from = "initiatives_fts CROSS JOIN initiatives i ON i.id = initiatives_fts.rowid";
    where.unshift({ text: "initiatives_fts MATCH ?", params: [match] });
    order = "bm25(initiatives_fts, 10.0, 4.0, 1.0, 2.0, 3.0), i.id";
  }
  if (params.modifiedAfter) where.push({ text: "i.updated_at >= ?", params: [params.modifiedAfter.getTime()] });
  if (params.organizationId) {
    where.push({ text: "i.organisation_id = (SELECT id FROM organisations WHERE public_id = ?)", params: [params.organizationId] });
  }
  if (params.taxonomyTermId) {
    const term = findTerm(params.taxonomyTermId);
    where.push(term ? termClause(term.taxonomyKey, term.code) : { text: "0", params: [] });
  }
  if (params.taxonomyId) {
    const taxonomy = findTaxonomy(params.taxonomyId);
    where.push(taxonomy ? termClause(taxonomy.key) : { text: "0", params: [] });
  }
  if (params.postcode) {
    const place = locatePostcode(params.postcode);
    if (place.status === "invalid")
      return { ok: false, message: `postcode must be a Dutch postcode like 3562 or 3562 JT, got "${params.postcode.slice(0, 20)}".` };
    if (place.status === "outside") return { ok: false, message: `postcode ${params.postcode.slice(0, 20)} is not in this municipality.` };
    if (params.proximityM === undefined) {
      // Without a distance: the services of the postcode's own neighbourhood (their service area).
      where.push({ text: "i.neighbourhood_id = ?", params: [place.neighbourhoodId] });
    } else {
      const km = params.proximityM / 1000;
      const { kmPerLat, kmPerLng } = planarScale(place.lat);
      where.push({
        text: `(i.lat BETWEEN ? AND ? AND i.lng BETWEEN ? AND ?
          AND ((i.lat - ?) * ?) * ((i.lat - ?) * ?) + ((i.lng - ?) * ?) * ((i.lng - ?) * ?) <= ?)`,
        params: [
          place.lat - km / kmPerLat,
          place.lat + km / kmPerLat,
          place.lng - km / kmPerLng,
          place.lng + km / kmPerLng,
          place.lat,
          kmPerLat,
          place.lat,
          kmPerLat,
          place.lng,
          kmPerLng,
          place.lng,
          kmPerLng,
          km * km,
        ],
      });
    }
  }
  return { ok: true, value: { from, where, order } };
}

/** Every published listing, in a stable order. */
export const ALL_SERVICES: ServiceQuery = { from: "initiatives i", where: [{ text: "i.status = 'published'", params: [] }], order: "i.id" };

const whereText = (query: ServiceQuery) => query.where.map((clause) => clause.text).join(" AND ");
const whereParams = (query: ServiceQuery) => query.where.flatMap((clause) => clause.params);

export function countServices(query: ServiceQuery): number {
  return (cachedStatement(`SELECT count(*) AS n FROM ${query.from} WHERE ${whereText(query)}`).get(...whereParams(query)) as { n: number }).n;
}

const PUBLISHED = "i.status = 'published'";

/**
 * Every row of a query, wide. In id order without text, the table is walked in rowid order (the
 * unary plus keeps the status index out): otherwise SQLite would build every wide row, with its
 * aggregated lists, into a sorter before the first one comes out.
 */
export function serviceSql(query: ServiceQuery): { text: string; params: unknown[] } {
  const where = query.order === "i.id" ? whereText(query).replace(PUBLISHED, `+${PUBLISHED}`) : whereText(query);
  return {
    text: `SELECT ${SERVICE_COLUMNS} FROM ${query.from} ${SERVICE_JOINS} WHERE ${where} ORDER BY ${query.order}`,
    params: whereParams(query),
  };
}

/** One page: the ids first (narrow, so sorting is cheap), then the wide rows of just those. */
export function servicePage(query: ServiceQuery, page: number, perPage: number): ServiceRow[] {
  const ids = (
    cachedStatement(`SELECT i.id FROM ${query.from} WHERE ${whereText(query)} ORDER BY ${query.order} LIMIT ? OFFSET ?`).all(
      ...whereParams(query),
      perPage,
      (page - 1) * perPage,
    ) as { id: number }[]
  ).map((row) => row.id);
  if (ids.length === 0) return [];
  const rows = cachedStatement(`SELECT ${SERVICE_COLUMNS} FROM initiatives i ${SERVICE_JOINS} WHERE i.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as (ServiceRow & { rowId: number })[];
  const byId = new Map(rows.map((row) => [row.rowId, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function serviceById(publicId: string): ServiceRow | null {
  const row = cachedStatement(`SELECT ${SERVICE_COLUMNS} FROM initiatives i ${SERVICE_JOINS} WHERE i.public_id = ? AND i.status = 'published'`).get(
    publicId,
  ) as ServiceRow | undefined;
  return row ?? null;
}

export function organisationSql(search: string | undefined): { text: string; params: unknown[] } {
  const where = [PUBLIC_ORGANISATION];
  const params: unknown[] = [];
  if (search) {
    // Organisations have no full-text index (there are hundreds, not thousands): name and description.
    const words = search.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const word of words.slice(0, 12)) {
      where.push("(lower(o.name) LIKE ? OR lower(o.description) LIKE ?)");
      params.push(`%${word}%`, `%${word}%`);
    }
  }
  return { text: `SELECT ${ORGANISATION_COLUMNS} FROM organisations o WHERE ${where.join(" AND ")} ORDER BY o.id`, params };
}

export function organisationPage(search: string | undefined, page: number, perPage: number): { rows: OrganisationRow[]; total: number } {
  const sql = organisationSql(search);
  const total = (cachedStatement(`SELECT count(*) AS n FROM (${sql.text})`).get(...sql.params) as { n: number }).n;
  const rows = cachedStatement(`${sql.text} LIMIT ? OFFSET ?`).all(...sql.params, perPage, (page - 1) * perPage) as OrganisationRow[];
  return { rows, total };
}

export function organisationById(publicId: string): OrganisationRow | null {
  const row = cachedStatement(`SELECT ${ORGANISATION_COLUMNS} FROM organisations o WHERE o.public_id = ? AND ${PUBLIC_ORGANISATION}`).get(publicId) as
    | OrganisationRow
    | undefined;
  return row ?? null;
}

/**
 * Every row of a query, one at a time, from a connection of its own: a stream answers while
 * other requests use the main connection, and better-sqlite3 allows no other statement on a
 * connection while one is being iterated. Memory stays flat however many rows there are.
 * Reading happens in one snapshot (WAL), so the stream is consistent.
 */
export function* iterateRows<T>(sql: { text: string; params: unknown[] }): Generator<T, void, undefined> {
  const connection = new Database(getEnv().DATABASE_PATH, { readonly: true, fileMustExist: true });
  try {
    yield* connection.prepare(sql.text).iterate(...sql.params) as IterableIterator<T>;
  } finally {
    connection.close();
  }
}
