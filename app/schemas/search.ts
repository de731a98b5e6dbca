/**
 * The directory search lives in the URL. Parameters are Dutch (the links are shared by Dutch
 * residents); the code works with English names. Parsing is forgiving: a value that makes no
 * sense is dropped instead of failing, so a hand-edited link still shows results.
 */
import { z } from "zod";
import { INITIATIVE_KINDS, LANGUAGES, LIFE_DOMAINS, TARGET_GROUPS, WEEKDAYS } from "~/domain/vocabulary";

export const SEARCH_SORTS = ["relevance", "distance", "newest"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Radius choices in km; no radius means "any distance" (distances are still shown). */
export const DISTANCES_KM = [1, 2, 5, 10] as const;
export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;
const MAX_PAGE = 1000;

/** Internal name → URL parameter. */
export const SEARCH_PARAM = {
  q: "q",
  domain: "leefgebied",
  group: "doelgroep",
  wijk: "wijk",
  postcode: "postcode",
  km: "afstand",
  day: "dag",
  free: "gratis",
  wheelchair: "rolstoel",
  loop: "ringleiding",
  lang: "taal",
  kind: "soort",
  referrals: "verwijzing",
  sort: "sorteer",
  page: "pagina",
  view: "weergave",
} as const;

/** The results as a list (the default, and what works without JavaScript) or on a map. */
const SEARCH_VIEWS = ["list", "map"] as const;
export type SearchView = (typeof SEARCH_VIEWS)[number];

const SORT_PARAM: Record<SearchSort, string> = { relevance: "relevantie", distance: "afstand", newest: "nieuwste" };

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.optional().catch(undefined);
const onOff = z.preprocess((value) => value === "1" || value === "on" || value === "true", z.boolean()).catch(false);

const searchSchema = z.object({
  q: z
    .string()
    .catch("")
    .default("")
    .transform((value) => value.trim().slice(0, MAX_QUERY_LENGTH)),
  domain: optional(z.enum(LIFE_DOMAINS)),
  group: optional(z.enum(TARGET_GROUPS)),
  wijk: optional(z.string().regex(/^[a-z0-9-]{1,80}$/)),
  // Kept as typed (shortened), so a wrong postcode can be shown back with a message.
  postcode: optional(z.string().transform((value) => value.trim().slice(0, 20) || undefined)),
  km: optional(z.coerce.number().refine((value) => (DISTANCES_KM as readonly number[]).includes(value))),
  day: optional(
    z.coerce
      .number()
      .int()
      .refine((value) => (WEEKDAYS as readonly number[]).includes(value)),
  ),
  free: onOff,
  wheelchair: onOff,
  loop: onOff,
  lang: optional(z.enum(LANGUAGES)),
  kind: optional(z.enum(INITIATIVE_KINDS)),
  referrals: onOff,
  sort: z
    .string()
    .optional()
    .transform((value) => (Object.entries(SORT_PARAM).find(([, param]) => param === value)?.[0] ?? "relevance") as SearchSort)
    .catch("relevance"),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).default(1),
  view: z.preprocess((value) => (value === "kaart" ? "map" : "list"), z.enum(SEARCH_VIEWS)),
});

export type SearchParams = z.output<typeof searchSchema>;

/** The filters a visitor can switch off one by one (everything but text, sort and page). */
const FILTER_KEYS = [
  "domain",
  "group",
  "wijk",
  "postcode",
  "km",
  "day",
  "free",
  "wheelchair",
  "loop",
  "lang",
  "kind",
  "referrals",
] as const satisfies readonly (keyof SearchParams)[];
export type FilterKey = (typeof FILTER_KEYS)[number];

export function parseSearchParams(params: URLSearchParams): SearchParams {
  const raw: Record<string, string | undefined> = {};
  for (const [name, param] of Object.entries(SEARCH_PARAM)) raw[name] = params.get(param) ?? undefined;
  return searchSchema.parse(raw);
}

/** The canonical URL query for a search; defaults are left out so links stay short. */
export function toSearchParams(search: Partial<SearchParams>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, param] of Object.entries(SEARCH_PARAM) as [keyof SearchParams, string][]) {
    const value = search[name];
    if (value === undefined || value === "" || value === false) continue;
    if (name === "sort") {
      if (value !== "relevance") params.set(param, SORT_PARAM[value as SearchSort]);
    } else if (name === "page") {
      if (value !== 1) params.set(param, String(value));
    } else if (name === "view") {
      if (value === "map") params.set(param, "kaart");
    } else {
      params.set(param, value === true ? "1" : String(value));
    }
  }
  return params;
}

/** Which filters are on: used for "loosen your search" links and to skip recording empty visits. */
export function activeFilters(search: SearchParams): FilterKey[] {
  return FILTER_KEYS.filter((key) => {
    const value = search[key];
    return value !== undefined && value !== false;
  });
}

export function sortParam(sort: SearchSort): string {
  return SORT_PARAM[sort];
}

/** The address of a search: always a path on /initiatieven, whatever the search holds. */
export function searchHref(search: Partial<SearchParams>): string {
  const query = toSearchParams(search).toString();
  return query ? `/initiatieven?${query}` : "/initiatieven";
}

/**
 * An initiative page carries the search it was found with (`?zoek=`), so "Back to search" returns
 * to the same results. Only a search is carried, read back through the search schema, so the
 * parameter can never send anyone elsewhere.
 */
export const RETURN_PARAM = "zoek";
const MAX_RETURN_LENGTH = 2000;

/** `zoek=…` for links to an initiative, or undefined for a search without anything in it. */
export function returnQuery(search: Partial<SearchParams>): string | undefined {
  const query = toSearchParams(search).toString();
  return query ? new URLSearchParams({ [RETURN_PARAM]: query }).toString() : undefined;
}

/** The search an initiative page was opened from, or null. */
export function searchFromReturn(params: URLSearchParams): SearchParams | null {
  const value = params.get(RETURN_PARAM);
  if (!value) return null;
  return parseSearchParams(new URLSearchParams(value.slice(0, MAX_RETURN_LENGTH)));
}
