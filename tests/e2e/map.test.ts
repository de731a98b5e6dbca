import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support";

// Run: E2E_PORT=3614 npx playwright test tests/e2e/map.test.ts
// The e2e server runs with MAP_TILE_URL empty: the maps draw markers on a blank background.

/** Every request the page makes, to check what it loads and that nothing leaves this site. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

const leafletChunk = (urls: string[]) => urls.filter((url) => /\/assets\/leaflet-map\.client-[\w-]+\.js$/.test(url));

test.describe("the map of what is near", () => {
  test("switches a search between list and map, keeps the search, and shows a card for a chosen marker", async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    await page.goto("/initiatieven?q=taal");
    await expect(page.getByRole("link", { name: "Lijst" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "Taalcafé Overvecht" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(leafletChunk(requests), "the list view does not load the map's code").toEqual([]);

    await page.getByRole("link", { name: "Kaart" }).click();
    await expect(page).toHaveURL(/[?&]q=taal/);
    await expect(page).toHaveURL(/[?&]weergave=kaart/);
    await expect(page.getByRole("link", { name: "Kaart" })).toHaveAttribute("aria-current", "page");
    const map = page.getByRole("region", { name: "Kaart met de gevonden initiatieven" });
    const marker = map.getByRole("button", { name: /^Taalcafé Overvecht, / });
    await expect(marker).toBeVisible();
    await expect(page.getByText(/\d+ initiatie(f|ven) op de kaart/)).toBeVisible();
    expect(leafletChunk(requests)).toHaveLength(1);

    // Keyboard: the marker takes focus and Enter shows its card.
    await marker.focus();
    await expect(marker).toBeFocused();
    await page.keyboard.press("Enter");
    const chosen = page.getByRole("region", { name: "Gekozen op de kaart" });
    await expect(chosen.getByRole("link", { name: "Taalcafé Overvecht" })).toBeVisible();
    await expect(marker).toHaveAttribute("aria-pressed", "true");
    await expectAccessible(page);

    // A mouse click on another marker shows that one instead.
    const other = map.getByRole("button").filter({ hasNotText: "Zoom" }).and(map.locator(".map-marker")).nth(1);
    const otherName = (await other.getAttribute("aria-label"))!.split(", ")[0];
    await other.click();
    await expect(chosen.getByRole("link", { name: otherName, exact: true })).toBeVisible();

    // A filter chosen on the map keeps the map and the text.
    await page.getByLabel("Gratis", { exact: true }).check();
    await expect(page).toHaveURL(/gratis=1/);
    await expect(page).toHaveURL(/weergave=kaart/);
    await expect(page).toHaveURL(/q=taal/);
    await expect(map.locator(".map-marker").first()).toBeVisible();

    // Tiles are off in tests: nothing was fetched from another host.
    const origin = new URL(baseURL!).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"))).toEqual([]);
  });

  test("counts online initiatives beside the map", async ({ page }) => {
    await page.goto("/initiatieven?q=mantelzorgers&weergave=kaart");
    await expect(page.getByText(/initiatie(f is|ven zijn) online en sta(at|an) niet op de kaart/)).toBeVisible();
    await page.getByRole("link", { name: "Bekijk alle resultaten als lijst" }).click();
    await expect(page).not.toHaveURL(/weergave/);
    await expect(page.getByRole("link", { name: "Online lotgenotengroep jonge mantelzorgers" })).toBeVisible();
  });

  test("the initiative page shows its place on a small map with a route link", async ({ page }) => {
    const response = await page.goto("/initiatieven/taalcafe-overvecht");
    // With tiles off the policy allows images from this site only.
    expect(response?.headers()["content-security-policy"]).toContain("img-src 'self' data:;");
    const map = page.getByRole("region", { name: /^Kaart van de plek: Zamenhofdreef 12/ });
    await expect(map.locator(".map-marker")).toHaveCount(1);
    const route = page.getByRole("link", { name: "Route plannen" });
    await expect(route).toHaveAttribute("href", /^https:\/\/www\.openstreetmap\.org\/directions\?route=%3B52\.\d+%2C5\.\d+/);
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the map view shows the list with a note, and the route link still works", async ({ page }) => {
    await page.goto("/initiatieven?q=taal&weergave=kaart");
    await expect(page.getByText("De kaart werkt alleen met JavaScript. Hieronder staan dezelfde resultaten als lijst.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Taalcafé Overvecht" })).toBeVisible();
    await page.goto("/initiatieven/taalcafe-overvecht");
    await expect(page.getByRole("link", { name: "Route plannen" })).toBeVisible();
  });
});
