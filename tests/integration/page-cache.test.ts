/**
 * The rendered-response cache on the real production server (decision 018): a visitor's page is
 * served from memory, yet every kind of change is on the very next request; signed-in people and
 * flash messages never get a stored page; stored pages carry script hashes instead of a nonce.
 */
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initiatives } from "~db/schema";
import { createSessionCookie } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { supportNeed, pledgeToNeed } from "~/models/collective-need";
import { changeListingStatus, createListing, updateListing } from "~/models/listing.server";
import { approveListing, pauseListingAsAdmin } from "~/models/moderation.server";
import { updateOrganisation } from "~/models/organisation.server";
import { toastCookie } from "~/utils/toast.server";
import { createOrganisationWithOwner, createUser } from "#tests/factories/core";
import { createOvervecht, listingInput } from "#tests/factories/organisation";
import { ensureTestBuild, startServer, type ServerProcess } from "../support/server";
import { buildCollectiveNeed } from "#tests/factories/collective-need";

let server: ServerProcess;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  await ensureTestBuild();
  createOvervecht();
  server = await startServer(getEnv().DATABASE_PATH, { SEED_DEMO: "false" });
}, 300_000);
afterAll(() => {
  server?.child.kill("SIGTERM");
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}${path}`, { headers, redirect: "manual" });

/** Asks until the page comes from the cache (it is stored a moment after the first answer). */
async function cachedPage(path: string, headers: Record<string, string> = {}): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await get(path, headers);
    expect(response.status).toBe(200);
    const body = await response.text();
    if (response.headers.get("x-cache") === "hit") return body;
    await sleep(20);
  }
  throw new Error(`${path} never came from the cache`);
}

/** The very next request after a change: never the stored page. */
async function nextPage(path: string): Promise<{ status: number; body: string; cache: string | null }> {
  const response = await get(path);
  return { status: response.status, body: await response.text(), cache: response.headers.get("x-cache") };
}

/** A verified organisation with one published listing. */
function publishedListing(title: string) {
  const { organisation, owner } = createOrganisationWithOwner({ name: `Buurthuis ${title}` });
  const created = createListing(owner, organisation.id, listingInput({ title }));
  if (!created.ok) throw new Error(created.error);
  expect(changeListingStatus(owner, created.id, "submit").ok).toBe(true);
  const admin = createUser({ isAdmin: true });
  approveListing(admin, created.id);
  return { organisation, owner, admin, id: created.id };
}

const slugOf = (listingId: number) => db.select({ slug: initiatives.slug }).from(initiatives).where(eq(initiatives.id, listingId)).get()!.slug;

describe("visitor pages from the cache", () => {
  it("serves a stored page with an ETag, a 304, and headers that let a proxy cache it safely", async () => {
    await cachedPage("/wijken");
    const response = await get("/wijken");
    expect(response.headers.get("x-cache")).toBe("hit");
    expect(response.headers.get("cache-control")).toBe("public, no-cache");
    expect(response.headers.get("vary")).toContain("Cookie");
    expect(response.headers.get("vary")).toContain("Accept-Language");
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    const again = await get("/wijken", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // A page rendered again (not stored yet) for a client that holds it: a 304 without a body length.
    const first = await get("/wijken?weergave=lijst");
    expect(first.headers.get("x-cache")).toBe("miss");
    const revalidated = await get("/wijken?weergave=lijst", { "If-None-Match": first.headers.get("etag")! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("x-cache")).toBe("miss");
    expect(revalidated.headers.get("content-length")).toBeNull();
    const compressed = await fetch(`${server.baseUrl}/wijken`, { headers: { "Accept-Encoding": "br" } });
    expect(compressed.headers.get("content-encoding")).toBe("br");
    expect(await compressed.text()).toContain("<html");
  });

  it("keeps the languages apart: ?lang=en, the language cookie and Accept-Language", async () => {
    const dutch = await cachedPage("/wijken");
    const english = await cachedPage("/wijken?lang=en");
    expect(dutch).toContain('lang="nl"');
    expect(english).toContain('lang="en"');
    expect(await cachedPage("/wijken", { "Accept-Language": "en-GB,en;q=0.9" })).toContain('lang="en"');
    expect(await cachedPage("/wijken", { "Accept-Language": "nl-NL" })).toContain('lang="nl"');
  });

  it("allows each inline script of a stored page by its hash and sends no nonce", async () => {
    await cachedPage("/");
    const response = await get("/");
    const html = await response.text();
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).not.toContain("'nonce-");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((match) => !/\bsrc=/.test(match[1]!));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const hash = createHash("sha256").update(script[2]!, "utf8").digest("base64");
      expect(csp).toContain(`'sha256-${hash}'`);
    }
    expect(html).not.toMatch(/nonce="[^"]+"/);
  });

  it("never serves a stored page to someone signed in or with a flash message", async () => {
    const user = createUser({ name: "Ingelogde Inwoner" });
    await cachedPage("/");
    const cookie = (await createSessionCookie(user.id)).split(";")[0]!;
    const signedIn = await get("/", { Cookie: cookie });
    expect(signedIn.headers.get("x-cache")).toBeNull();
    expect(await signedIn.text()).toContain("Ingelogde Inwoner");
    // A signed-in page keeps its own nonce, new on every response.
    const nonces = await Promise.all(
      [1, 2].map(async () => /'nonce-([^']+)'/.exec((await get("/", { Cookie: cookie })).headers.get("content-security-policy") ?? "")?.[1]),
    );
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);

    const flash = (await toastCookie({ key: "common.saved" })).split(";")[0]!;
    const withFlash = await get("/", { Cookie: flash });
    expect(withFlash.headers.get("x-cache")).toBeNull();
    expect(withFlash.headers.get("set-cookie")).toContain("wm_toast");
  });

  it("keeps a page only from its second request on, so one-off addresses do not fill the store", async () => {
    const once = "/wijken?eenmalig=1";
    expect((await nextPage(once)).cache).toBe("miss");
    await sleep(300);
    // Stored only now, after this second answer.
    expect((await nextPage(once)).cache).toBe("miss");
    expect(await cachedPage(once)).toContain("</html>");
  });

  it("shows a listing published, edited, paused by its organisation and paused by moderation on the next request", async () => {
    const search = "/initiatieven?q=Klaverjassen";
    // A search without results is a gap signal that every visitor's request must reach: never stored.
    expect((await nextPage(search)).cache).toBeNull();
    expect((await nextPage(search)).cache).toBeNull();
    publishedListing("Klaverjassen Zuid");
    expect(await cachedPage(search)).not.toContain("Klaverjassen Noord");
    const { owner, admin, id, organisation } = publishedListing("Klaverjassen Noord");
    const published = await nextPage(search);
    expect(published.cache).toBe("miss");
    expect(published.body).toContain("Klaverjassen Noord");

    const slug = slugOf(id);
    expect(await cachedPage(`/initiatieven/${slug}`)).toContain("Klaverjassen Noord");
    expect(updateListing(owner, id, listingInput({ title: "Klaverjassen Noord en Zuid" })).ok).toBe(true);
    expect((await nextPage(`/initiatieven/${slug}`)).body).toContain("Klaverjassen Noord en Zuid");

    expect(await cachedPage(`/organisaties/${organisation.slug}`)).toContain("Klaverjassen Noord en Zuid");
    expect(changeListingStatus(owner, id, "pause").ok).toBe(true);
    expect((await nextPage(`/organisaties/${organisation.slug}`)).body).not.toContain("Klaverjassen Noord en Zuid");
    expect((await nextPage(`/initiatieven/${slug}`)).status).toBe(404);

    const second = publishedListing("Breiclub Overvecht");
    const secondSlug = slugOf(second.id);
    expect(await cachedPage(`/initiatieven/${secondSlug}`)).toContain("Breiclub Overvecht");
    expect(pauseListingAsAdmin(admin, second.id, "Klopt niet meer").ok).toBe(true);
    expect((await nextPage(`/initiatieven/${secondSlug}`)).status).toBe(404);
  });

  it("shows an organisation's new name on the next request", async () => {
    const { organisation, owner } = publishedListing("Zangkoor De Lijster");
    expect(await cachedPage(`/organisaties/${organisation.slug}`)).toContain(organisation.name);
    const changed = updateOrganisation(owner, organisation.id, {
      name: "Stichting De Nieuwe Lijster",
      kind: organisation.kind,
      description: organisation.description,
      email: organisation.email ?? "info@example.org",
      website: undefined,
      phone: undefined,
      kvkNumber: undefined,
    });
    expect(changed.ok).toBe(true);
    expect((await nextPage(`/organisaties/${organisation.slug}`)).body).toContain("Stichting De Nieuwe Lijster");
  });

  it("shows a support and a pledge on a collective need on the next request", async () => {
    const {
      need,
      items: [item],
    } = buildCollectiveNeed({ title: "Samen koken op dinsdag", checklist: [{ kind: "volunteers", quantity: 3 }] });
    const page = `/vragen/${need.slug}`;
    expect(await cachedPage(page)).toContain("0 mensen steunen deze vraag");
    expect(supportNeed(createUser(), { needId: need.id, kind: "support" }).ok).toBe(true);
    expect((await nextPage(page)).body).toContain("1 persoon steunt deze vraag");

    expect(await cachedPage(page)).toContain("Nog geen toezeggingen");
    const pledged = pledgeToNeed(createUser({ name: "Gerrit Helper" }), {
      needId: need.id,
      checklistItemId: item.id,
      amount: 1,
      message: "Ik kook mee",
      showName: true,
    });
    expect(pledged.ok).toBe(true);
    const next = await nextPage(page);
    expect(next.body).not.toContain("Nog geen toezeggingen");
    expect(next.body).toContain("Gerrit Helper");
  });
});
