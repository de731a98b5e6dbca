import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loggablePath, logError, logInfo, logRequests, redactPersonalData, requestLogLine } from "./log.server";

afterEach(() => vi.restoreAllMocks());

describe("redactPersonalData", () => {
  it("masks every email address, however it is written", () => {
    for (const text of ["send to karim@example.org failed", "<Karim.El-Amrani+test@sub.example.co.uk>", 'rcpt="eva@x.nl";', "EVA@EXAMPLE.ORG", "a@b"]) {
      const redacted = redactPersonalData(text);
      expect(redacted).not.toMatch(/\w@\w/);
      expect(redacted).toContain("[email]");
    }
  });

  it("leaves scoped package paths in stack traces readable", () => {
    const frame = "at run (/srv/wijkmarkt/node_modules/@remix-run/server-runtime/dist/server.js:10:5)";
    expect(redactPersonalData(frame)).toBe(frame);
  });

  it("drops the bound values of a failed query", () => {
    const message = "Failed query: insert into households (reference, pc4) values (?, ?)\nparams: Familie Jansen,3562";
    expect(redactPersonalData(message)).toBe("Failed query: insert into households (reference, pc4) values (?, ?)\nparams: [hidden]");
  });

  it("survives hostile input", () => {
    for (const text of ["", "\u0000", "@".repeat(100_000), "x@".repeat(50_000), "a".repeat(100_000), "\u202Eemail@evil\u202C", "😀@😀.nl", "params:"]) {
      const redacted = redactPersonalData(text);
      expect(redacted).not.toMatch(/[^@\s[\]]@[^@\s[\]]/);
    }
  });
});

describe("loggablePath", () => {
  it("drops the query string and fragment", () => {
    expect(loggablePath("/werkplek?zoek=Familie%20Jansen&team=2")).toBe("/werkplek");
    expect(loggablePath("/initiatieven?q=taal#top")).toBe("/initiatieven");
    expect(loggablePath("?x=1")).toBe("/");
  });

  it("keeps household ids and slugs but hides invite tokens and email addresses", () => {
    expect(loggablePath("/werkplek/huishoudens/42/plan")).toBe("/werkplek/huishoudens/42/plan");
    expect(loggablePath("/uitnodiging/Zm9vYmFyYmF6cXV4/accepteren")).toBe("/uitnodiging/[token]/accepteren");
    expect(loggablePath("/zoek/karim@example.org")).toBe("[path with an email address]");
    expect(loggablePath("/zoek/karim%40example.org")).toBe("[path with an email address]");
  });

  it("copes with bad percent-encoding and very long paths", () => {
    expect(loggablePath("/%E0%A4%A")).toBe("/%E0%A4%A");
    expect(loggablePath(`/${"a".repeat(10_000)}`)).toHaveLength(201);
  });
});

describe("request log lines", () => {
  it("read method, path, status and time", () => {
    expect(requestLogLine({ method: "GET", url: "/werkplek?zoek=Jansen", status: 200, ms: 12.345 })).toBe("GET /werkplek 200 12.3ms");
  });

  it("are written once per request, without query string or the email of a login", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    const app = express();
    app.use(logRequests({ skip: ["/healthz"] }));
    app.post("/inloggen", express.urlencoded({ extended: false }), (_req, res) => void res.status(400).send("nope"));
    app.get("/healthz", (_req, res) => void res.send("ok"));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await fetch(`${base}/inloggen?terug=/mijn&email=eva@example.org`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "email=eva%40example.org&password=geheim",
      });
      await fetch(`${base}/healthz`);
    } finally {
      server.close();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^POST \/inloggen 400 \d+\.\dms$/);
  });
});

describe("logInfo and logError", () => {
  it("never print an email address, also not in an error's message or stack", () => {
    const printed: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void printed.push(line));
    vi.spyOn(console, "error").mockImplementation((line: string) => void printed.push(line));
    logInfo("sent digest to eva@example.org");
    logError("email worker: outbox failed", new Error("550 <karim@example.org>: Recipient address rejected"));
    logError("odd", { toString: () => "object with bewoner@wijkmarkt.demo" });
    expect(printed).toHaveLength(3);
    for (const line of printed) expect(line).not.toMatch(/\w@\w/);
    expect(printed[1]).toContain("Recipient address rejected");
  });
});
