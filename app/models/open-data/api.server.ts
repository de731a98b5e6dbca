/**
 * The use cases of the HSDS 3.0 API at /api/hsds/v3: each takes the request's query and answers
 * with a typed result (a JSON body, a stream of records, or a refusal with its message), which
 * response.server.ts turns into HTTP. See the vendored schema/openapi.json for the endpoints.
 */
import { getEnv } from "~/utils/env.server";
import openapi from "../../../vendor/hsds-3.0/schema/openapi.json";
import { ensurePublicIds, flipServiceAtLocationId, isUuid } from "./ids.server";
import {
  organizationFull,
  organizationSummary,
  serviceAtLocation,
  serviceFull,
  serviceMinimal,
  serviceSummary,
  termObject,
  type MappingContext,
  type OrganisationRow,
  type ServiceRow,
} from "./mapping";
import { HSDS_ATTRIBUTION, openDataLicence } from "./licence.server";
import { DEFAULT_PARAMS, envelope, parseListParams, type ListParams } from "./params";
import {
  countServices,
  iterateRows,
  organisationById,
  organisationPage,
  organisationSql,
  serviceById,
  servicePage,
  serviceQuery,
  serviceSql,
} from "./rows.server";
import { findTaxonomy, findTerm, TAXONOMIES, TERMS, type Taxonomy, type TaxonomyTerm } from "./taxonomies";

const HSDS_VERSION = "3.0";

export type ApiResult =
  | { kind: "json"; body: unknown; lastModified?: Date }
  | { kind: "ndjson"; records: Iterable<unknown> }
  | { kind: "error"; status: 400 | 404; message: string };

const bad = (message: string): ApiResult => ({ kind: "error", status: 400, message });
const notFound = (what: string, id: string): ApiResult => ({ kind: "error", status: 404, message: `No ${what} with id "${id.slice(0, 60)}".` });

export function mappingContext(now = new Date()): MappingContext {
  const env = getEnv();
  return { baseUrl: env.PUBLIC_URL.replace(/\/$/, ""), municipality: env.MUNICIPALITY, province: env.PROVINCE, now };
}

/** GET /: what this API is. */
export function describeApi(): ApiResult {
  const { baseUrl } = mappingContext();
  return {
    kind: "json",
    body: { version: HSDS_VERSION, profile: `${baseUrl}/open-data#hsds`, openapi_url: `${baseUrl}/api/hsds/v3/openapi.json` },
  };
}

type ServiceShape = (row: ServiceRow, context: MappingContext) => unknown;

function serviceShape(params: ListParams): ServiceShape {
  if (params.minimal) return serviceMinimal;
  return params.full ? serviceFull : serviceSummary;
}

function listOrStream(
  params: ListParams,
  map: (row: ServiceRow) => unknown,
  options: { stream: () => Iterable<ServiceRow>; page: () => ServiceRow[]; total: () => number },
): ApiResult {
  if (params.format === "ndjson") return { kind: "ndjson", records: mapIterable(options.stream(), map) };
  const rows = options.page();
  // The newest change on this page: cheap, and the ETag is what decides a 304 anyway.
  const latest = Math.max(0, ...rows.map((row) => row.updatedAt));
  return {
    kind: "json",
    body: envelope(rows.map(map), options.total(), params),
    lastModified: latest > 0 ? new Date(latest) : undefined,
  };
}

function* mapIterable<Row>(rows: Iterable<Row>, map: (row: Row) => unknown): Generator<unknown> {
  for (const row of rows) yield map(row);
}

/** GET /services/{id} */
export function getService(id: string): ApiResult {
  if (!isUuid(id)) return notFound("service", id);
  ensurePublicIds();
  const row = serviceById(id.toLowerCase());
  if (!row) return notFound("service", id);
  return { kind: "json", body: serviceFull(row, mappingContext()), lastModified: new Date(row.updatedAt) };
}

type RecordMapper = (params: ListParams, context: MappingContext) => (row: ServiceRow) => unknown;

/** A list of services (or of their places), with the filters, as pages or as one stream. */
function listServiceRecords(query: URLSearchParams, options: { requirePlace: boolean; map: RecordMapper }): ApiResult {
  const params = parseListParams(query);
  if (!params.ok) return bad(params.message);
  const built = serviceQuery(params.value, { requirePlace: options.requirePlace });
  if (!built.ok) return bad(built.message);
  ensurePublicIds();
  return listOrStream(params.value, options.map(params.value, mappingContext()), {
    stream: () => iterateRows<ServiceRow>(serviceSql(built.value)),
    page: () => servicePage(built.value, params.value.page, params.value.perPage),
    total: () => countServices(built.value),
  });
}

/** GET /services */
export function listServices(query: URLSearchParams): ApiResult {
  return listServiceRecords(query, {
    requirePlace: false,
    map: (params, context) => {
      const shape = serviceShape(params);
      return (row) => shape(row, context);
    },
  });
}

/** GET /service_at_locations: services with a place, as the place; postcode and proximity apply here. */
export function listServiceAtLocations(query: URLSearchParams): ApiResult {
  return listServiceRecords(query, {
    requirePlace: true,
    map: (params, context) => (row) => serviceAtLocation(row, context, { withService: !params.minimal }),
  });
}

/** GET /service_at_locations/{id}: the place with its service fully nested. */
export function getServiceAtLocation(id: string): ApiResult {
  if (!isUuid(id)) return notFound("service_at_location", id);
  ensurePublicIds();
  const row = serviceById(flipServiceAtLocationId(id.toLowerCase()));
  const context = mappingContext();
  const atLocation = row ? serviceAtLocation(row, context, { withService: false }) : undefined;
  if (!row || !atLocation) return notFound("service_at_location", id);
  return { kind: "json", body: { ...atLocation, service: serviceFull(row, context) }, lastModified: new Date(row.updatedAt) };
}

