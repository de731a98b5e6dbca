import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkOrigin, clearRateLimitMark, isRateLimited, limitBodies, rateLimitMarker } from "./http-security.server";

let base = "";
let close: () => void = () => {};

beforeAll(async () => {
  const app = express();
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
  app.use(limitBodies(1024));
  app.use(checkOrigin(`${base}/`));
  app.use(clearRateLimitMark);
  app.use("/inloggen", rateLimitMarker({ windowMs: 60_000, limit: 3, countOnlyFailures: true }));
  // Stands in for the login action: a wrong password is a 400, a right one a redirect.
  app.post("/inloggen", express.urlencoded({ extended: false }), (req, res) => {
    const limited = isRateLimited(new Request("http://x/", { headers: req.headers as Record<string, string> }));
    if (limited) return void res.status(429).send("too many attempts");
    if (req.body.password === "right") return void res.redirect(302, "/");
    res.status(400).send("wrong password");
  });
  app.get("/inloggen", (_req, res) => void res.send("form"));
});
afterAll(() => close());

function post(password: string, headers: Record<string, string> = { Origin: base }) {
  return fetch(`${base}/inloggen`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ password }),
  });
}

describe("cross-site requests", () => {
  it("refuses a form post from another site, or one that names no site", async () => {
    expect((await post("right", { Origin: "https://evil.example" })).status).toBe(403);
    expect((await post("right", {})).status).toBe(403);
    expect((await post("right", { Referer: "https://evil.example/form" })).status).toBe(403);
  });

  it("compares scheme, host and port with PUBLIC_URL, not with the Host header", async () => {
    const port = new URL(base).port;
    expect((await post("right", { Origin: "https://evil.example", Host: "evil.example" })).status).toBe(403);
    expect((await post("right", { Origin: `https://127.0.0.1:${port}` })).status).toBe(403);
    expect((await post("right", { Origin: `http://127.0.0.1:${Number(port) + 1}` })).status).toBe(403);
    expect((await post("right", { Origin: `http://localhost:${port}` })).status).toBe(403);
    expect((await post("right", { Origin: "null" })).status).toBe(403);
  });

  it("refuses this site's Origin sent to another host, which Remix would answer with a 500", async () => {
    const sentTo = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const body = new URLSearchParams({ password: "right" }).toString();
        http
          .request(
            `${base}/inloggen`,
            {
              method: "POST",
              headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(body.length), ...headers },
            },
            (response) => {
              response.resume();
              resolve(response.statusCode ?? 0);
            },
          )
          .on("error", reject)
          .end(body);
      });
    expect(await sentTo({ Host: "evil.example" })).toBe(403);
    expect(await sentTo({ "X-Forwarded-Host": "evil.example" })).toBe(403);
    expect(await sentTo({ "X-Forwarded-Host": ` ${new URL(base).host} , evil.example` })).toBe(302);
    expect(await sentTo({})).toBe(302);
  });

  it("lets this site's own posts and every GET through", async () => {
    expect((await post("right")).status).toBe(302);
    expect((await post("right", { Referer: `${base}/inloggen` })).status).toBe(302);
    expect((await fetch(`${base}/inloggen`, { headers: { Origin: "https://evil.example" } })).status).toBe(200);
  });
});

describe("login attempts", () => {
  it("a caller cannot mark their own request as rate limited", async () => {
    expect((await post("right", { Origin: base, "x-wijkmarkt-rate-limited": "1" })).status).toBe(302);
  });

  it("after three wrong passwords, even the right one gets 'too many attempts'", async () => {
    for (let attempt = 0; attempt < 3; attempt++) expect((await post("wrong")).status).toBe(400);
    expect((await post("right")).status).toBe(429);
  });
});

describe("request bodies", () => {
  it("refuses a declared body over the limit and a body without a declared length", async () => {
    const big = await fetch(`${base}/inloggen`, {
      method: "POST",
      headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
      body: `password=${"x".repeat(2000)}`,
    });
    expect(big.status).toBe(413);
    const chunked = await fetch(`${base}/inloggen`, {
      method: "POST",
      headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("password=right"));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(411);
  });
});
