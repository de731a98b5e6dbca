/**
 * Directory search (DESIGN.md "Directory"): FTS5 full text plus combinable filters over published
 * listings, and the anonymous gap signal when nothing is found.
 *
 * Speed: with text, the FTS index (published listings only) yields the candidates and every
 * filter is a primary-key lookup on the candidate (EXISTS on composite keys that start with
 * initiative_id); text alone is counted and ranked inside the index; without text the status
 * index drives. The page is chosen on ids alone, then two small queries fetch the cards.
 */
import { createHash } from "node:crypto";
import { searchGaps } from "~db/schema";
import { cachedStatement, cardsFor, toCard, type InitiativeCard } from "~/models/initiative.server";
import { activeFilters, PAGE_SIZE, type SearchParams, type SearchSort } from "~/schemas/search";
import { db } from "~/utils/db.server";
import { haversineKm, parsePostcode, planarScale } from "~/utils/geo";

export type PostcodeLookup = { status: "ok"; pc4: string; lat: number; lng: number; neighbourhoodId: number } | { status: "invalid" } | { status: "outside" };

/** A postcode of the municipality → the centroid of its PC4 area. */
export function locatePostcode(input: string): PostcodeLookup {
  const parsed = parsePostcode(input);
  if (!parsed) return { status: "invalid" };
  const row = cachedStatement("SELECT pc4, lat, lng, neighbourhood_id AS neighbourhoodId FROM postcodes WHERE pc4 = ?").get(parsed.pc4) as
    | { pc4: string; lat: number; lng: number; neighbourhoodId: number }
    | undefined;
  return row ? { status: "ok", ...row } : { status: "outside" };
}

const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;

/**
 * What a visitor typed → a safe FTS5 query. Only runs of letters and digits survive, each one
 * quoted and given a prefix star, all required (implicit AND). Quotes, stars, NEAR, AND/OR/NOT,
 * minus signs, brackets, colons and emoji therefore can never be read as query syntax. The
 * tokenizer folds case and diacritics on both sides, so "cafe" finds "café".
 * Returns null when nothing searchable is left.
 */
