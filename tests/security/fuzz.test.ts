/**
 * The standing fuzz pass: the production build on a real server with the demo data, every page of
 * app/routes (a new route is picked up from its file name) visited as a visitor and as each demo
 * role, and every form found on those pages posted with hostile values and hostile bodies. Whatever
 * comes in, the answer is never a 5xx, never echoes a field the form does not have, and the server
 * keeps answering.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_EMAIL, DEMO_PASSWORD } from "../../db/seed/data/accounts";

const ROOT = path.resolve(__dirname, "../..");
const ROLES = DEMO_EMAIL;
type Who = "visitor" | keyof typeof ROLES;

const HOSTILE = [
  "",
  "x".repeat(20_000),
  "a\u0000b",
  "\u202Eمرحبا\u202C 👨‍👩‍👧 \uFEFF",
  "' OR 1=1; DROP TABLE users; --",
  '"NEAR(a b)" OR * AND -x^ col:* "',
  "<script>alert(1)</script><img src=x onerror=alert(1)>",
  "-1",
  "99999999999999999999999",
  "1e308",
  "NaN",
  "2026-02-30",
  "../../etc/passwd",
  "%zz%",
];
const MARKER = "fuzzmarker7f3a";

let base = "";
let server: ChildProcess | undefined;
let serverLog = "";
const tmp = mkdtempSync(path.join(os.tmpdir(), "wijkmarkt-fuzz-"));
const failures: string[] = [];
const cookies: Partial<Record<Who, string>> = { visitor: "" };

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed:\n${stderr}`))));
  });
}

function freePort() {
  return new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  // Inside the project, so the built server finds its packages in node_modules.
  const buildDir = path.join(ROOT, "node_modules/.cache", path.basename(tmp));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", BUILD_DIR: buildDir };
  await run(process.execPath, [path.join(ROOT, "node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], env);
  const port = await freePort();
  base = `http://localhost:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "server.ts"], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), DATABASE_PATH: path.join(tmp, "fuzz.db"), PUBLIC_URL: base, SEED_DEMO: "true" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  server = child;
  child.stderr.on("data", (chunk) => (serverLog = (serverLog + chunk).slice(-20_000)));
  let up = false;
  for (let attempt = 0; attempt < 480 && !up && child.exitCode === null; attempt++) {
    up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!up) throw new Error(`the server did not start:\n${serverLog}`);
  for (const [who, email] of Object.entries(ROLES) as [keyof typeof ROLES, string][]) cookies[who] = await logIn(email);
}, 400_000);

afterAll(() => {
  server?.kill("SIGTERM");
  rmSync(tmp, { recursive: true, force: true });
  rmSync(path.join(ROOT, "node_modules/.cache", path.basename(tmp)), { recursive: true, force: true });
});

async function logIn(email: string) {
  const response = await fetch(`${base}/inloggen`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("wm_session="));
  if (!session) throw new Error(`could not log in as ${email}: ${response.status}`);
  return session.split(";")[0]!;
}

type Sent = { status: number; body: string; ms: number };

/** One request; a 5xx or a failed connection is written down with what caused it. */
async function send(label: string, url: string, init: RequestInit & { who?: Who } = {}): Promise<Sent> {
  const headers = new Headers(init.headers);
  const cookie = [cookies[init.who ?? "visitor"], headers.get("Cookie")].filter(Boolean).join("; ");
  if (cookie) headers.set("Cookie", cookie);
  if (init.method === "POST" && !headers.has("Origin")) headers.set("Origin", base);
  const started = performance.now();
  try {
    const response = await fetch(url.startsWith("http") ? url : `${base}${url}`, { ...init, headers, redirect: "manual" });
    const body = await response.text();
    const sent = { status: response.status, body, ms: performance.now() - started };
    if (sent.status >= 500) failures.push(`${sent.status} ${label} as ${init.who ?? "visitor"}`);
    return sent;
  } catch (error) {
    failures.push(`no answer: ${label} as ${init.who ?? "visitor"}: ${(error as Error).message}`);
    return { status: 0, body: "", ms: performance.now() - started };
  }
}

/** Runs tasks a few at a time: enough to be quick, not a load test. */
async function inParallel<T>(items: T[], task: (item: T) => Promise<void>, width = 4) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

