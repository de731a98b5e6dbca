import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, logIn } from "./support";

test.describe("the municipality's site", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a visitor finds the statements in the footer and the municipality's name in the title", async ({ page, request }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Wijkmarkt · Utrecht/);
    await expect(page.getByRole("contentinfo")).toContainText("Wijkmarkt van Utrecht");
    await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
    await expect(page.getByText(/WCAG\) 2\.1 op niveau A en AA/)).toBeVisible();
    await expect(page.getByText(/EN 301 549/)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Privacyverklaring" })).toBeVisible();
    await expect(page.getByText("Wijkmarkt is van Utrecht.", { exact: false })).toBeVisible();
    // The retention periods come from the settings (defaults: 24 months, 5 years).
    await expect(page.getByText("Gegevens van een huishouden: 24 maanden na de laatste activiteit")).toBeVisible();
    await expect(page.getByText("wie gegevens van een huishouden bekeek of wijzigde: 5 jaar")).toBeVisible();
    await expectAccessible(page);

    // Forms that ask for personal data point to it.
    await page.goto("/registreren");
    await page.getByRole("link", { name: "Lees in de privacyverklaring wat we met je gegevens doen" }).click();
    await expect(page).toHaveURL(/\/privacy$/);

    const css = await request.get("/theme.css");
    expect(css.headers()["content-type"]).toContain("text/css");
    expect(await css.text()).toContain("--nl-button-primary-background-color: #185a47;");
  });

  test("the admin changes the accessibility statement and the site shows it", async ({ page }) => {
    await logIn(page, DEMO.admin);
    await page.goto("/beheer");
    await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Verklaringen" }).click();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Toegankelijkheidsverklaring aanpassen" }).click();
    await expect(page.getByText("Dit is de tekst die met Wijkmarkt meekomt.")).toBeVisible();
    const dutch = page.getByLabel("Tekst in het Nederlands");
    const original = await dutch.inputValue();
    await dutch.fill("");
    await page.getByRole("button", { name: "Verklaring opslaan" }).click();
    await expect(page.getByText("Vul dit veld in.")).toBeVisible();
    await expectAccessible(page);

    await dutch.fill(`${original}\n\n## Getest in november\nDe gemeente {{municipality}} liet een toetsenbordtest doen.`);
    await page.getByRole("button", { name: "Verklaring opslaan" }).click();
    await expect(page.getByText("De verklaring is opgeslagen.")).toBeVisible();
    await expect(page.getByText(/Laatst aangepast op .* door Fatima Yilmaz/)).toBeVisible();

    await page.goto("/toegankelijkheid");
    await expect(page.getByRole("heading", { level: 2, name: "Getest in november" })).toBeVisible();
    await expect(page.getByText("De gemeente Utrecht liet een toetsenbordtest doen.")).toBeVisible();
    await expectAccessible(page);

    // Back to the text that ships with Wijkmarkt, so other journeys see the default.
    await page.goto("/beheer/teksten/accessibility");
    await page.getByLabel("Tekst in het Nederlands").fill(original);
    await page.getByRole("button", { name: "Verklaring opslaan" }).click();
    await expect(page.getByText("Dit is de tekst die met Wijkmarkt meekomt.")).toBeVisible();
  });
});
