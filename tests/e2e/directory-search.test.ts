import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support";

// Run: E2E_PORT=3101 BUILD_DIR=build-directory npx playwright test tests/e2e/directory-search.test.ts

const TAALCAFE = "Taalcafé Overvecht";

/**
 * axe runs as a script in the page, which a page without JavaScript cannot do: check the same
 * address (the same server-rendered HTML) in a context that allows scripts.
 */
async function expectAccessibleWithoutScripts(browser: Browser, page: Page) {
  const context = await browser.newContext({ javaScriptEnabled: true, locale: "nl-NL" });
  try {
    const checked = await context.newPage();
    await checked.goto(page.url());
    await expectAccessible(checked);
  } finally {
    await context.close();
  }
}

async function checkAccessible(page: Page, browser?: Browser) {
  if (browser) await expectAccessibleWithoutScripts(browser, page);
  else await expectAccessible(page);
}

/** Opens the Taalcafé from the results, checks its page, and goes back to the same results. */
async function openTaalcafeAndCheck(page: Page, results: RegExp, browser?: Browser) {
  await page.getByRole("link", { name: TAALCAFE }).click();
  await expect(page).toHaveURL(/\/initiatieven\/taalcafe-overvecht\?zoek=[^&]*postcode%3D3562(%26|$)/);
  await expect(page.getByRole("heading", { level: 1, name: TAALCAFE })).toBeVisible();
  await expect(page.getByText("elke dinsdag 10:00–12:00")).toBeVisible();
  await expect(page.getByText("elke donderdag 19:00–21:00")).toBeVisible();
  await expect(page.getByText(/km van postcode 3562/)).toBeVisible();
  await expect(page.getByText("Er is een ringleiding")).toBeVisible();
  await expect(page.getByText(/Laatst bevestigd op/)).toBeVisible();
  await expect(page).toHaveTitle(/Taalcafé Overvecht · Wijkmarkt/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Oefen Nederlands/);
  await checkAccessible(page, browser);
  // Back to the same results; the postcode comes back as its four digits only.
  await page.getByRole("link", { name: "Terug naar zoeken" }).click();
  await expect(page).toHaveURL(results);
  await expect(page.getByRole("link", { name: TAALCAFE })).toBeVisible();
}

