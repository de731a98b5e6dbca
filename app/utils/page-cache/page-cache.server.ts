/**
 * The rendered-response cache in front of Remix (decision 018). A visitor's request for a public
 * page is answered from memory while the content version is unchanged; otherwise the page is
 * rendered as usual, without a nonce, and stored once compressed for the next visitor.
 */
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Response } from "express";
import { chooseEncoding } from "../compression.server";
import { holdBody } from "../response-body.server";
import { etagOf, inlineScriptHashes, isCacheableRequest, matchesEtag, PageStore, storedPage, withScriptHashes, type StoredPage } from "./page-store.server";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Shared caches may keep the page but must ask again each time; the ETag makes that a 304. */
const CACHE_CONTROL = "public, no-cache";
/** A session or flash cookie, or another language, gives another page. */
const VARY = "Accept-Encoding, Cookie, Accept-Language";
/** Headers a 304 repeats so that a cache updates what it holds. */
const REVALIDATION_HEADERS = new Set(["etag", "cache-control", "vary", "content-security-policy"]);
const PER_RESPONSE_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "x-cache",
  "connection",
  "date",
  "server-timing",
  "set-cookie",
]);
/** A response that sets a cookie is for this browser only. */
const PRIVATE_CACHE_CONTROL = "private, no-cache";
/** Addresses remembered as asked for once; when full the list starts again (at most ~10 MB of keys). */
const MAX_ASKED_ONCE = 5_000;
/**
 * Pages being compressed for the store at once. Each brotli and gzip compressor holds a megabyte
 * or so until it finishes; under 50 connections dozens were pending in the thread pool at once,
 * and the freed memory stayed in the process (decision 024). Two keep both cores busy.
 */
const MAX_COMPRESSING = 2;

type Pending = { key: string; version: number };

export type PageCacheOptions = {
  contentVersion: () => number;
  /** The language of a page from its address, Cookie and Accept-Language headers. */
  localeOf: (url: string, cookieHeader: string | undefined, acceptLanguage: string | undefined) => Promise<string>;
  maxBytes: number;
  ttlMs: number;
  /**
   * A cookie a page sets for a browser without it that does not change the page (the anonymous
   * visitor id of the search page): stored pages leave it out and every response gets its own.
   */
  visitorCookie?: { name: string; path: RegExp; issue: () => Promise<string> };
};

