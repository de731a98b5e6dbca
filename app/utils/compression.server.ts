/**
 * Response compression. A body whose length is known before its first byte is written (every
 * page entry.server.tsx renders) is compressed in one synchronous call once it is complete;
 * anything streamed (CSV, NDJSON, data requests) goes on to the `compression` stream middleware.
 *
 * Why: through the stream middleware a 40 KB directory page cost about 3.5 ms of CPU to
 * compress (a compressor set up for a 256 KB window, fed and flushed through the thread pool),
 * against 0.15 ms for one brotli call told the size; and each compressor lived, with its
 * megabyte of memory, until the socket had taken the page (decision 025).
 */
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import type { NextFunction, Request, Response } from "express";
import { holdBody } from "./response-body.server";

export type Encoding = "br" | "gzip" | "identity";

/**
 * Pages are rendered per request, so their compression is paid each time: brotli 3 and gzip 4
 * cost a third and two thirds of the defaults for 4–5 % more bytes (decision 021). Stored pages
 * of the page cache are compressed once, harder.
 */
const BROTLI_QUALITY = 3;
const GZIP_LEVEL = 4;
/** Options of the `compression` stream middleware, for bodies of unknown length. */
export const STREAM_COMPRESSION = {
  level: GZIP_LEVEL,
  // A 256 KB window (pages are smaller) keeps each stream's memory small.
  brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.BROTLI_PARAM_LGWIN]: 18 } },
};
/** Below this a compressed body saves too little to be worth the CPU (as `compression`'s default). */
const MIN_BYTES = 1024;
/** Above this the body is left to the stream middleware rather than held in memory whole. */
const MAX_BYTES = 8 * 1024 * 1024;
const COMPRESSIBLE = /^\s*(text\/|application\/(json|javascript|xml|[\w.+-]+\+(json|xml))|image\/svg\+xml)/i;
/** Headers longer than any browser sends are read no further. */
const MAX_ACCEPT_ENCODING = 512;

/** The best encoding the client accepts: brotli, then gzip, else none. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return "identity";
  const accepted = new Set<string>();
  for (const part of acceptEncoding.slice(0, MAX_ACCEPT_ENCODING).split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    // A weight of zero, or one that is not a number, does not accept the encoding.
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return "identity";
}

export function compressBody(body: Buffer, encoding: "br" | "gzip"): Buffer {
  return encoding === "br"
    ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: GZIP_LEVEL });
}

function addVary(res: Response, field: string) {
  const vary = String(res.getHeader("Vary") ?? "");
  if (vary === "*" || vary.split(",").some((name) => name.trim().toLowerCase() === field.toLowerCase())) return;
  res.setHeader("Vary", vary ? `${vary}, ${field}` : field);
}

/** The encoding for this response when its whole body is known and worth compressing, else null. */
function wholeBodyEncoding(req: Request, res: Response): "br" | "gzip" | null {
  if (req.method === "HEAD" || res.headersSent || res.statusCode === 204 || res.statusCode === 304) return null;
  // A part of a file (a Range request) is sent as it is: compressing it would break its byte range.
  if (res.statusCode === 206 || res.hasHeader("Content-Range")) return null;
  const length = Number(res.getHeader("Content-Length"));
  if (!Number.isInteger(length) || length < MIN_BYTES || length > MAX_BYTES) return null;
  if (res.hasHeader("Content-Encoding") || !COMPRESSIBLE.test(String(res.getHeader("Content-Type") ?? ""))) return null;
  if (/\bno-transform\b/i.test(String(res.getHeader("Cache-Control") ?? ""))) return null;
  addVary(res, "Accept-Encoding");
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  return encoding === "identity" ? null : encoding;
}

/**
 * Compresses bodies of known length whole; goes after `compression` in the chain, so that it
 * sees the writes first and the stream middleware finds them already encoded.
 */
export function compressWholeBodies() {
  return (req: Request, res: Response, next: NextFunction) => {
    let encoding: "br" | "gzip" | null = null;
    holdBody(
      res,
      () => (encoding = wholeBodyEncoding(req, res)) !== null,
      (body, send) => {
        const compressed = compressBody(body, encoding!);
        res.setHeader("Content-Encoding", encoding!);
        res.setHeader("Content-Length", compressed.length);
        send(compressed);
      },
    );
    next();
  };
}
