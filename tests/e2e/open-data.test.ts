import { expect, test } from "./fixtures";
import { expectAccessible, logIn } from "./support";

// Run: E2E_PORT=3105 BUILD_DIR=build-opendata npx playwright test tests/e2e/open-data.test.ts

test.describe("open data", () => {
  // Each journey visits several pages with an axe check; on a busy machine that takes a while.
  test.describe.configure({ timeout: 150_000 });
  test("the open-data page explains what is published, in Dutch and in English, with working examples", async ({ page }) => {
    await page.goto("/open-data");
    await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wat we delen" })).toBeVisible();
    await expect(page.getByText(/We delen nooit huishoudens/)).toBeVisible();
    await expect(page.getByRole("link", { name: "CC0 1.0 Universal" })).toBeVisible();
    await expect(page.getByText(/Human Services Data Specification: an Open Referral resource/)).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/open-data$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/open-data\?lang=en$/);
    await expectAccessible(page);

    // Every example link answers.
    const examples = page.getByRole("link", { name: /^Voorbeeld/ });
    expect(await examples.count()).toBeGreaterThanOrEqual(8);
    for (const href of await examples.evaluateAll((links) => links.map((link) => link.getAttribute("href")!))) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    const services = await (await page.request.get("/api/hsds/v3/services?per_page=5")).json();
    expect(services.contents).toHaveLength(5);
    expect(services.total_items).toBeGreaterThan(40);

    const csv = await page.request.get("/open-data/aanbod.csv");
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    await page.goto("/open-data?lang=en");
    await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "What we share" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download the directory (CSV)" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/open-data\?lang=en$/);
    await expectAccessible(page);
  });

  test("an initiative offers 'Zet in je agenda' and tells search engines what it is", async ({ page }) => {
    await page.goto("/initiatieven/taalcafe-overvecht");
    await expect(page.getByRole("heading", { level: 1, name: "Taalcafé Overvecht" })).toBeVisible();
    const add = page.getByRole("link", { name: "Zet in je agenda" });
    await expect(add).toBeVisible();
    await expectAccessible(page);

    const calendar = await page.request.get((await add.getAttribute("href"))!);
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const text = await calendar.text();
    expect(text).toContain("SUMMARY:Taalcafé Overvecht");
    expect(text).toContain("RRULE:FREQ=WEEKLY;BYDAY=TU");
    expect(text).toMatch(/DTSTART;TZID=Europe\/Amsterdam:\d{8}T100000/);

    // The server's HTML carries the structured data; its scripts are allowed by a nonce, or by their
    // hashes when the page is one the visitor cache stores for everyone (decision 018).
    const html = await (await page.request.get("/initiatieven/taalcafe-overvecht")).text();
    const script = /<script type="application\/ld\+json" nonce="([^"]*)">(.*?)<\/script>/.exec(html);
    expect(script).not.toBeNull();
    expect(JSON.parse(script![2]!)).toMatchObject({ "@type": "Event", name: "Taalcafé Overvecht", organizer: { name: "Stichting Buurtkracht Overvecht" } });
    const csp = (await page.request.get("/initiatieven/taalcafe-overvecht")).headers()["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' ('nonce-|'sha256-)/);

    await page.goto("/wijken/overvecht");
    await expect(page.getByRole("link", { name: "Abonneer op de agenda van deze wijk" })).toHaveAttribute(
      "href",
      /^webcal:\/\/.+\/wijken\/overvecht\/agenda\.ics$/,
    );
    await expectAccessible(page);
    const neighbourhoodCalendar = await (await page.request.get("/wijken/overvecht/agenda.ics")).text();
    expect(neighbourhoodCalendar).toContain("SUMMARY:Taalcafé Overvecht");
  });

  test("a resident makes a private calendar link on /mijn, uses it and revokes it", async ({ page, freshUser }) => {
    // A resident of its own: the calendar link is a setting of the account.
    const resident = await freshUser();
    await logIn(page, resident.email, resident.password);
    await page.goto("/mijn");
    const section = page.getByRole("region", { name: "Mijn agenda" });
    await expect(section.getByText("Je hebt nog geen agenda-link.")).toBeVisible();
    await section.getByRole("button", { name: "Maak een agenda-link" }).click();

    const link = page.getByLabel("Je agenda-link");
    await expect(link).toHaveValue(/\/agenda\/[A-Za-z0-9_-]{43}\/vrijwilligerswerk\.ics$/);
    await expect(section.getByText(/Je agenda-link werkt sinds/)).toBeVisible();
    await expect(section.getByRole("link", { name: "Open in je agenda-app" })).toHaveAttribute("href", /^webcal:/);
    await expectAccessible(page);

    const feedUrl = new URL(await link.inputValue());
    const feed = await page.request.get(feedUrl.pathname);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain("X-WR-CALNAME:Mijn vrijwilligerswerk · Wijkmarkt");

    // The secret is shown once: after a reload it is gone from the page.
    await page.reload();
    await expect(page.getByLabel("Je agenda-link")).toHaveCount(0);

    await section.getByRole("button", { name: "Link intrekken" }).click();
    await expect(page.getByText("Je agenda-link werkt niet meer.")).toBeVisible();
    await expect(section.getByText("Je hebt nog geen agenda-link.")).toBeVisible();
    expect((await page.request.get(feedUrl.pathname)).status()).toBe(404);
  });
});