/** Real ids from the demo data for each route parameter, so pages get past "not found". */
function demoParams() {
  const db = new Database(path.join(tmp, "fuzz.db"), { readonly: true });
  const one = (sql: string, ...args: unknown[]) => String(Object.values(db.prepare(sql).get(...args) as object)[0]);
  const userId = (email: string) => one("SELECT id FROM users WHERE email = ?", email);
  const org = one("SELECT organisation_id FROM organisation_members WHERE user_id = ?", userId(ROLES.organiser));
  const team = one("SELECT team_id FROM team_members WHERE user_id = ?", userId(ROLES.consultant));
  const household = one("SELECT id FROM households WHERE team_id = ? ORDER BY id", team);
  const params = {
    initiatieven: { slug: one("SELECT slug FROM initiatives WHERE status = 'published' ORDER BY id") },
    organisaties: { slug: one("SELECT slug FROM organisations ORDER BY id") },
    neighbourhoods: { slug: one("SELECT slug FROM neighbourhoods ORDER BY id") },
    vragen: {
      slug: one("SELECT slug FROM collective_needs WHERE status != 'draft' ORDER BY id"),
      id: one("SELECT id FROM collective_needs WHERE team_id = ? ORDER BY id", team),
    },
    "mijn-organisatie": { org, id: one("SELECT id FROM initiatives WHERE organisation_id = ? ORDER BY id", org) },
    "mijn-organisatie-verwijzingen": {
      id: one(
        "SELECT r.id FROM referrals r JOIN initiatives i ON i.id = r.initiative_id WHERE i.organisation_id = ? AND r.status != 'draft' ORDER BY r.id",
        org,
      ),
    },
    huishoudens: {
      id: household,
      needId: one("SELECT id FROM needs WHERE household_id = ? ORDER BY id", household),
      initiativeId: one("SELECT id FROM initiatives WHERE status = 'published' AND accepts_referrals = 1 ORDER BY id"),
    },
    werkplek: { id: one("SELECT id FROM referrals WHERE household_id IN (SELECT id FROM households WHERE team_id = ?) ORDER BY id", team) },
    other: { token: "geen-geldige-uitnodiging", locale: "nl" },
  };
  db.close();
  return params;
}

/** The URL path of a flat route file, with demo ids for its parameters. */
function pathOf(file: string, params: ReturnType<typeof demoParams>): string {
  // `[.]` is an escaped dot inside a segment: split only on the other dots.
  const segments = file.replace(/\.tsx?$/, "").split(/(?<!\[)\.(?!\])/);
  const out: string[] = [];
  for (const raw of segments) {
    const segment = raw.replace(/\[\.\]/g, ".").replace(/_$/, "");
    if (segment === "_index") continue;
    if (segment === "$") {
      out.push("bestaat", "niet");
      continue;
    }
    const param = /^\$(\w+)(.*)$/.exec(segment);
    if (!param) {
      out.push(segment);
      continue;
    }
    const [, name, rest] = param as unknown as [string, string, string];
    const scope =
      out[0] === "mijn-organisatie" && out[1] === "verwijzingen"
        ? params["mijn-organisatie-verwijzingen"]
        : out.includes("huishoudens")
          ? params.huishoudens
          : out[0] === "werkplek" && out[1] === "verwijzingen"
            ? params.werkplek
            : ((params as Record<string, Record<string, string>>)[out[0] === "werkplek" ? "vragen" : (out[0] ?? "")] ?? params.other);
    out.push(`${(scope as Record<string, string>)[name] ?? params.other[name as keyof typeof params.other] ?? "1"}${rest}`);
  }
  return `/${out.join("/")}`;
}

type FoundForm = { action: string; fields: [string, string][] };

/** The post forms on a page, with their fields' current values (hidden intents included). */
function postForms(html: string, page: string): FoundForm[] {
  const forms: FoundForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attributes = match[1]!;
    if (!/method="post"/i.test(attributes)) continue;
    const action = decodeEntities(/action="([^"]*)"/.exec(attributes)?.[1] ?? page);
    const fields: [string, string][] = [];
    for (const field of match[2]!.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
      const name = /\bname="([^"]+)"/.exec(field[2]!)?.[1];
      if (!name) continue;
      fields.push([decodeEntities(name), decodeEntities(/\bvalue="([^"]*)"/.exec(field[2]!)?.[1] ?? "")]);
    }
    forms.push({ action, fields });
  }
  return forms;
}

