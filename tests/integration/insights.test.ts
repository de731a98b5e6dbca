/**
 * Who may see which insights page, called as the routes are called, on the demo municipality.
 * A resident and an organiser get no team insights; a policy advisor gets municipality insights
 * but no household page; the numbers on the pages are real and small ones are suppressed.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { households, users } from "~db/schema";
import { seedDemo } from "~db/seed/demo";
import { messages } from "~/locales";
import { createSessionCookie } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

globalThis.__wmMessages = messages;

const cookies: Record<string, string> = {};
const cookieOf = async (email: string) => {
  if (!cookies[email]) {
    const user = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!;
    cookies[email] = (await createSessionCookie(user.id)).split(";")[0]!;
  }
  return cookies[email]!;
};

async function call(loader: (args: LoaderFunctionArgs) => unknown, path: string, email: string | null, params: Record<string, string> = {}) {
  const headers = new Headers(email ? { Cookie: await cookieOf(email) } : {});
  try {
    const result = await loader({ request: new Request(`http://localhost${path}`, { headers }), params, context: {} });
    return { status: result instanceof Response ? result.status : 200, body: result };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, body: thrown };
    throw thrown;
  }
}

const team = () => import("~/routes/werkplek.inzichten._index").then((m) => m.loader);
const teamCsv = () => import("~/routes/werkplek.inzichten.download").then((m) => m.loader);
const municipality = () => import("~/routes/inzichten._index").then((m) => m.loader);
const municipalityCsv = () => import("~/routes/inzichten.download").then((m) => m.loader);
const household = () => import("~/routes/werkplek.huishoudens.$id._index").then((m) => m.loader);

beforeAll(() => {
  seedDemo(db);
}, 60_000);

describe("team insights /werkplek/inzichten", () => {
  it("shows the coordinator's team real numbers, small ones as fewer than 5", async () => {
    const { status, body } = await call(await team(), "/werkplek/inzichten?periode=24", "coordinator@wijkmarkt.demo");
    expect(status).toBe(200);
    const { report } = body as Awaited<ReturnType<Awaited<ReturnType<typeof team>>>>;
    expect(report.neighbourhoods.map((w) => w.name).sort()).toEqual(["Noordoost", "Overvecht"]);
    const cells = report.tables.gaps.rows.flatMap((r) => r.cells);
    expect(cells.some((c) => c.kind === "count" && c.value >= 5)).toBe(true);
    expect(cells.some((c) => c.kind === "small")).toBe(true);
    const overvecht = report.tables.outcomesByDomain.rows.find((r) => "key" in r.head && r.head.key === "vocab.domain.social_network")!;
    expect(overvecht.cells[0]).toMatchObject({ kind: "count" });
  });

  it("refuses a resident, an organiser and a policy advisor, and sends visitors to log in", async () => {
    for (const email of ["bewoner@wijkmarkt.demo", "organisator@wijkmarkt.demo", "gemeente@wijkmarkt.demo"]) {
      expect((await call(await team(), "/werkplek/inzichten", email)).status, email).toBe(403);
      expect((await call(await teamCsv(), "/werkplek/inzichten/download?tabel=gaps", email)).status, email).toBe(403);
    }
    expect((await call(await team(), "/werkplek/inzichten", null)).status).toBe(302);
  });
});

describe("municipality insights /inzichten", () => {
  it("shows the policy advisor every wijk", async () => {
    const { status, body } = await call(await municipality(), "/inzichten?periode=24&wijk=overvecht", "gemeente@wijkmarkt.demo");
    expect(status).toBe(200);
    const { report } = body as Awaited<ReturnType<Awaited<ReturnType<typeof municipality>>>>;
    expect(report.neighbourhoods).toHaveLength(10);
    expect(report.neighbourhood?.slug).toBe("overvecht");
    expect(report.tables.trends.rows).toHaveLength(24);
  });

  it("downloads a table as CSV with a byte-order mark, semicolons and the same suppression", async () => {
    const { status, body } = await call(await municipalityCsv(), "/inzichten/download?tabel=gaps&periode=24", "gemeente@wijkmarkt.demo");
    expect(status).toBe(200);
    const response = body as Response;
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split("\r\n")[0]).toContain("Wijk;Financiën;");
    expect(text).toContain("minder dan 5");
  });

  it("refuses consultants, organisers and residents", async () => {
    for (const email of ["coordinator@wijkmarkt.demo", "organisator@wijkmarkt.demo", "bewoner@wijkmarkt.demo"]) {
      expect((await call(await municipality(), "/inzichten", email)).status, email).toBe(403);
    }
  });

  it("gives the policy advisor no household page", async () => {
    const any = db.select({ id: households.id }).from(households).limit(1).get()!;
    const { status } = await call(await household(), `/werkplek/huishoudens/${any.id}`, "gemeente@wijkmarkt.demo", { id: String(any.id) });
    expect([403, 404]).toContain(status);
  });
});

describe("organisation insights on the dashboard", () => {
  it("shows the organiser their initiatives' referral flow, and not to another organisation's member", async () => {
    const dashboard = (await import("~/routes/mijn-organisatie.$org._index")).loader;
    const own = await call(dashboard, "/mijn-organisatie/buurtkracht-overvecht?periode=24", "organisator@wijkmarkt.demo", { org: "buurtkracht-overvecht" });
    expect(own.status).toBe(200);
    const { insights } = own.body as Awaited<ReturnType<typeof dashboard>>;
    expect(insights?.stages.rows.some((r) => r.cells[0]!.kind === "count")).toBe(true);
    const other = await call(dashboard, "/mijn-organisatie/buurtkracht-overvecht", "henk.dekker@wijkmarkt.demo", { org: "buurtkracht-overvecht" });
    expect([403, 404]).toContain(other.status);
  });
});
