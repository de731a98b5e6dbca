import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDataApiGuard } from "./open-data-http.server";

let base = "";
let close: () => void = () => {};

beforeAll(async () => {
  const app = express();
  app.use("/api/hsds", openDataApiGuard({ windowMs: 60_000, limit: 3 }));
  app.get("/api/hsds/v3/services", (_req, res) => void res.json({ ok: true }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe("the open-data API guard", () => {
  it("answers a CORS preflight from any site", async () => {
    const response = await fetch(`${base}/api/hsds/v3/services`, {
      method: "OPTIONS",
      headers: { Origin: "https://gemeente.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });

  it("after the limit, answers 429 in JSON with Retry-After, readable by other sites", async () => {
    for (let n = 0; n < 3; n++) expect((await fetch(`${base}/api/hsds/v3/services`)).status).toBe(200);
    const limited = await fetch(`${base}/api/hsds/v3/services`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await limited.json()) as { status: number; message: string };
    expect(body).toMatchObject({ status: 429 });
    expect(body.message).toContain("Too many requests");
  });
});