test.describe("a visitor with JavaScript", () => {
  test("searches with filters, sees results update in place, and opens an initiative", async ({ page }) => {
    await page.goto("/initiatieven");
    await expect(page.getByRole("heading", { level: 1, name: "Initiatieven zoeken" })).toBeVisible();
    await expectAccessible(page);
    // Wait for hydration, then mark the window: a full page load would lose the mark.
    await page.waitForFunction(() => (window as unknown as { __remixContext?: unknown }).__remixContext !== undefined);
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    await page.getByLabel("Zoekwoord", { exact: true }).fill("taal");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=taal/);

    await page.getByLabel("Leefgebied", { exact: true }).selectOption({ label: "Sociaal netwerk" });
    await expect(page).toHaveURL(/leefgebied=social_network/);
    await page.getByLabel("Gratis", { exact: true }).check();
    await expect(page).toHaveURL(/gratis=1/);
    await page.getByLabel("Je postcode", { exact: true }).fill("3562 JT");
    await page.getByLabel("Afstand", { exact: true }).selectOption({ label: "Binnen 2 km" });
    await expect(page).toHaveURL(/afstand=2/);
    await expect(page).toHaveURL(/postcode=3562\+JT|postcode=3562%20JT/);

    await expect(page.getByRole("status")).toContainText(/gevonden/);
    await expect(page.getByRole("link", { name: TAALCAFE })).toBeVisible();
    await expect(page.getByText(/km van je postcode/).first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await expectAccessible(page);

    await openTaalcafeAndCheck(page, /\/initiatieven\?q=taal&leefgebied=social_network&postcode=3562&afstand=2&gratis=1$/);
    await expect(page.getByLabel("Zoekwoord", { exact: true })).toHaveValue("taal");
  });

  test("goes back from an initiative to the results it was found in", async ({ page }) => {
    await page.goto("/initiatieven?q=taal&wijk=overvecht");
    await page.getByRole("link", { name: TAALCAFE }).click();
    await expect(page).toHaveURL(/\/initiatieven\/taalcafe-overvecht\?zoek=q%3Dtaal%26wijk%3Dovervecht$/);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Terug naar zoeken" }).click();
    await expect(page).toHaveURL(/\/initiatieven\?q=taal&wijk=overvecht$/);
    await expect(page.getByLabel("Zoekwoord", { exact: true })).toHaveValue("taal");
    await expect(page.getByRole("combobox", { name: "Wijk" })).toHaveValue("overvecht");

    // A hand-made link cannot send anyone off the site: only a search on /initiatieven comes back.
    await page.goto(`/initiatieven/taalcafe-overvecht?zoek=${encodeURIComponent("//evil.example/?q=x")}`);
    await expect(page.getByRole("link", { name: "Terug naar zoeken" })).toHaveAttribute("href", "/initiatieven");
    await page.goto(`/initiatieven/taalcafe-overvecht?zoek=${encodeURIComponent("q=a&wijk=https://evil.example")}`);
    await expect(page.getByRole("link", { name: "Terug naar zoeken" })).toHaveAttribute("href", "/initiatieven?q=a");
  });

  test("gets clear help when nothing is found", async ({ page }) => {
    await page.goto("/initiatieven?q=paardrijden&leefgebied=finances");
    await expect(page.getByRole("heading", { name: "Niets gevonden" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Zonder zoekwoord “paardrijden”" }).click();
    await expect(page).toHaveURL(/\/initiatieven\?leefgebied=finances$/);
    await expect(page.getByRole("status")).toContainText(/gevonden/);
    await expect(page.getByLabel("Zoekwoord", { exact: true })).toHaveValue("");
  });
});

test.describe("a visitor on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("sees the results first, with when each activity takes place, and opens the folded filters", async ({ page }) => {
    await page.goto("/initiatieven?q=taal");
    await page.waitForFunction(searchFormHydrated);
    const domain = page.getByRole("combobox", { name: "Leefgebied" });
    await expect(domain).toBeHidden();
    const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: TAALCAFE }) });
    await expect(card.getByText("Wanneer: elke dinsdag 10:00–12:00; elke donderdag 19:00–21:00")).toBeVisible();
    // The first result starts within the first screen, above where the filters would be.
    const top = await page
      .getByRole("article")
      .first()
      .evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    await expectAccessible(page);

    await page.locator("summary").filter({ hasText: "Filters" }).click();
    await expect(domain).toBeVisible();
    await domain.selectOption({ label: "Sociaal netwerk" });
    await expect(page).toHaveURL(/\/initiatieven\?q=taal&leefgebied=social_network$/);
    await expect(page.getByText("1 aan")).toBeVisible();
    await expectAccessible(page);
  });

  test("opens the filters without JavaScript too", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/initiatieven?gratis=1");
    await expect(page.getByRole("combobox", { name: "Leefgebied" })).toBeHidden();
    await page.locator("summary").filter({ hasText: "Filters" }).click();
    await page.getByRole("combobox", { name: "Dag" }).selectOption({ label: "dinsdag" });
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await expect(page).toHaveURL(/\/initiatieven\?dag=2&gratis=1$/);
    await expect(page.getByText("2 aan")).toBeVisible();
    await context.close();
  });
});