/** GET /organizations */
export function listOrganizations(query: URLSearchParams): ApiResult {
  const params = parseListParams(query);
  if (!params.ok) return bad(params.message);
  ensurePublicIds();
  const context = mappingContext();
  const map = (row: OrganisationRow) =>
    params.value.full || params.value.fullService
      ? organizationFull(row, servicesOf(row, params.value.fullService, context), context)
      : organizationSummary(row, context);
  if (params.value.format === "ndjson") {
    if (params.value.full || params.value.fullService) {
      // Nesting needs a second query per record, which a streaming connection cannot run.
      return bad("full and full_service cannot be combined with format=ndjson; stream /services instead.");
    }
    return { kind: "ndjson", records: mapIterable(iterateRows<OrganisationRow>(organisationSql(params.value.search)), map) };
  }
  const { rows, total } = organisationPage(params.value.search, params.value.page, params.value.perPage);
  return { kind: "json", body: envelope(rows.map(map), total, params.value) };
}

function servicesOf(row: OrganisationRow, full: boolean, context: MappingContext): unknown[] {
  const built = serviceQuery({ ...DEFAULT_PARAMS, organizationId: row.publicId }, { requirePlace: false });
  if (!built.ok) return [];
  return servicePage(built.value, 1, Number.MAX_SAFE_INTEGER).map((service) => (full ? serviceFull(service, context) : serviceSummary(service, context)));
}

/** GET /organizations/{id}: with its services (one-to-one fields; full_service=true nests them fully). */
export function getOrganization(id: string, query: URLSearchParams): ApiResult {
  if (!isUuid(id)) return notFound("organization", id);
  const params = parseListParams(query);
  if (!params.ok) return bad(params.message);
  ensurePublicIds();
  const row = organisationById(id.toLowerCase());
  if (!row) return notFound("organization", id);
  const context = mappingContext();
  return { kind: "json", body: organizationFull(row, servicesOf(row, params.value.fullService, context), context) };
}

function taxonomyObject(taxonomy: Taxonomy) {
  return { id: taxonomy.id, name: taxonomy.name, description: taxonomy.description, version: taxonomy.version };
}

const matchesSearch = (search: string | undefined, ...texts: string[]) => !search || texts.some((value) => value.toLowerCase().includes(search.toLowerCase()));

function listStatic<T>(query: URLSearchParams, all: readonly T[], keep: (item: T, params: ListParams) => boolean, map: (item: T) => unknown): ApiResult {
  const params = parseListParams(query);
  if (!params.ok) return bad(params.message);
  const selected = all.filter((item) => keep(item, params.value));
  if (params.value.format === "ndjson") return { kind: "ndjson", records: selected.map(map) };
  const start = (params.value.page - 1) * params.value.perPage;
  return { kind: "json", body: envelope(selected.slice(start, start + params.value.perPage).map(map), selected.length, params.value) };
}

/** GET /taxonomies */
export function listTaxonomies(query: URLSearchParams): ApiResult {
  return listStatic(query, TAXONOMIES, (taxonomy, params) => matchesSearch(params.search, taxonomy.name, taxonomy.description), taxonomyObject);
}

/** GET /taxonomies/{id} */
export function getTaxonomy(id: string): ApiResult {
  const taxonomy = isUuid(id) ? findTaxonomy(id) : null;
  return taxonomy ? { kind: "json", body: taxonomyObject(taxonomy) } : notFound("taxonomy", id);
}

function termWithTaxonomy(found: TaxonomyTerm) {
  const taxonomy = TAXONOMIES.find((candidate) => candidate.id === found.taxonomyId)!;
  return { ...termObject(found), taxonomy_detail: taxonomyObject(taxonomy) };
}

/** GET /taxonomy_terms: every term is top level (the vocabularies are flat). */
export function listTaxonomyTerms(query: URLSearchParams): ApiResult {
  return listStatic(
    query,
    TERMS,
    (found, params) =>
      matchesSearch(params.search, found.name, found.code) &&
      (!params.taxonomyId || found.taxonomyId === params.taxonomyId) &&
      // A flat vocabulary: no term has a parent.
      !params.parentId,
    termWithTaxonomy,
  );
}

/** GET /taxonomy_terms/{id} */
export function getTaxonomyTerm(id: string): ApiResult {
  const found = isUuid(id) ? findTerm(id) : null;
  return found ? { kind: "json", body: termWithTaxonomy(found) } : notFound("taxonomy_term", id);
}

/** GET /openapi.json: the official description, with this API's own title, licence and address. */
export function describeOpenApi(): ApiResult {
  const { baseUrl } = mappingContext();
  const licence = openDataLicence();
  return {
    kind: "json",
    body: {
      ...openapi,
      info: {
        title: "Wijkmarkt open data (HSDS 3.0)",
        version: HSDS_VERSION,
        summary: "The public directory of local initiatives as Open Referral HSDS 3.0.",
        description: `Published initiatives and organisations of ${getEnv().MUNICIPALITY}. ${HSDS_ATTRIBUTION.text} (${HSDS_ATTRIBUTION.url}), ${HSDS_ATTRIBUTION.licence.name}.`,
        contact: { name: "Wijkmarkt", url: `${baseUrl}/open-data` },
        license: { name: licence.name, identifier: licence.id },
      },
      servers: [{ url: `${baseUrl}/api/hsds/v3` }],
    },
  };
}
