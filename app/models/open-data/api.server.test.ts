/**
 * The HSDS 3.0 API against the official schemas, on the demo municipality plus listings that must
 * never be published: every endpoint, every published record, paging, filters, caching, errors.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { households, initiatives, organisations, postcodes, users } from "~db/schema";
import { seedDemo } from "~db/seed/demo";
import { messages } from "~/locales";
import { getDb, db } from "~/utils/db.server";
import { haversineKm } from "~/utils/geo";
import { createInitiative, createOrganisation } from "#tests/factories/core";
import { hsdsGet, hsdsJson } from "#tests/support/hsds-client";
import { officialExample, schemaErrors, validators } from "#tests/support/hsds-schemas";
import { flipServiceAtLocationId, uuidv5 } from "./ids.server";
import { MAX_PER_PAGE, type Page as Envelope } from "./params";
import { TERMS, termId } from "./taxonomies";

globalThis.__wmMessages = messages;

type Page<T = Record<string, unknown>> = Envelope<T>;
type Item = { id: string; name: string; [key: string]: unknown };

let hidden: { titles: string[]; organisationName: string; draftId: number };

beforeAll(() => {
  seedDemo(getDb());
  // Never public: an unverified organisation with only a draft and a submitted listing, and a
  // verified one's draft, paused and archived listings.
  const unverified = createOrganisation({ name: "Geheime Stichting Nooit Openbaar", verified: false });
  createInitiative(unverified.id, { title: "Zwijgclub concept", status: "draft" });
  createInitiative(unverified.id, { title: "Zwijgclub ingediend", status: "submitted" });
  const verified = createOrganisation({ name: "Open Stichting" });
  const draft = createInitiative(verified.id, { title: "Zwijgclub tweede concept", status: "draft" });
  createInitiative(verified.id, { title: "Zwijgclub gepauzeerd", status: "paused" });
  createInitiative(verified.id, { title: "Zwijgclub gearchiveerd", status: "archived" });
  hidden = {
    titles: ["Zwijgclub concept", "Zwijgclub ingediend", "Zwijgclub tweede concept", "Zwijgclub gepauzeerd", "Zwijgclub gearchiveerd"],
    organisationName: "Geheime Stichting Nooit Openbaar",
    draftId: draft.id,
  };
});

const publishedCount = () =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(initiatives)
    .where(eq(initiatives.status, "published"))
    .get()?.n ?? 0;

async function allPages<T = Item>(path: string, perPage = MAX_PER_PAGE): Promise<T[]> {
  const separator = path.includes("?") ? "&" : "?";
  const first = await hsdsJson<Page<T>>(`${path}${separator}per_page=${perPage}`);
  const rest = [];
  for (let page = 2; page <= first.total_pages; page++) {
    rest.push(...(await hsdsJson<Page<T>>(`${path}${separator}per_page=${perPage}&page=${page}`)).contents);
  }
  return [...first.contents, ...rest];
}

async function ndjson(path: string): Promise<Item[]> {
  const response = hsdsGet(path);
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/x-ndjson; charset=utf-8");
  const text = await response.text();
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Item);
}

describe("the vendored official schemas", () => {
  it("accept the specification's own examples", () => {
    expect(schemaErrors(validators.service, officialExample("service_full"))).toEqual([]);
    expect(schemaErrors(validators.serviceList, officialExample("service_list"))).toEqual([]);
    expect(schemaErrors(validators.taxonomy, officialExample("taxonomy"))).toEqual([]);
    expect(schemaErrors(validators.taxonomyTerm, officialExample("taxonomy_term"))).toEqual([]);
  });

  it("reject what breaks them", () => {
    expect(schemaErrors(validators.service, { id: "not-a-uuid", name: "x", status: "active" })).not.toEqual([]);
    expect(schemaErrors(validators.service, { id: uuidv5("x"), name: "x", status: "open for business" })).not.toEqual([]);
    expect(schemaErrors(validators.serviceList, { contents: [] })).not.toEqual([]);
  });
});

describe("every endpoint, for every published demo record, validates against HSDS 3.0", () => {
  it("/ says which version and where the description is", async () => {
    const root = await hsdsJson("");
    expect(schemaErrors(validators.root, root)).toEqual([]);
    expect(root).toMatchObject({ version: "3.0", openapi_url: "http://localhost:3000/api/hsds/v3/openapi.json" });
    const openapi = await hsdsJson<{ openapi: string; info: { license: { identifier: string } }; paths: object }>("openapi.json");
    expect(openapi.openapi).toBe("3.1.0");
    expect(openapi.info.license.identifier).toBe("CC0-1.0");
    expect(Object.keys(openapi.paths)).toContain("/services/{id}");
  });

  it("/services and /services/{id}", async () => {
    const list = await allPages("services");
    expect(list).toHaveLength(publishedCount());
    expect(list.length).toBeGreaterThan(40);
    expect(schemaErrors(validators.serviceList, await hsdsJson(`services?per_page=${MAX_PER_PAGE}`))).toEqual([]);
    expect(schemaErrors(validators.serviceList, await hsdsJson(`services?per_page=${MAX_PER_PAGE}&full=true`))).toEqual([]);
    expect(schemaErrors(validators.serviceList, await hsdsJson(`services?per_page=${MAX_PER_PAGE}&minimal=true`))).toEqual([]);
    for (const service of list) {
      const full = await hsdsJson<Item>(`services/${service.id}`);
      expect(schemaErrors(validators.service, full), service.name).toEqual([]);
      expect(full.name).toBe(service.name);
    }
  });

  it("/service_at_locations and /service_at_locations/{id}", async () => {
    const list = await allPages<Item & { service_id: string }>("service_at_locations");
    expect(list.length).toBeGreaterThan(30);
    expect(schemaErrors(validators.serviceAtLocationList, await hsdsJson(`service_at_locations?per_page=${MAX_PER_PAGE}`))).toEqual([]);
    for (const atLocation of list) {
      const full = await hsdsJson<{ service: Item; location: { addresses: unknown[] } }>(`service_at_locations/${atLocation.id}`);
      expect(schemaErrors(validators.serviceAtLocation, full)).toEqual([]);
      expect(full.service.id).toBe(atLocation.service_id);
      expect(flipServiceAtLocationId(atLocation.id)).toBe(atLocation.service_id);
    }
  });

  it("/organizations and /organizations/{id}, with and without full services", async () => {
    const list = await allPages("organizations");
    expect(schemaErrors(validators.organizationList, await hsdsJson(`organizations?per_page=${MAX_PER_PAGE}`))).toEqual([]);
    const services = await allPages<Item & { organization_id: string }>("services");
    for (const organisation of list) {
      const full = await hsdsJson<{ services: Item[] }>(`organizations/${organisation.id}`);
      expect(schemaErrors(validators.organization, full), organisation.name).toEqual([]);
      expect(full.services.map((s) => s.id).sort()).toEqual(
        services
          .filter((s) => s.organization_id === organisation.id)
          .map((s) => s.id)
          .sort(),
      );
      const nested = await hsdsJson(`organizations/${organisation.id}?full_service=true`);
      expect(schemaErrors(validators.organization, nested)).toEqual([]);
    }
  });

  it("/taxonomies and /taxonomy_terms, with the ZRM life domains in Dutch and English", async () => {
    const taxonomies = await hsdsJson<Page<Item>>("taxonomies");
    expect(schemaErrors(validators.taxonomyList, taxonomies)).toEqual([]);
    expect(taxonomies.contents.map((t) => t.name)).toEqual(["ZRM-leefgebieden", "Doelgroepen", "Soort aanbod"]);
    for (const taxonomy of taxonomies.contents) expect(schemaErrors(validators.taxonomy, await hsdsJson(`taxonomies/${taxonomy.id}`))).toEqual([]);
    const terms = await allPages<Item & { code: string; language: string }>("taxonomy_terms");
    expect(terms).toHaveLength(TERMS.length);
    expect(schemaErrors(validators.taxonomyTermList, await hsdsJson(`taxonomy_terms?per_page=${MAX_PER_PAGE}`))).toEqual([]);
    for (const term of terms) expect(schemaErrors(validators.taxonomyTerm, await hsdsJson(`taxonomy_terms/${term.id}`))).toEqual([]);
    const domains = await hsdsJson<Page<Item & { code: string; language: string }>>(`taxonomy_terms?taxonomy_id=${taxonomies.contents[0]!.id}`);
    expect(domains.total_items).toBe(26);
    expect(domains.contents.find((t) => t.code === "social_network" && t.language === "nl")?.name).toBe("Sociaal netwerk");
    expect(domains.contents.find((t) => t.code === "social_network" && t.language === "en")?.name).toBe("Social network");
  });

  it("format=ndjson streams every record, each valid, without pages", async () => {
    const lines = await ndjson("services?format=ndjson");
    expect(lines).toHaveLength(publishedCount());
    for (const line of lines) expect(schemaErrors(validators.serviceListItem, line)).toEqual([]);
    const organisationLines = await ndjson("organizations?format=ndjson");
    expect(organisationLines.length).toBe((await hsdsJson<Page>("organizations")).total_items);
  });
});

describe("only what is public", () => {
  it("drafts, listings in moderation, paused and archived ones and unpublished organisations never appear", async () => {
    const everything = JSON.stringify([
      await ndjson("services?format=ndjson&full=true"),
      await ndjson("service_at_locations?format=ndjson"),
      await ndjson("organizations?format=ndjson"),
      await hsdsJson("services?search=zwijgclub"),
    ]);
    for (const title of hidden.titles) expect(everything).not.toContain(title);
    expect(everything).not.toContain(hidden.organisationName);
    // Even a hidden listing's own id (once it has one) finds nothing.
    const id = db.select({ publicId: initiatives.publicId }).from(initiatives).where(eq(initiatives.id, hidden.draftId)).get()?.publicId;
    expect(id).toBeTruthy();
    expect(hsdsGet(`services/${id}`).status).toBe(404);
    const unverifiedId = db
      .select({ publicId: organisations.publicId })
      .from(organisations)
      .where(eq(organisations.name, hidden.organisationName))
      .get()?.publicId;
    expect(hsdsGet(`organizations/${unverifiedId}`).status).toBe(404);
  });

  it("holds no household, referral or resident's name", async () => {
    const everything = JSON.stringify([await ndjson("services?format=ndjson&full=true"), await ndjson("organizations?format=ndjson")]);
    const references = db.select({ reference: households.reference }).from(households).all();
    expect(references.length).toBeGreaterThan(5);
    for (const { reference } of references) expect(everything).not.toContain(reference);
    for (const name of ["Sanne de Vries", "Eva Jansen", "Ruud Bakker", "Fatima Yilmaz"]) expect(everything).not.toContain(name);
    expect(db.select().from(users).where(eq(users.name, "Sanne de Vries")).get()).toBeTruthy();
  });
});

describe("paging", () => {
  it("walks every record exactly once, with a consistent envelope", async () => {
    const total = publishedCount();
    const first = await hsdsJson<Page>("services?per_page=7");
    expect(first).toMatchObject({
      total_items: total,
      total_pages: Math.ceil(total / 7),
      page_number: 1,
      size: 7,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const ids = (await allPages("services", 7)).map((s) => s.id);
    expect(new Set(ids).size).toBe(total);
    const last = await hsdsJson<Page>(`services?per_page=7&page=${first.total_pages}`);
    expect(last).toMatchObject({ last_page: true, first_page: false, size: total - 7 * (first.total_pages - 1) });
  });

  it("a page beyond the last is empty, not an error", async () => {
    const beyond = await hsdsJson<Page>("services?page=9999");
    expect(beyond).toMatchObject({ page_number: 9999, size: 0, empty: true, last_page: true, contents: [] });
    expect(schemaErrors(validators.serviceList, beyond)).toEqual([]);
  });

  it("a huge per_page is cut to the maximum", async () => {
    const page = await hsdsJson<Page>("services?per_page=1000000");
    expect(page.size).toBe(Math.min(MAX_PER_PAGE, publishedCount()));
    expect(page.total_pages).toBe(Math.ceil(publishedCount() / MAX_PER_PAGE));
  });

  it.each(["page=0", "page=-1", "page=abc", "page=1.5", "per_page=0", "per_page=-5", "per_page=ten", "page=99999999999999999999"])(
    "refuses %s with a 400 in JSON that names the parameter",
    async (query) => {
      const response = hsdsGet(`services?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      const body = (await response.json()) as { status: number; message: string };
      expect(body.status).toBe(400);
      expect(body.message).toContain(query.split("=")[0]);
    },
  );
});

describe("filters", () => {
  const term = (code: string) => termId("life_domain", code, "nl");

  it("combine as AND: organisation, life domain and search together", async () => {
    const services = await allPages<Item & { organization_id: string }>("services?full=true");
    const withDomain = (service: Item, code: string) =>
      (service.attributes as { taxonomy_term: { code: string } }[]).some((attribute) => attribute.taxonomy_term.code === code);
    const organisationId = services[0]!.organization_id;
    const ofOrganisation = services.filter((s) => s.organization_id === organisationId);
    const inDomain = ofOrganisation.filter((s) => withDomain(s, "social_network"));
    expect(inDomain.length).toBeGreaterThan(0);
    expect(inDomain.length).toBeLessThan(services.filter((s) => withDomain(s, "social_network")).length);

    const filtered = await allPages(`services?organization_id=${organisationId}&taxonomy_term_id=${term("social_network")}`);
    expect(filtered.map((s) => s.id).sort()).toEqual(inDomain.map((s) => s.id).sort());

    const word = inDomain[0]!.name.split(/\s+/)[0]!.toLowerCase();
    const searched = await allPages(`services?organization_id=${organisationId}&taxonomy_term_id=${term("social_network")}&search=${encodeURIComponent(word)}`);
    expect(searched.length).toBeGreaterThan(0);
    for (const service of searched) expect(inDomain.map((s) => s.id)).toContain(service.id);
    // The English term of the same domain selects the same services.
    expect((await allPages(`services?taxonomy_term_id=${termId("life_domain", "social_network", "en")}`)).length).toBe(
      services.filter((s) => withDomain(s, "social_network")).length,
    );
  });

  it("modified_after returns only what changed on or after that moment", async () => {
    const [first] = await allPages("services");
    const future = new Date(Date.now() + 24 * 3600 * 1000);
    db.update(initiatives).set({ updatedAt: future }).where(eq(initiatives.publicId, first!.id)).run();
    const changed = await allPages(`services?modified_after=${encodeURIComponent(new Date(future.getTime() - 1000).toISOString())}`);
    expect(changed.map((s) => s.id)).toEqual([first!.id]);
    expect(hsdsGet("services?modified_after=gisteren").status).toBe(400);
    expect(hsdsGet("services?modified_after=2026-13-45").status).toBe(400);
  });

  it("an unknown but well-formed id matches nothing; a malformed one is a 400", async () => {
    const unknown = uuidv5("nothing here");
    for (const parameter of ["taxonomy_term_id", "taxonomy_id", "organization_id"]) {
      expect((await hsdsJson<Page>(`services?${parameter}=${unknown}`)).total_items).toBe(0);
      expect(hsdsGet(`services?${parameter}=12345`).status).toBe(400);
    }
  });

  it("postcode and proximity find the places within that many metres of the postcode", async () => {
    const pc4 = "3562";
    const centre = db.select().from(postcodes).where(eq(postcodes.pc4, pc4)).get()!;
    const near = await allPages<{ location: { latitude: number; longitude: number } } & Item>(`service_at_locations?postcode=${pc4}&proximity=1500`);
    const all = await allPages<{ location: { latitude: number; longitude: number } } & Item>("service_at_locations");
    const expected = all.filter((s) => haversineKm(centre.lat, centre.lng, s.location.latitude, s.location.longitude) <= 1.5);
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(all.length);
    expect(near.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
    // Combined with a life domain, still only nearby ones.
    const nearInDomain = await allPages(`service_at_locations?postcode=${pc4}&proximity=1500&taxonomy_term_id=${term("social_network")}`);
    for (const s of nearInDomain) expect(near.map((n) => n.id)).toContain(s.id);
  });

  it.each([
    ["postcode=12", "postcode"],
    ["postcode=9999", "postcode"],
    ["proximity=500", "proximity"],
    ["postcode=3562&proximity=far", "proximity"],
  ])("refuses %s", async (query, name) => {
    const response = hsdsGet(`service_at_locations?${query}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(name);
  });
});

describe("HTTP", () => {
  it("an unknown or malformed id is a 404 in JSON on every record endpoint", async () => {
    for (const collection of ["services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms"]) {
      for (const id of [uuidv5(`unknown ${collection}`), "1", "' OR 1=1 --", "%F0%9F%92%A9"]) {
        const response = hsdsGet(`${collection}/${encodeURIComponent(id)}`);
        expect(response.status, `${collection}/${id}`).toBe(404);
        expect(((await response.json()) as { message: string }).message).toContain(collection.replace(/s$/, "").replace(/ie$/, "y"));
      }
    }
  });

  it("ETag round trip: the same answer is a 304, a change gives a new ETag", async () => {
    const first = hsdsGet("services?per_page=5");
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("Last-Modified")).toBeTruthy();
    expect(first.headers.get("Cache-Control")).toContain("max-age");
    const again = hsdsGet("services?per_page=5", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const page = (await first.json()) as Page<Item>;
    db.update(initiatives).set({ title: "Nieuwe naam", updatedAt: new Date() }).where(eq(initiatives.publicId, page.contents[0]!.id)).run();
    const changed = hsdsGet("services?per_page=5", { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
  });

  it("is open to other sites for reading and kept out of search indexes", () => {
    const response = hsdsGet("taxonomies");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Expose-Headers")).toContain("ETag");
    expect(response.headers.get("X-Robots-Tag")).toBe("noindex");
  });
});

describe("stable ids", () => {
  it("are UUIDv5 of the slug when first given, and stay when the slug or the row changes", async () => {
    const [service] = await allPages("services", 1);
    const row = db.select().from(initiatives).where(eq(initiatives.publicId, service!.id)).get()!;
    // A reseed of unchanged data makes the same slug, hence the same id.
    expect(service!.id).toBe(uuidv5(`initiative:${row.slug}`));
    db.update(initiatives)
      .set({ slug: `${row.slug}-hernoemd` })
      .where(eq(initiatives.id, row.id))
      .run();
    expect((await hsdsJson<Item>(`services/${service!.id}`)).url).toContain("-hernoemd");
  });

  it("the RFC 9562 example gives the RFC's UUIDv5", () => {
    expect(uuidv5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("a service_at_location id turns back into its service id, and differs from it", () => {
    const id = uuidv5("a service");
    expect(flipServiceAtLocationId(id)).not.toBe(id);
    expect(flipServiceAtLocationId(flipServiceAtLocationId(id))).toBe(id);
  });
});
