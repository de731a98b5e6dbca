/**
 * The query parameters of the HSDS API, checked. Parameters combine as AND. A value that cannot be
 * understood is refused with a message naming the parameter (a 400), never guessed; parameters the
 * API does not know are ignored, as the web does with unknown query strings.
 */
import { isUuid } from "./ids.server";

export const DEFAULT_PER_PAGE = 50;
/** More per page is cut to this: a client cannot make one request cost like thousands. */
export const MAX_PER_PAGE = 200;
/** Longest distance for `proximity`, in metres: a municipality is tens of kilometres across. */
export const MAX_PROXIMITY_M = 100_000;

export type ListParams = {
  page: number;
  perPage: number;
  format: "json" | "ndjson";
  search?: string;
  modifiedAfter?: Date;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  minimal: boolean;
  full: boolean;
  fullService: boolean;
  postcode?: string;
  proximityM?: number;
  topOnly: boolean;
  parentId?: string;
};

/** No filters, first page: what a request without parameters asks for. */
export const DEFAULT_PARAMS: ListParams = {
  page: 1,
  perPage: DEFAULT_PER_PAGE,
  format: "json",
  minimal: false,
  full: false,
  fullService: false,
  topOnly: false,
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

class BadParameter extends Error {}

function positiveInteger(name: string, raw: string | null, fallback: number): number {
  if (raw === null || raw === "") return fallback;
  if (!/^-?\d{1,12}$/.test(raw.trim())) throw new BadParameter(`${name} must be a whole number, got "${raw.slice(0, 40)}".`);
  const value = Number(raw);
  if (value < 1) throw new BadParameter(`${name} must be 1 or more, got ${value}.`);
  return value;
}

function flag(name: string, raw: string | null): boolean {
  if (raw === null || raw === "") return false;
  const value = raw.trim().toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new BadParameter(`${name} must be true or false, got "${raw.slice(0, 40)}".`);
}

function uuid(name: string, raw: string | null): string | undefined {
  if (raw === null || raw === "") return undefined;
  if (!isUuid(raw.trim())) throw new BadParameter(`${name} must be a UUID, got "${raw.slice(0, 60)}".`);
  return raw.trim().toLowerCase();
}

/** A date ("2026-01-31", midnight UTC) or a date-time with its offset ("2026-01-31T10:00:00+01:00"). */
function dateTime(name: string, raw: string | null): Date | undefined {
  if (raw === null || raw === "") return undefined;
  const text = raw.trim();
  const ok = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(text);
  const value = new Date(text);
  if (!ok || Number.isNaN(value.getTime())) {
    throw new BadParameter(`${name} must be a date (2026-01-31) or a date-time with offset (2026-01-31T10:00:00Z), got "${raw.slice(0, 40)}".`);
  }
  return value;
}

export function parseListParams(query: URLSearchParams): Parsed<ListParams> {
  try {
    const format = (query.get("format") ?? "json").trim().toLowerCase() || "json";
    if (format !== "json" && format !== "ndjson") throw new BadParameter(`format must be json or ndjson, got "${format.slice(0, 20)}".`);
    const proximity = query.get("proximity");
    const postcode = query.get("postcode")?.trim() || undefined;
    const proximityM = proximity === null || proximity === "" ? undefined : positiveInteger("proximity", proximity, 0);
    if (proximityM !== undefined && !postcode) throw new BadParameter("proximity needs a postcode to measure from.");
    const search = query.get("search")?.trim().slice(0, 200) || undefined;
    return {
      ok: true,
      value: {
        page: positiveInteger("page", query.get("page"), 1),
        perPage: Math.min(positiveInteger("per_page", query.get("per_page"), DEFAULT_PER_PAGE), MAX_PER_PAGE),
        format,
        search,
        modifiedAfter: dateTime("modified_after", query.get("modified_after")),
        taxonomyTermId: uuid("taxonomy_term_id", query.get("taxonomy_term_id")),
        taxonomyId: uuid("taxonomy_id", query.get("taxonomy_id")),
        organizationId: uuid("organization_id", query.get("organization_id")),
        minimal: flag("minimal", query.get("minimal")),
        full: flag("full", query.get("full")),
        fullService: flag("full_service", query.get("full_service")),
        postcode,
        proximityM: proximityM === undefined ? undefined : Math.min(proximityM, MAX_PROXIMITY_M),
        topOnly: flag("top_only", query.get("top_only")),
        parentId: uuid("parent_id", query.get("parent_id")),
      },
    };
  } catch (error) {
    if (error instanceof BadParameter) return { ok: false, message: error.message };
    throw error;
  }
}

/** The standard page envelope around one page of records. */
export type Page<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

export function envelope<T>(contents: T[], total: number, params: Pick<ListParams, "page" | "perPage">): Page<T> {
  const totalPages = Math.ceil(total / params.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: params.page,
    size: contents.length,
    first_page: params.page === 1,
    last_page: params.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
