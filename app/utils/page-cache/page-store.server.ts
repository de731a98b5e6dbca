/**
 * The parts of the rendered-response cache that know nothing of HTTP servers (decision 018): which
 * requests may be answered from it, its key, the bounded store, ETags, encodings and the script
 * hashes that replace the per-response CSP nonce in a page served to many visitors.
 */
import { createHash } from "node:crypto";
import type { Encoding } from "../compression.server";

/** Public pages whose content depends only on the address, the language and the database. */
const CACHEABLE_PATHS = [
  /^\/$/,
  /^\/initiatieven\/?$/,
  /^\/initiatieven\/[\w-]+\/?$/,
  /^\/organisaties\/[\w-]+\/?$/,
  /^\/wijken\/?$/,
  /^\/wijken\/[\w-]+\/?$/,
  /^\/vragen\/?$/,
  /^\/vragen\/[\w-]+\/?$/,
  /^\/privacy\/?$/,
  /^\/toegankelijkheid\/?$/,
  /^\/open-data\/?$/,
];
const MAX_URL_LENGTH = 2048;
const LANGUAGE_COOKIE = "wm_lang";
/**
 * Our cookies that do not change what a public page shows: the remembered language (part of the
 * key) and the anonymous visitor id (it only lets a search without results count once).
 */
const PAGE_NEUTRAL_COOKIES = new Set([LANGUAGE_COOKIE, "wm_visit"]);

export type CacheableRequest = { method?: string; url?: string; headers: { cookie?: string | string[]; [name: string]: unknown } };

/**
 * Whether a request may get (and fill) a cached page: a GET or HEAD of a public page, no loader
 * data request, and none of our cookies but the page-neutral ones (a session, a flash message or
 * any future cookie of ours could change what the page shows).
 */
export function isCacheableRequest(request: CacheableRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const url = request.url ?? "";
  if (url.length > MAX_URL_LENGTH) return false;
  const query = url.indexOf("?");
  const pathname = query < 0 ? url : url.slice(0, query);
  if (!CACHEABLE_PATHS.some((pattern) => pattern.test(pathname))) return false;
  if (query >= 0 && /(?:^|&)_data(?:=|&|$)/.test(url.slice(query + 1))) return false;
  const cookie = request.headers.cookie;
  if (cookie === undefined) return true;
  const header = Array.isArray(cookie) ? cookie.join("; ") : cookie;
  for (const part of header.split(";")) {
    const name = part.split("=", 1)[0]!.trim();
    if (name.startsWith("wm_") && !PAGE_NEUTRAL_COOKIES.has(name)) return false;
  }
  return true;
}

/** A weak validator: the same for every encoding of the same page. */
export function etagOf(body: Buffer): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** Whether If-None-Match names this ETag (weak comparison, as for GET), or is `*`. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === opaque;
  });
}

/**
 * The CSP source expressions for every inline script of a page. A cached page is sent to many
 * visitors, so it cannot carry a nonce (a nonce seen twice protects nothing); its inline scripts are
 * allowed by their hashes instead, which fit only these exact scripts.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(match[1]!)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(match[2]!, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The CSP header with its (empty) nonce replaced by the page's script hashes. */
export function withScriptHashes(csp: string, hashes: readonly string[]): string {
  return csp.replace(/\s*'nonce-[^']*'/g, "").replace(/(script-src(?:-elem)?\s[^;]*)/g, (directive) => [directive, ...hashes].join(" "));
}

export type StoredPage = {
  etag: string;
  /** Every header of the first response except the length and encoding, which differ per encoding. */
  headers: [string, string][];
  bodies: Record<Encoding, Buffer>;
  /** All headers of a 200 in each encoding, as one flat list for writeHead: no work per request. */
  rawHeaders: Record<Encoding, string[]>;
  bytes: number;
  storedAt: number;
};

/** A page to store: its bodies in every encoding and the headers each will be sent with. */
export function storedPage(etag: string, headers: [string, string][], bodies: Record<Encoding, Buffer>, key: string, now = Date.now()): StoredPage {
  const rawHeaders = {} as Record<Encoding, string[]>;
  for (const encoding of ["identity", "gzip", "br"] as const) {
    const raw = headers.flat();
    raw.push("Content-Length", String(bodies[encoding].length), "X-Cache", "hit");
    if (encoding !== "identity") raw.push("Content-Encoding", encoding);
    rawHeaders[encoding] = raw;
  }
  const bytes = bodies.identity.length + bodies.gzip.length + bodies.br.length + key.length + 3 * JSON.stringify(headers).length;
  return { etag, headers, bodies, rawHeaders, bytes, storedAt: now };
}

/**
 * Stored pages, least recently used dropped first beyond `maxBytes`; all dropped at once when the
 * content version moves on, and each after `ttlMs` (pages also show the date).
 */
export class PageStore {
  private pages = new Map<string, StoredPage>();
  private version = Number.NaN;
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly ttlMs: number,
  ) {}

  get size() {
    return { pages: this.pages.size, bytes: this.bytes };
  }

  /** Forgets everything stored for an older content version; false for a version older than the store's. */
  private atVersion(version: number): boolean {
    if (version === this.version) return true;
    if (version < this.version) return false;
    this.pages.clear();
    this.bytes = 0;
    this.version = version;
    return true;
  }

  get(key: string, version: number, now = Date.now()): StoredPage | undefined {
    if (!this.atVersion(version)) return undefined;
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.pages.delete(key);
    if (now - page.storedAt > this.ttlMs) {
      this.bytes -= page.bytes;
      return undefined;
    }
    this.pages.set(key, page);
    return page;
  }

  set(key: string, version: number, page: StoredPage) {
    // A page rendered before a write finished after it: it may be outdated already.
    if (!this.atVersion(version) || page.bytes > this.maxBytes / 8) return;
    const old = this.pages.get(key);
    if (old) {
      this.pages.delete(key);
      this.bytes -= old.bytes;
    }
    this.pages.set(key, page);
    this.bytes += page.bytes;
    for (const [oldest, stored] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= stored.bytes;
    }
  }
}