export function toMatchQuery(text: string): string | null {
  const words =
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const terms = [...new Set(words.map((word) => word.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  // A single letter as a prefix would match nearly everything: it must match a whole word.
  return terms.map((term) => `"${term.replaceAll('"', '""')}"${term.length > 1 ? "*" : ""}`).join(" ");
}

/** Column weights for bm25: title, summary, description, organisation, tags. */
const BM25 = "bm25(initiatives_fts, 10.0, 4.0, 1.0, 2.0, 3.0)";

export type SearchHit = InitiativeCard;

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  /** The page shown: a page past the end shows the last one. */
  page: number;
  pageCount: number;
  /** The sort used: distance falls back to relevance without a usable postcode. */
  sort: SearchSort;
  /** The visitor's postcode, looked up; null when none was given. */
  postcode: PostcodeLookup | null;
};

type Location = { lat: number; lng: number };

/** A piece of SQL with its parameters. */
type Clause = { text: string; params: unknown[] };
const clause = (text: string, ...params: unknown[]): Clause => ({ text, params });

/** Squared flat-earth km between the listing and the visitor (see planarScale). */
function distanceSquared({ lat, lng }: Location): Clause {
  const { kmPerLat, kmPerLng } = planarScale(lat);
  return clause("(((i.lat - ?) * ?) * ((i.lat - ?) * ?) + ((i.lng - ?) * ?) * ((i.lng - ?) * ?))", lat, kmPerLat, lat, kmPerLat, lng, kmPerLng, lng, kmPerLng);
}

/** Within `km`, or online. A bounding box first keeps the arithmetic to nearby rows. */
function withinKm(location: Location, km: number): Clause {
  const { kmPerLat, kmPerLng } = planarScale(location.lat);
  const dLat = km / kmPerLat;
  const dLng = km / kmPerLng;
  const distance = distanceSquared(location);
  return clause(
    `(i.is_online = 1 OR (i.lat BETWEEN ? AND ? AND i.lng BETWEEN ? AND ? AND ${distance.text} <= ?))`,
    location.lat - dLat,
    location.lat + dLat,
    location.lng - dLng,
    location.lng + dLng,
    ...distance.params,
    km * km,
  );
}

/** Everything but the text and the life domain, which choose the driving table (see below). */
function filterClauses(search: SearchParams, neighbourhoodId: number | null, location: Location | null): Clause[] {
  const where = [clause("i.status = 'published'")];
  if (search.group) {
    // An activity for everyone is also for the group asked about.
    where.push(clause("EXISTS (SELECT 1 FROM initiative_target_groups g WHERE g.initiative_id = i.id AND g.target_group IN (?, 'everyone'))", search.group));
  }
  if (neighbourhoodId !== null) where.push(clause("i.neighbourhood_id = ?", neighbourhoodId));
  if (location && search.km) where.push(withinKm(location, search.km));
  if (search.day) where.push(clause("EXISTS (SELECT 1 FROM schedule_slots s WHERE s.initiative_id = i.id AND s.weekday = ?)", search.day));
  if (search.free) where.push(clause("i.is_free = 1"));
  if (search.wheelchair) where.push(clause("i.wheelchair_accessible = 1"));
  if (search.loop) where.push(clause("i.hearing_loop = 1"));
  if (search.lang) {
    where.push(clause("EXISTS (SELECT 1 FROM initiative_languages l WHERE l.initiative_id = i.id AND l.language = ?)", search.lang));
  }
  if (search.kind) where.push(clause("i.kind = ?", search.kind));
  if (search.referrals) where.push(clause("i.accepts_referrals = 1"));
  return where;
}

function neighbourhoodIdOf(slug: string | undefined): number | null {
  if (!slug) return null;
  const row = cachedStatement("SELECT id FROM neighbourhoods WHERE slug = ?").get(slug) as { id: number } | undefined;
  return row?.id ?? null;
}

const NEWEST = clause("i.published_at");

/** The sort as SQL: a key computed per row (k) and how to order by it, with a stable tie-break. */
function sortKey(sort: SearchSort, location: Location | null, hasText: boolean): { key: Clause; order: string } {
  if (sort === "distance" && location) {
    const distance = distanceSquared(location);
    // Online listings without a place come last.
    return { key: clause(`CASE WHEN i.lat IS NULL THEN NULL ELSE ${distance.text} END`, ...distance.params), order: "k IS NULL, k, id" };
  }
  // Without text every listing is equally relevant: newest first.
  if (sort === "relevance" && hasText) return { key: clause(BM25), order: "k, id" };
  return { key: NEWEST, order: "k DESC, id DESC" };
}

type Page = { ids: number[]; total: number; page: number };

/**
 * With text and filters, or by distance or date: one pass over the FTS matches yields the page
 * and the count together (a window count), instead of a count query and a page query that would
 * each join every match.
 */
function rankedPage(from: string, where: string, params: unknown[], sort: { key: Clause; order: string }, page: number): Page {
  const query = cachedStatement(
    `SELECT id, count(*) OVER () AS total FROM (SELECT i.id AS id, ${sort.key.text} AS k FROM ${from} WHERE ${where})
     ORDER BY ${sort.order} LIMIT ? OFFSET ?`,
  );
  const rows = query.all(...sort.key.params, ...params, PAGE_SIZE, (page - 1) * PAGE_SIZE) as { id: number; total: number }[];
  if (rows.length > 0 || page === 1) return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? 0, page };
  // A page past the end (an old link): count, then show the last page.
  const total = (cachedStatement(`SELECT count(*) AS n FROM ${from} WHERE ${where}`).get(...params) as { n: number }).n;
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return total === 0 ? { ids: [], total, page: 1 } : rankedPage(from, where, params, sort, last);
}

/**
 * Count first, then the page. Without text the count runs on the covering index and the newest
 * page comes off that index in order, so neither reads the listings themselves; with text alone
 * the full-text index, which holds published listings only (migration 0022, decision 027), counts
 * and ranks by itself.
 */
function orderedPage(
  from: string,
  where: string,
  params: unknown[],
  sort: { key: Clause; order: string },
  requested: number,
  options: { id: string; domainProbe: DomainProbe | null },
): Page {
  const total = (cachedStatement(`SELECT count(*) AS n FROM ${from} WHERE ${where}`).get(...params) as { n: number }).n;
  const page = Math.min(requested, Math.max(1, Math.ceil(total / PAGE_SIZE)));
  if (total === 0) return { ids: [], total, page };
  const offset = (page - 1) * PAGE_SIZE;
  const { domainProbe } = options;
  const probed = domainProbe && sort.key.text === NEWEST.text ? newestWithDomain(domainProbe, offset, Math.min(PAGE_SIZE, total - offset)) : null;
  if (probed) return { ids: probed, total, page };
  // SQLite flattens the subquery, so the newest order still comes straight off the index.
  const rows = cachedStatement(
    `SELECT id FROM (SELECT ${options.id} AS id, ${sort.key.text} AS k FROM ${from} WHERE ${where}) ORDER BY ${sort.order} LIMIT ? OFFSET ?`,
  ).all(...sort.key.params, ...params, PAGE_SIZE, offset) as { id: number }[];
  return { ids: rows.map((row) => row.id), total, page };
}

/**
 * Newest listings scanned per page of a life domain before the domain's own rows drive instead.
 * A common domain fills a page within a few hundred of the newest listings; a rare one would not.
 */
const DOMAIN_PROBE_SCAN = 2_000;

/** The other filters of a search by life domain without text, for walking the newest listings. */
type DomainProbe = { where: string; params: unknown[]; domain: string };

/**
 * The newest page of a life domain: walk the directory index newest first and probe each
 * listing's domain, instead of joining every listing of the domain and sorting them all (2.5 ms
 * against 0.15 ms for a common domain on the bench's 20,000 listings). The page is exact when
 * the first DOMAIN_PROBE_SCAN listings hold it, which the count says; otherwise null.
 */
function newestWithDomain(probe: DomainProbe, offset: number, expected: number): number[] | null {
  if (offset + expected > DOMAIN_PROBE_SCAN) return null;
  const rows = cachedStatement(
    `SELECT id FROM (SELECT i.id AS id, ${NEWEST.text} AS k FROM initiatives i WHERE ${probe.where} ORDER BY k DESC, id DESC LIMIT ${DOMAIN_PROBE_SCAN})
     WHERE EXISTS (SELECT 1 FROM initiative_domains d WHERE d.initiative_id = id AND d.domain = ?) ORDER BY k DESC, id DESC LIMIT ? OFFSET ?`,
  ).all(...probe.params, probe.domain, PAGE_SIZE, offset) as { id: number }[];
  return rows.length === expected ? rows.map((row) => row.id) : null;
}

/** The FROM and WHERE of a search, shared by the result pages and the map (search-map.server.ts). */
export function searchQuery(search: SearchParams) {
  const postcode = search.postcode ? locatePostcode(search.postcode) : null;
  const location = postcode?.status === "ok" ? { lat: postcode.lat, lng: postcode.lng } : null;
  // An unknown neighbourhood slug (a stale link) is dropped rather than emptying the page.
  const neighbourhoodId = neighbourhoodIdOf(search.wijk);
  const match = toMatchQuery(search.q);

  // The most selective source drives the query; CROSS JOIN pins that order so the planner never
  // walks all published listings to probe the FTS index or the domain table row by row.
  const conditions = filterClauses(search, neighbourhoodId, location);
  // Only the published status, which the full-text index already implies (migration 0022).
  const textAlone = match !== null && !search.domain && conditions.length === 1;
  let from = "initiatives i";
  let domainProbe: DomainProbe | null = null;
  if (match) {
    from = "initiatives_fts CROSS JOIN initiatives i ON i.id = initiatives_fts.rowid";
    conditions.unshift(clause("initiatives_fts MATCH ?", match));
    if (search.domain) {
      conditions.push(clause("EXISTS (SELECT 1 FROM initiative_domains d WHERE d.initiative_id = i.id AND d.domain = ?)", search.domain));
    }
  } else if (search.domain) {
    domainProbe = { where: conditions.map((c) => c.text).join(" AND "), params: conditions.flatMap((c) => c.params), domain: search.domain };
    from = "initiative_domains d CROSS JOIN initiatives i ON i.id = d.initiative_id";
    conditions.unshift(clause("d.domain = ?", search.domain));
  }
  const where = conditions.map((c) => c.text).join(" AND ");
  const params = conditions.flatMap((c) => c.params);
  return { from, where, params, location, neighbourhoodId, postcode, match, textAlone, domainProbe };
}

/**
 * One page of published listings for a search. When nothing matches and the visitor is known (a
 * session id from our cookie), the search is recorded as a gap, once per visitor and search.
 */
export function searchInitiatives(search: SearchParams, visitor: string | null): SearchResult {
  const { from, where, params, location, neighbourhoodId, postcode, match, textAlone, domainProbe } = searchQuery(search);
  const sort: SearchSort = search.sort === "distance" && !location ? "relevance" : search.sort;
  const key = sortKey(sort, location, match !== null);
  let result: Page;
  if (match && textAlone && sort === "relevance") {
    result = orderedPage("initiatives_fts", "initiatives_fts MATCH ?", [match], key, search.page, { id: "initiatives_fts.rowid", domainProbe: null });
  } else if (match) {
    result = rankedPage(from, where, params, key, search.page);
  } else {
    result = orderedPage(from, where, params, key, search.page, { id: "i.id", domainProbe });
  }
  const { ids, total, page } = result;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));

  const hits = cardsFor(ids).map((card) => ({
    ...toCard(card),
    distanceKm: location && card.lat !== null && card.lng !== null ? haversineKm(location.lat, location.lng, card.lat, card.lng) : null,
  }));

  if (total === 0 && visitor) {
    recordSearchGap(search, visitor, neighbourhoodId ?? (postcode?.status === "ok" ? postcode.neighbourhoodId : null), postcode);
  }
  return { hits, total, page, pageCount, sort, postcode };
}

/**
 * A search that found nothing tells where the offer falls short. Stored without any link to
 * the visitor; a postcode only as its four digits. Plain visits without text or filters are
 * not a signal.
 */
function recordSearchGap(search: SearchParams, visitor: string, neighbourhoodId: number | null, postcode: PostcodeLookup | null) {
  const active = activeFilters(search);
  if (!search.q && active.length === 0) return;
  const recorded: Record<string, string | number | boolean> = {};
  for (const key of active) {
    if (key === "postcode") {
      const pc4 = search.postcode ? parsePostcode(search.postcode)?.pc4 : undefined;
      if (pc4) recorded.pc4 = pc4;
      if (postcode && postcode.status !== "ok") recorded.postcodeProblem = postcode.status;
    } else {
      recorded[key] = search[key] as string | number | boolean;
    }
  }
  const filters = JSON.stringify(recorded);
  // Reloading or replaying the same search in one visit counts once.
  const visitKey = createHash("sha256").update(`${visitor}\n${search.q.toLowerCase()}\n${filters}`).digest("hex");
  db.insert(searchGaps)
    .values({ query: search.q, filters, neighbourhoodId, domain: search.domain ?? null, targetGroup: search.group ?? null, visitKey })
    .onConflictDoNothing()
    .run();
}
