import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import compression from "compression";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, compressWholeBodies, STREAM_COMPRESSION } from "./compression.server";

const SCRIPT = "export const greeting = 'Hallo buurt';\n".repeat(2000);
const assets = mkdtempSync(path.join(os.tmpdir(), "wijkmarkt-compression-"));
const PAGE = `<!DOCTYPE html><html><body>${"<p>Taalcafé in de wijk, elke dinsdag.</p>".repeat(400)}</body></html>`;
let port = 0;
let close: () => void = () => {};

/** A whole body with its length, as entry.server.tsx sends a page. */
function sendWhole(res: express.Response, body: string, type = "text/html; charset=utf-8") {
  res.setHeader("Content-Type", type);
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(body);
}

beforeAll(async () => {
  const app = express();
  app.use(compression(STREAM_COMPRESSION));
  app.use(compressWholeBodies());
  app.get("/page", (_req, res) => sendWhole(res, PAGE));
  app.get("/page-in-parts", (_req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.setHeader("Content-Length", Buffer.byteLength(PAGE));
    res.write(PAGE.slice(0, 1000));
    res.write(Buffer.from(PAGE.slice(1000)));
    res.end();
  });
  app.get("/streamed", (_req, res) => {
    res.setHeader("Content-Type", "text/plain");
    for (let i = 0; i < 300; i++) res.write(`{"id":${i},"name":"Buurtmaaltijd ${i}"}\n`);
    res.end();
  });
  app.get("/small", (_req, res) => sendWhole(res, "<p>kort</p>"));
  app.get("/image", (_req, res) => sendWhole(res, "x".repeat(5000), "image/png"));
  app.get("/no-transform", (_req, res) => {
    res.setHeader("Cache-Control", "no-transform");
    sendWhole(res, PAGE);
  });
  app.get("/vary", (_req, res) => {
    res.setHeader("Vary", "Cookie");
    sendWhole(res, PAGE);
  });
  writeFileSync(path.join(assets, "app.js"), SCRIPT);
  app.use("/static", express.static(assets));
  app.get("/not-modified", (_req, res) => {
    res.statusCode = 304;
    res.setHeader("Content-Length", Buffer.byteLength(PAGE));
    res.end();
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
  close = () => server.close();
});
afterAll(() => {
  close();
  rmSync(assets, { recursive: true, force: true });
});

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** The bytes as sent, not decoded (fetch would decode them). */
function raw(path: string, headers: Record<string, string> = {}, method = "GET", to = port): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .request({ host: "127.0.0.1", port: to, path, method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject)
      .end();
  });
}

describe("choosing an encoding", () => {
  it("prefers brotli, then gzip, honours q=0 and copes with junk", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0")).toBe("identity");
    expect(chooseEncoding("*")).toBe("gzip");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding(";;;,,q=,br;q=abc")).toBe("identity");
    expect(chooseEncoding(`${"x,".repeat(10_000)}br`)).toBe("identity");
    expect(chooseEncoding("\u0000\uffff, gzip ; q=0.5")).toBe("gzip");
  });
});

describe("a page whose length is known", () => {
  it("is sent as brotli or gzip with its compressed length, and decodes to the page", async () => {
    const br = await raw("/page", { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(PAGE.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(br.headers.vary).toBe("Accept-Encoding");

    const gzip = await raw("/page", { "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(PAGE);
  });

  it("is collected from several writes", async () => {
    const reply = await raw("/page-in-parts", { "Accept-Encoding": "br" });
    expect(reply.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(reply.body).toString()).toBe(PAGE);
  });

  it("is sent as it is to a client that accepts no encoding we have, still varying on it", async () => {
    for (const accept of [undefined, "identity", "compress", "br;q=0, gzip;q=0", "garbage;q=x, ;;br;q=-1"]) {
      const reply = await raw("/page", accept === undefined ? {} : { "Accept-Encoding": accept });
      expect(reply.headers["content-encoding"]).toBeUndefined();
      expect(reply.body.toString()).toBe(PAGE);
      expect(reply.headers.vary).toBe("Accept-Encoding");
    }
  });

  it("goes to the stream compressor for a client that takes only deflate", async () => {
    const reply = await raw("/page", { "Accept-Encoding": "deflate" });
    expect(reply.headers["content-encoding"]).toBe("deflate");
    expect(inflateSync(reply.body).toString()).toBe(PAGE);
  });

  it("keeps the Vary it had", async () => {
    const reply = await raw("/vary", { "Accept-Encoding": "br" });
    expect(reply.headers.vary).toBe("Cookie, Accept-Encoding");
  });

  it("leaves small bodies, images, no-transform, HEAD and 304 alone", async () => {
    expect((await raw("/small", { "Accept-Encoding": "br" })).headers["content-encoding"]).toBeUndefined();
    expect((await raw("/image", { "Accept-Encoding": "br" })).body.toString()).toBe("x".repeat(5000));
    const untouched = await raw("/no-transform", { "Accept-Encoding": "br" });
    expect(untouched.headers["content-encoding"]).toBeUndefined();
    expect(untouched.body.toString()).toBe(PAGE);
    const head = await raw("/page", { "Accept-Encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const notModified = await raw("/not-modified", { "Accept-Encoding": "br" });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
  });
});

describe("a part of a body (206)", () => {
  it("is sent as it is, so that its byte range stays right", async () => {
    // Only this middleware, without the stream compressor behind it.
    const app = express();
    app.use(compressWholeBodies());
    app.get("/part", (_req, res) => {
      res.statusCode = 206;
      res.setHeader("Content-Range", `bytes 0-1999/${Buffer.byteLength(PAGE)}`);
      sendWhole(res, PAGE.slice(0, 2000));
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const part = await raw("/part", { "Accept-Encoding": "br" }, "GET", (server.address() as AddressInfo).port);
      expect(part.status).toBe(206);
      expect(part.headers["content-encoding"]).toBeUndefined();
      expect(part.body.toString()).toBe(PAGE.slice(0, 2000));
    } finally {
      server.close();
    }
  });
});

describe("a static file", () => {
  it("is compressed whole, and a byte range of it is sent as it is", async () => {
    const whole = await raw("/static/app.js", { "Accept-Encoding": "br" });
    expect(whole.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(whole.body).toString()).toBe(SCRIPT);
    const range = await raw("/static/app.js", { "Accept-Encoding": "br", Range: "bytes=0-99" });
    expect(range.status).toBe(206);
    expect(range.headers["content-encoding"]).toBeUndefined();
    expect(range.body.toString()).toBe(SCRIPT.slice(0, 100));
  });
});

describe("a streamed body", () => {
  it("goes through the stream compressor as before", async () => {
    const reply = await raw("/streamed", { "Accept-Encoding": "br" });
    expect(reply.headers["content-encoding"]).toBe("br");
    expect(reply.headers["transfer-encoding"]).toBe("chunked");
    const lines = brotliDecompressSync(reply.body).toString().trim().split("\n");
    expect(lines).toHaveLength(300);
    expect(JSON.parse(lines[299]!)).toEqual({ id: 299, name: "Buurtmaaltijd 299" });
  });
});
