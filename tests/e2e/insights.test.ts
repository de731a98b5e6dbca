import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, expectAccessible, logIn } from "./support";

/**
 * Charts are SVG images with a text alternative (the gap map a group of links), and the same
 * numbers sit in a table right below.
 */
async function expectChartWithTable(page: Page, title: string, role: "img" | "group" = "img") {
  const figure = page.getByRole("figure").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
  await expect(figure.getByRole(role, { name: title })).toBeVisible();
  await expect(figure.getByRole("table", { name: title })).toBeVisible();
}

test("a coordinator sees where the team's wijken fall short and what works, small numbers suppressed", async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, DEMO.coordinator);
  await page.getByRole("link", { name: "Inzichten", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inzichten van je wijkteam" })).toBeVisible();
  await page.getByLabel("Periode").selectOption("24");
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/periode=24/);
  await expectChartWithTable(page, "Huishoudens met een hulpvraag zonder passend aanbod", "group");
  await expectChartWithTable(page, "Verandering per leefgebied");
  await expectChartWithTable(page, "Per maand, de laatste 24 maanden");
  await expect(page.getByRole("cell", { name: "minder dan 5" }).first()).toBeVisible();
  const social = page.getByRole("table", { name: "Verandering per leefgebied" }).getByRole("row", { name: /Sociaal netwerk/ });
  await expect(social).toContainText(/\d/);
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download Huishoudens met een hulpvraag zonder passend aanbod als CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  // Older people: the demo's story of loneliness in Overvecht.
  await page.getByLabel("Doelgroep").selectOption({ label: "Ouderen" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/doelgroep=elderly/);
  const cell = page.getByRole("link", { name: /^Overvecht, Sociaal netwerk: \d+$/ });
  await expect(cell).toBeVisible();

  // Each cell leads to the signals behind it; the filter shows and can be changed and cleared.
  await cell.click();
  await expect(page).toHaveURL(/\/werkplek\/signalen\?wijk=overvecht&domein=social_network/);
  await expect(page.getByRole("heading", { level: 2, name: "Signalen: Overvecht, Sociaal netwerk" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Leefgebied" })).toHaveValue("social_network");
  const rows = page.getByRole("table", { name: "Signalen in de wijken van je team" }).getByRole("row");
  await expect(rows.nth(1)).toContainText("Sociaal netwerk");
  await expectAccessible(page);
  await page.getByRole("combobox", { name: "Leefgebied" }).selectOption("");
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/\/werkplek\/signalen\?wijk=overvecht&domein=$/);
  await expect(page.getByRole("heading", { level: 2, name: "Signalen: Overvecht" })).toBeVisible();
  await page.getByRole("link", { name: "Toon alle signalen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Alle signalen" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Wijk" })).toHaveValue("");
});

test("an organiser sees the referral flow of their own initiatives on the dashboard, and no team insights", async ({ page }) => {
  await logIn(page, DEMO.organiser);
  await page.goto("/mijn-organisatie/buurtkracht-overvecht?periode=24");
  await expect(page.getByRole("heading", { level: 2, name: "Inzichten" })).toBeVisible();
  await expectChartWithTable(page, "Verwijzingen per initiatief");
  await expectChartWithTable(page, "Verandering per initiatief");
  await expectAccessible(page);
  expect((await page.goto("/werkplek/inzichten"))?.status()).toBe(403);
  expect((await page.goto("/inzichten"))?.status()).toBe(403);
});

test("a policy advisor sees the municipality, one wijk and public pages, never a household", async ({ page, freshUser }) => {
  // Four full axe runs over pages with many charts and tables.
  test.setTimeout(240_000);
  // A policy advisor of its own: this journey changes the account's language.
  const advisor = await freshUser("policyAdvisor");
  await logIn(page, advisor.email, advisor.password);
  await page.getByRole("link", { name: "Inzichten gemeente" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inzichten voor de gemeente" })).toBeVisible();
  await expectChartWithTable(page, "Verwijzingen per organisatie");
  await expectAccessible(page);
  await page.getByRole("combobox", { name: "Wijk", exact: true }).selectOption({ label: "Overvecht" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/wijk=overvecht/);
  await expect(page.getByRole("heading", { level: 1, name: "Inzichten voor de gemeente: Overvecht" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Wijk", exact: true })).toHaveValue("overvecht");
  // The municipality's gap-map cells lead to the neighbourhood.
  await expect(page.getByRole("link", { name: /^Overvecht, Sociaal netwerk: / })).toHaveAttribute("href", "/wijken/overvecht");
  await expectAccessible(page);

  await page.goto("/wijken/overvecht");
  await expect(page.getByRole("heading", { name: "De wijk in cijfers" })).toBeVisible();
  await expectAccessible(page);

  expect((await page.goto("/werkplek"))?.status()).toBe(403);
  expect((await page.goto("/werkplek/inzichten"))?.status()).toBe(403);

  // The same page in English, complete.
  await page.goto("/inzichten");
  const english = await page.request.post("/taal", { form: { locale: "en", redirectTo: "/inzichten" }, headers: { Origin: new URL(page.url()).origin } });
  expect(english.status()).toBeLessThan(400);
  await page.goto("/inzichten");
  await expect(page.getByRole("heading", { level: 1, name: "Insights for the municipality" })).toBeVisible();
  await expect(page.getByText("fewer than 5").first()).toBeVisible();
  await expectAccessible(page);
});