export function createPageCache({ contentVersion, localeOf, maxBytes, ttlMs, visitorCookie }: PageCacheOptions) {
  const store = new PageStore(maxBytes, ttlMs);
  /** Requests that render a page for the cache, with where to store it. */
  const rendering = new WeakMap<IncomingMessage, Pending>();
  /**
   * Addresses rendered once and not stored: a page is kept from its second request on, so
   * one-off addresses (a rare search, a typo) never push popular pages out of the store.
   */
  const askedOnce = new Set<string>();
  let compressing = 0;

  /** The page's language without rendering it, from the same detector the root loader uses. */
  function localeOfRequest(req: IncomingMessage): Promise<string> {
    return localeOf(req.url ?? "/", req.headers.cookie, req.headers["accept-language"]);
  }

  function needsVisitorCookie(req: IncomingMessage): boolean {
    if (!visitorCookie || !visitorCookie.path.test((req.url ?? "").split("?", 1)[0]!)) return false;
    return !(req.headers.cookie ?? "").split(";").some((part) => part.trim().startsWith(`${visitorCookie.name}=`));
  }

  /** Whether every cookie the page set is the visitor cookie, which a stored page leaves out. */
  function setsOnlyVisitorCookie(res: Response): boolean {
    const cookies = res.getHeader("set-cookie");
    if (cookies === undefined) return true;
    if (!visitorCookie) return false;
    return [cookies].flat().every((cookie) => String(cookie).startsWith(`${visitorCookie.name}=`));
  }

  async function send(req: IncomingMessage, res: ServerResponse, page: StoredPage) {
    const encoding = chooseEncoding(req.headers["accept-encoding"]);
    const body = req.method === "HEAD" ? undefined : page.bodies[encoding];
    const cookie = needsVisitorCookie(req) ? await visitorCookie!.issue() : null;
    if (!cookie && !req.headers["if-none-match"]) {
      res.writeHead(200, page.rawHeaders[encoding]);
      res.end(body);
      return;
    }
    res.setHeader("X-Cache", "hit");
    if (matchesEtag(req.headers["if-none-match"], page.etag)) {
      for (const [name, value] of page.headers) if (REVALIDATION_HEADERS.has(name)) res.setHeader(name, value);
      res.statusCode = 304;
      res.end();
      return;
    }
    for (const [name, value] of page.headers) res.setHeader(name, value);
    if (cookie) {
      res.setHeader("Set-Cookie", cookie);
      res.setHeader("Cache-Control", PRIVATE_CACHE_CONTROL);
    }
    if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", page.bodies[encoding].length);
    res.statusCode = 200;
    res.end(body);
  }

  async function keep(pending: Pending, headers: [string, string][], etag: string, identity: Buffer) {
    const [gzipped, brotli] = await Promise.all([
      gzipAsync(identity, { level: 6 }),
      brotliAsync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    ]);
    store.set(pending.key, pending.version, storedPage(etag, headers, { identity, gzip: gzipped, br: brotli }, pending.key));
  }

  /** The response of a marked request, complete: CSP hashes set, stored when it may be, sent. */
  function finish(req: IncomingMessage, res: Response, pending: Pending, body: Buffer, end: (body?: Buffer) => void) {
    const html = /^text\/html/i.test(String(res.getHeader("content-type") ?? ""));
    const csp = res.getHeader("content-security-policy");
    if (typeof csp === "string") res.setHeader("Content-Security-Policy", withScriptHashes(csp, html ? inlineScriptHashes(body.toString("utf8")) : []));
    const cacheControl = String(res.getHeader("cache-control") ?? "");
    // A render cut off by the server's abort timer still began as a 200: only a whole document is
    // kept. Streamed data follows the closing tag, so look for it anywhere; an aborted boundary
    // leaves React's client-render instruction ($RX) behind.
    const text = body.toString("latin1");
    const complete = text.includes("</html>") && !text.includes("$RX");
    const storable = req.method === "GET" && res.statusCode === 200 && html && complete && !/no-store|private/.test(cacheControl) && setsOnlyVisitorCookie(res);
    if (!storable) return end(body);
    const etag = etagOf(body);
    res.setHeader("ETag", etag);
    res.setHeader("Cache-Control", CACHE_CONTROL);
    res.setHeader("Vary", VARY);
    const headers = Object.entries(res.getHeaders())
      .filter(([name]) => !PER_RESPONSE_HEADERS.has(name))
      .map(([name, value]): [string, string] => [name, Array.isArray(value) ? value.join(", ") : String(value)]);
    if (askedOnce.delete(pending.key)) {
      if (compressing < MAX_COMPRESSING) {
        compressing++;
        keep(pending, headers, etag, body)
          .catch(() => {
            // Not stored: the next visitor's request renders the page again.
          })
          .finally(() => compressing--);
      } else {
        // Busy compressing others: kept when it is asked for again.
        askedOnce.add(pending.key);
      }
    } else {
      if (askedOnce.size >= MAX_ASKED_ONCE) askedOnce.clear();
      askedOnce.add(pending.key);
    }
    res.setHeader("X-Cache", "miss");
    if (res.hasHeader("set-cookie")) res.setHeader("Cache-Control", PRIVATE_CACHE_CONTROL);
    if (!matchesEtag(req.headers["if-none-match"], etag)) return end(body);
    res.statusCode = 304;
    // The rendered page's length is not that of the encoding this client would have been sent.
    res.removeHeader("Content-Length");
    end();
  }

  return {
    store,
    /**
     * In front of the app: answers from the cache, or marks a cacheable request (so that `capture`
     * stores its page) and hands it on with `next`.
     */
    lookup(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) {
      if (!isCacheableRequest(req)) return next();
      localeOfRequest(req).then((locale) => {
        const key = `${locale}\n${req.url}`;
        const version = contentVersion();
        const page = store.get(key, version);
        if (page) return send(req, res, page).catch(next);
        rendering.set(req, { key, version });
        next();
      }, next);
    },
    /** Whether this request renders a page for many visitors: its scripts go by hash, not by a nonce (see finish). */
    rendersForCache(req: IncomingMessage): boolean {
      return rendering.has(req);
    },
    /** After the security headers: holds a marked response until it is complete. */
    capture(req: IncomingMessage, res: Response, next: NextFunction) {
      const pending = rendering.get(req);
      if (!pending) return next();
      holdBody(
        res,
        () => true,
        (body, send) => finish(req, res, pending, body, send),
      );
      next();
    },
  };
}