function decodeEntities(text: string) {
  return text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

const form = (entries: [string, string][]) => new URLSearchParams(entries).toString();
const urlencoded = { "Content-Type": "application/x-www-form-urlencoded" };
/** Fields that decide what the action does keep their value; the rest get the hostile one. */
const KEEP = new Set(["intent", "initiativeId", "organisationId", "userId", "redirectTo", "locale", "homepage_url"]);

describe("fuzzing every route and form", () => {
  const routeFiles = readdirSync(path.join(ROOT, "app/routes")).filter((file) => /\.tsx?$/.test(file) && !file.includes(".test."));

  // Wrong logins count towards the per-address limit, so the tests that must log in come first.
  it("a foreign cookie with bad percent-encoding changes nothing, signed in or not", async () => {
    for (const who of ["visitor", "resident"] as const) {
      for (const page of ["/", "/inloggen", "/initiatieven", "/mijn"]) {
        const sent = await send(`GET ${page} analytics=50%`, page, { who, headers: { Cookie: "analytics=50%" } });
        expect(sent.status, `${page} as ${who}`).toBeLessThan(400);
      }
    }
    const session = await logIn(ROLES.resident);
    const mine = await fetch(`${base}/mijn`, { headers: { Cookie: `analytics=50%; ${session}` }, redirect: "manual" });
    expect(mine.status).toBe(200);
    const logout = await fetch(`${base}/uitloggen`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: `analytics=50%; ${session}`, Origin: base, ...urlencoded },
      body: "",
    });
    expect(logout.status).toBe(302);
  });

  it("after login, a return path that leaves the site or holds CR/LF goes to /", async () => {
    const attempts: [string, string][] = [
      ["/\t/evil.example/", "/"],
      ["/\\evil.example", "/"],
      ["//evil.example", "/"],
      ["/%2F%2Fevil.example", "/"],
      ["/mijn\r\nSet-Cookie: x=1", "/"],
      ["/initiatieven?q=koken", "/initiatieven?q=koken"],
    ];
    for (const [redirectTo, expected] of attempts) {
      const response = await fetch(`${base}/inloggen`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: base, ...urlencoded },
        body: new URLSearchParams({ email: ROLES.resident, password: DEMO_PASSWORD, redirectTo }),
      });
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      expect(new URL(response.headers.get("Location")!, base).origin).toBe(base);
      expect(response.headers.get("Location")).toBe(expected);
    }
  });
  it("answers the 50-byte array body with a quick 400 that holds no huge echo", async () => {
    for (const body of ["x[100000000]=1", "email[100000000]=1", "x[10000000]=1&email=a%40b.nl&password=x"]) {
      const sent = await send(`POST /inloggen ${body}`, "/inloggen", { method: "POST", headers: urlencoded, body });
      expect(sent.status).toBe(400);
      expect(sent.ms).toBeLessThan(1000);
      expect(sent.body.length).toBeLessThan(100_000);
    }
  });

  it("shows the login form again with 400 for Conform's reserved fields", async () => {
    for (const reserved of ["__intent__={", "__intent__=null", "__intent__=1", '__intent__={"type":1}', "__state__={"]) {
      const sent = await send(`POST /inloggen ${reserved}`, "/inloggen", {
        method: "POST",
        headers: urlencoded,
        body: `email=a%40b.nl&password=x&${reserved}`,
      });
      expect(sent.status, reserved).toBe(400);
      expect(sent.body).toContain('name="password"');
    }
  });

  it("refuses bodies that are not forms with 415 or 400, on every action the visitor can reach", async () => {
    for (const page of ["/inloggen", "/registreren", "/taal"]) {
      expect((await send(`POST ${page} json`, page, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" })).status).toBe(415);
      expect((await send(`POST ${page} text`, page, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "a=1" })).status).toBe(415);
      expect((await send(`POST ${page} none`, page, { method: "POST", body: new Blob(["a=1"]) })).status).toBe(415);
      const multipart = await send(`POST ${page} multipart`, page, {
        method: "POST",
        headers: { "Content-Type": "multipart/form-data; boundary=zz" },
        body: "--zz\r\nbad",
      });
      expect(multipart.status).toBe(400);
    }
  });

  it("never answers 5xx, never echoes unknown fields, and keeps answering", async () => {
    const params = demoParams();
    const paths = routeFiles.map((file) => pathOf(file, params));
    const visits = paths.flatMap((page) => (Object.keys(cookies) as Who[]).map((who) => ({ page, who })));

    // Every page as every role, also with garbage cookies, then with hostile query strings.
    const reached: { page: string; who: Who; forms: FoundForm[] }[] = [];
    await inParallel(visits, async ({ page, who }) => {
      const visit = await send(`GET ${page}`, page, { who });
      if (who === "visitor" || who === "consultant") {
        await send(`GET ${page} with bad cookies`, page, { who, headers: { Cookie: "analytics=50%; wm_toast=%zz; wm_lang=%; x" } });
      }
      if (visit.status === 200) reached.push({ page, who, forms: postForms(visit.body, page) });
    });
    expect(reached.length).toBeGreaterThan(routeFiles.length);

    const publicPages = [...new Set(reached.filter((r) => r.who === "visitor").map((r) => r.page))];
    const queryNames = [
      "q",
      "pagina",
      "page",
      "wijk",
      "leefgebied",
      "doelgroep",
      "postcode",
      "km",
      "dag",
      "taal",
      "sort",
      "status",
      "terug",
      "redirectTo",
      "x[100000000]",
    ];
    await inParallel(
      publicPages.flatMap((page) => HOSTILE.map((value) => ({ page, value }))),
      async ({ page, value }) => {
        const query = new URLSearchParams(queryNames.map((name) => [name, value])).toString();
        await send(`GET ${page}?<${value.slice(0, 20)}>`, `${page}?${query}`);
      },
    );
    for (const bad of [
      "/%",
      "/%zz",
      "/initiatieven/%E0%A4%A",
      "/wijken/%ff%fe",
      "/initiatieven?q=%",
      `/vragen/${"%25".repeat(500)}`,
      "/inloggen?terug=%0d%0a",
    ]) {
      await send(`GET ${bad}`, bad);
    }

    // Every post form with every hostile value, and hostile bodies to every page that has one.
    // One post per kind of form: the same form on another row or for another role adds nothing.
    const kinds = new Map<string, { who: Who; form: FoundForm }>();
    for (const { who, forms } of reached) {
      for (const found of forms) {
        if (found.action.startsWith("/uitloggen") && who !== "visitor") continue;
        const kind = `${found.action.replace(/\d+/g, "#")} ${found.fields
          .map(([name]) => name)
          .sort()
          .join(",")}`;
        if (!kinds.has(kind)) kinds.set(kind, { who, form: found });
      }
    }
    const posts = [...kinds.values()];
    const structural = new Set<string>();
    await inParallel(posts, async ({ who, form: found }) => {
      const { action, fields } = found;
      for (const value of HOSTILE) {
        const entries = fields.map(([name, current]): [string, string] => [name, KEEP.has(name) ? current : value]);
        await send(`POST ${action} <${value.slice(0, 20)}>`, action, { who, method: "POST", headers: urlencoded, body: form(entries) });
      }
      // Hostile bodies once per action and role; they never get as far as the fields.
      const target = `${who} ${action}`;
      if (structural.has(target)) return;
      structural.add(target);
      const echo = await send(`POST ${action} stranger`, action, {
        who,
        method: "POST",
        headers: urlencoded,
        body: form([...fields, ["stranger", MARKER], [`${MARKER}x`, "1"]]),
      });
      if (echo.body.includes(MARKER)) failures.push(`POST ${action} as ${who} echoed a field the form does not have`);
      const repeated = fields.flatMap((field) => Array.from({ length: 60 }, () => field));
      await send(`POST ${action} repeated keys`, action, { who, method: "POST", headers: urlencoded, body: form(repeated.length ? repeated : [["x", "1"]]) });
      for (const reserved of ["__intent__={", "__intent__=null", "__intent__=1", '__intent__={"type":1}', "__state__={"]) {
        await send(`POST ${action} ${reserved}`, action, { who, method: "POST", headers: urlencoded, body: `${form(fields)}&${reserved}` });
      }
      const bodies: [string, RequestInit][] = [
        ["json", { headers: { "Content-Type": "application/json" }, body: JSON.stringify(Object.fromEntries(fields)) }],
        ["text", { headers: { "Content-Type": "text/plain" }, body: form(fields) }],
        ["no type", { body: new Blob([form(fields)]) }],
        ["broken multipart", { headers: { "Content-Type": "multipart/form-data; boundary=zz" }, body: "--zz\r\nContent-Disposition: form-data\r\n\r\nx" }],
        ["multipart without boundary", { headers: { "Content-Type": "multipart/form-data" }, body: "x" }],
        ["too big", { headers: urlencoded, body: `x=${"a".repeat(100_000)}` }],
      ];
      for (const [label, init] of bodies) {
        const sent = await send(`POST ${action} ${label}`, action, { who, method: "POST", ...init });
        if (sent.status < 400 && sent.status !== 302 && sent.status !== 303) failures.push(`POST ${action} ${label} as ${who} gave ${sent.status}`);
      }
      const bracket = await send(`POST ${action} x[100000000]`, action, { who, method: "POST", headers: urlencoded, body: "x[100000000]=1" });
      if (bracket.ms > 5000 || bracket.body.length > 200_000)
        failures.push(`POST ${action} x[100000000] as ${who}: ${bracket.ms.toFixed(0)} ms, ${bracket.body.length} bytes`);
    });
    expect(posts.length).toBeGreaterThan(15);

    const health = await send("GET /healthz", "/healthz");
    expect(health.status, `failures:\n${failures.slice(0, 20).join("\n")}\nserver log:\n${serverLog.slice(-3000)}`).toBe(200);
    expect(health.ms).toBeLessThan(2000);
    expect(failures, `server log:\n${serverLog.slice(-3000)}`).toEqual([]);
  }, 300_000);
});
