/**
 * HTTP for the open data: JSON with ETag (weak, from the body) and Last-Modified, 304 on a
 * matching If-None-Match, CORS open for reading, errors as JSON, and NDJSON as a stream that
 * reads the next records only when the client has taken the previous ones (backpressure).
 * If-Modified-Since is not answered with 304: the ETag is exact, the date is only as exact as
 * the data's own timestamps (and If-None-Match takes precedence anyway, RFC 9110 §13.2.2).
 */
import { createHash } from "node:crypto";
import { CORS_HEADERS } from "~/utils/open-data-cors";
import type { ApiResult } from "./api.server";

/** API answers are data, not pages: search engines leave them out of their index. */
const API_HEADERS = { ...CORS_HEADERS, "X-Robots-Tag": "noindex" };

const CACHE_CONTROL = "public, max-age=300";

function weakEtag(body: string): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** Does If-None-Match name this ETag? Weak comparison, lists and "*" allowed. */
function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ status, message }), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...API_HEADERS, ...headers },
  });
}

/** A cacheable answer in a type of choice (JSON, calendar, CSV…), with 304 when the client has it. */
export function cacheableResponse(
  request: Request,
  body: string,
  options: { contentType: string; lastModified?: Date; cacheControl?: string; headers?: Record<string, string> },
): Response {
  const etag = weakEtag(body);
  const headers: Record<string, string> = {
    ETag: etag,
    "Cache-Control": options.cacheControl ?? CACHE_CONTROL,
    ...options.headers,
  };
  if (options.lastModified) headers["Last-Modified"] = options.lastModified.toUTCString();
  if (etagMatches(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers: { ...headers, "Content-Type": options.contentType } });
}

const encoder = new TextEncoder();
/** Lines per chunk: enough to keep the per-chunk cost low, few enough to keep memory flat. */
const LINES_PER_CHUNK = 64;

/** Lines of text pulled from the iterator only as fast as the client reads them. */
export function streamResponse(lines: Iterable<string>, headers: Record<string, string>): Response {
  const iterator = lines[Symbol.iterator]();
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let chunk = "";
        try {
          for (let n = 0; n < LINES_PER_CHUNK; n++) {
            const next = iterator.next();
            if (next.done) {
              if (chunk) controller.enqueue(encoder.encode(chunk));
              controller.close();
              return;
            }
            chunk += next.value;
          }
        } catch (error) {
          iterator.return?.();
          console.error("open data stream failed", error);
          controller.error(error);
          return;
        }
        controller.enqueue(encoder.encode(chunk));
      },
      cancel() {
        // The client went away: end the iteration, which closes its database connection.
        iterator.return?.();
      },
    },
    { highWaterMark: 4 },
  );
  return new Response(stream, { status: 200, headers });
}

function* jsonLines(records: Iterable<unknown>): Generator<string> {
  for (const record of records) yield `${JSON.stringify(record)}\n`;
}

/** One JSON record per line (NDJSON). */
function ndjsonResponse(records: Iterable<unknown>): Response {
  return streamResponse(jsonLines(records), { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "public, max-age=60", ...API_HEADERS });
}

/** The HTTP answer to an API result; anything unexpected becomes a JSON 500 without details. */
export function apiResponse(request: Request, answer: () => ApiResult): Response {
  let result: ApiResult;
  try {
    result = answer();
  } catch (error) {
    console.error("open data API failed", error);
    return jsonError(500, "Something went wrong on our side. Please try again later.");
  }
  if (result.kind === "error") return jsonError(result.status, result.message);
  if (result.kind === "ndjson") return ndjsonResponse(result.records);
  return cacheableResponse(request, JSON.stringify(result.body), {
    contentType: "application/json; charset=utf-8",
    lastModified: result.lastModified,
    headers: API_HEADERS,
  });
}
