/**
 * Holding a response's body until the handler ends it, so that middleware can see it whole: the
 * page cache (to store it) and whole-body compression (to compress it in one call).
 */
import type { Response } from "express";

/** A chunk given to `res.write`/`res.end` as bytes; null for anything else (a callback, nothing). */
export function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" && Buffer.isEncoding(encoding) ? encoding : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

/**
 * From here on, what is written to `res` is held. `hold` is asked once, at the first write or the
 * end: when it says no, everything passes through untouched. Otherwise, when the handler ends the
 * response, `complete` gets the whole body and sends what it decides with `send` (nothing for a
 * body-less answer such as a 304). Write callbacks are called as if the bytes had gone out.
 */
export function holdBody(res: Response, hold: () => boolean, complete: (body: Buffer, send: (body?: Buffer) => void) => void) {
  const write = res.write;
  const end = res.end;
  const chunks: Buffer[] = [];
  let holding: boolean | undefined;
  const decide = () => (holding ??= hold());
  res.write = function (...args: unknown[]) {
    if (!decide()) return write.apply(res, args as Parameters<Response["write"]>);
    const [chunk, encoding, callback] = args;
    const buffer = toBuffer(chunk, encoding);
    if (buffer) chunks.push(buffer);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    return true;
  } as Response["write"];
  res.end = function (...args: unknown[]) {
    if (!decide()) return end.apply(res, args as Parameters<Response["end"]>);
    const [chunk, encoding] = args;
    const buffer = typeof chunk === "function" ? null : toBuffer(chunk, encoding);
    if (buffer) chunks.push(buffer);
    res.write = write;
    res.end = end;
    const done = (args.find((argument) => typeof argument === "function") as (() => void) | undefined) ?? (() => {});
    complete(Buffer.concat(chunks), (body) => (body ? end.call(res, body, "utf8", done) : end.call(res, undefined, "utf8", done)));
    return res;
  } as Response["end"];
}