test.describe("a visitor on a slow connection", () => {
  test("keeps what was typed before the page's scripts loaded", async ({ page }) => {
    // The script modules arrive only after the visitor typed into the server-rendered form (at
    // least 1.5 s late, however slow the machine running the test is).
    let release!: () => void;
    const typed = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.+\.js$/, async (route) => {
      await Promise.all([typed, new Promise((resolve) => setTimeout(resolve, 1500))]);
      await route.continue();
    });
    await page.goto("/initiatieven?wijk=overvecht", { waitUntil: "commit" });
    const query = page.getByLabel("Zoekwoord", { exact: true });
    const postcode = page.getByLabel("Je postcode", { exact: true });
    await query.fill("taal");
    await postcode.fill("3562 JT");
    expect(await page.evaluate(searchFormHydrated)).toBe(false);
    release();

    await page.waitForFunction(searchFormHydrated);
    // React's first effects run after hydration; a choice then sends the whole form as it stands.
    await page.getByLabel("Leefgebied", { exact: true }).selectOption({ label: "Sociaal netwerk" });
    await expect(page).toHaveURL(/leefgebied=social_network/);
    await expect(page).toHaveURL(/[?&]q=taal(&|$)/);
    await expect(page).toHaveURL(/postcode=3562(\+|%20)JT/);
    await expect(query).toHaveValue("taal");
    await expect(postcode).toHaveValue("3562 JT");
    await expectAccessible(page);
  });
});

/** Runs in the page: React has taken over the search form (it carries React's props). */
function searchFormHydrated(): boolean {
  const form = document.querySelector("form[role=search]");
  return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
}

test.describe("a visitor without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("searches with filters and opens an initiative", async ({ page, browser }) => {
    await page.goto("/initiatieven");
    await page.getByLabel("Zoekwoord", { exact: true }).fill("taalcafe");
    await page.getByLabel("Leefgebied", { exact: true }).selectOption({ label: "Sociaal netwerk" });
    await page.getByLabel("Dag", { exact: true }).selectOption({ label: "dinsdag" });
    await page.getByLabel("Toegankelijk met een rolstoel", { exact: true }).check();
    await page.getByLabel("Je postcode", { exact: true }).fill("3562");
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    // Empty fields are left out of the address, so the link stays short and shareable.
    await expect(page).toHaveURL(/\/initiatieven\?q=taalcafe&leefgebied=social_network&postcode=3562&dag=2&rolstoel=1$/);
    await expect(page.getByRole("status")).toContainText(/gevonden/);
    await expectAccessibleWithoutScripts(browser, page);
    await openTaalcafeAndCheck(page, /\/initiatieven\?q=taalcafe&leefgebied=social_network&postcode=3562&dag=2&rolstoel=1$/, browser);
  });

  test("is told when a postcode is outside the municipality", async ({ page, browser }) => {
    await page.goto("/initiatieven");
    await page.getByLabel("Je postcode", { exact: true }).fill("1012 AB");
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    const postcode = page.getByLabel("Je postcode", { exact: true });
    await expect(postcode).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Deze postcode ligt niet in onze gemeente.", { exact: false })).toBeVisible();
    await expectAccessibleWithoutScripts(browser, page);
  });

  test("browses a wijk and an organisation", async ({ page, browser }) => {
    await page.goto("/wijken");
    await expect(page.getByRole("heading", { level: 1, name: "Wijken" })).toBeVisible();
    await expectAccessibleWithoutScripts(browser, page);
    await page.getByRole("link", { name: "Overvecht", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overvecht" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Initiatieven in Overvecht" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Collectieve vragen in Overvecht" })).toBeVisible();
    await expect(page.getByRole("link", { name: TAALCAFE })).toBeVisible();
    await expectAccessibleWithoutScripts(browser, page);

    await page.getByRole("link", { name: TAALCAFE }).click();
    await page.getByRole("link", { name: "Stichting Buurtkracht Overvecht" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Stichting Buurtkracht Overvecht" })).toBeVisible();
    await expect(page.getByText("Geverifieerd", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: TAALCAFE })).toBeVisible();
    await expectAccessibleWithoutScripts(browser, page);
  });

  test("gets a 404 for a listing that does not exist", async ({ page, browser }) => {
    const response = await page.goto("/initiatieven/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
    await expectAccessibleWithoutScripts(browser, page);
  });
});
