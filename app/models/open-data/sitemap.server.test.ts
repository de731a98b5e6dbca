import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { JsonLd } from "~/components/open-data/json-ld";
import { getInitiativePage, getNeighbourhoodPage, getOrganisationPage } from "~/models/directory.server";
import { loader as robotsLoader } from "~/routes/robots[.]txt";
import { loader as sitemapLoader } from "~/routes/sitemap[.]xml";
import { NonceProvider } from "~/utils/nonce";
import { createInitiative, createNeighbourhood, createOrganisation } from "#tests/factories/core";
import { initiativeJsonLd, neighbourhoodJsonLd, organisationJsonLd } from "./json-ld";

const site = { baseUrl: "https://wijkmarkt.example", municipality: "Utrecht" };
const neighbourhood = createNeighbourhood({ name: "Lunetten" });
const organisation = createOrganisation({ name: "Buurthuis Lunetten" });
const unverified = createOrganisation({ name: "Nog niet bekeken", verified: false });
const published = createInitiative(organisation.id, {
  title: "Samen koken </script><script>alert(1)</script>",
  neighbourhoodId: neighbourhood.id,
  at: [52.07, 5.14],
  isFree: true,
  slots: [[3, "17:30", "20:00"]],
});
const draft = createInitiative(organisation.id, { title: "Concept", status: "draft" });
createInitiative(unverified.id, { title: "Wacht op controle", status: "submitted" });

const get = (loader: (args: never) => Response) => loader({ request: new Request("http://localhost:3000/x"), params: {}, context: {} } as never).text();

describe("sitemap.xml", () => {
  it("lists the public pages with lastmod and their English alternate, and nothing else", async () => {
    const xml = await get(sitemapLoader as never);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toMatch(new RegExp(`<loc>http://localhost:3000/initiatieven/${published.slug}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T`));
    expect(xml).toContain(`hreflang="en" href="http://localhost:3000/initiatieven/${published.slug}?lang=en"`);
    expect(xml).toContain(`/organisaties/${organisation.slug}</loc>`);
    expect(xml).toContain(`/wijken/${neighbourhood.slug}</loc>`);
    expect(xml).toContain("<loc>http://localhost:3000/open-data</loc>");
    expect(xml).not.toContain(draft.slug);
    expect(xml).not.toContain(`/organisaties/${unverified.slug}<`);
    expect(xml).not.toContain("/werkplek");
  });
});

describe("robots.txt", () => {
  it("points to the sitemap and keeps the workspace, accounts, private feeds and API out", async () => {
    const text = await get(robotsLoader as never);
    expect(text).toContain("Sitemap: http://localhost:3000/sitemap.xml");
    for (const path of ["/werkplek", "/mijn", "/beheer", "/account", "/api/", "/agenda/"]) expect(text).toContain(`Disallow: ${path}\n`);
    expect(text).not.toContain("Disallow: /initiatieven");
  });
});

describe("JSON-LD", () => {
  it("describes an activity as an Event with its weekly schedule, place, organiser and price", () => {
    const page = getInitiativePage(published.slug)!;
    const data = initiativeJsonLd(page, site, new Date("2026-01-05T12:00:00Z")) as Record<string, unknown>;
    expect(data).toMatchObject({
      "@type": "Event",
      startDate: "2026-01-07T17:30:00+01:00",
      eventSchedule: [
        {
          "@type": "Schedule",
          byDay: "https://schema.org/Wednesday",
          startTime: "17:30",
          endTime: "20:00",
          repeatFrequency: "P1W",
          scheduleTimezone: "Europe/Amsterdam",
        },
      ],
      location: { "@type": "Place", address: { addressLocality: "Utrecht", addressCountry: "NL" } },
      organizer: { name: "Buurthuis Lunetten", url: `https://wijkmarkt.example/organisaties/${organisation.slug}` },
      offers: { price: 0, priceCurrency: "EUR" },
    });
  });

  it("describes organisations and wijken", () => {
    expect(organisationJsonLd(getOrganisationPage(organisation.slug)!, site)).toMatchObject({ "@type": "Organization", name: "Buurthuis Lunetten" });
    expect(neighbourhoodJsonLd(getNeighbourhoodPage(neighbourhood.slug)!, site)).toMatchObject({ "@type": "Place", name: "Lunetten" });
  });

  it("renders with the CSP nonce, and no text in it can close the script", () => {
    const data = initiativeJsonLd(getInitiativePage(published.slug)!, site);
    const html = renderToStaticMarkup(createElement(NonceProvider, { value: "abc123" }, createElement(JsonLd, { data })));
    expect(html.startsWith('<script type="application/ld+json" nonce="abc123">')).toBe(true);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(html.replace(/^<script[^>]*>/, "").replace(/<\/script>$/, "")).name).toContain("</script>");
  });
});
