import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { LIFE_DOMAINS } from "../../app/domain/vocabulary";
import nlVocabulary from "../../app/locales/nl/vocabulary";
import { DEMO, expectAccessible, logIn, logOut } from "./support";

/** Scores for the intake: a few domains low enough to become needs, the rest fine. */
const LOW_SCORES: Partial<Record<(typeof LIFE_DOMAINS)[number], 2 | 3>> = { social_network: 2, finances: 3, daytime_activities: 3 };

async function scoreDomain(page: Page, domain: (typeof LIFE_DOMAINS)[number], score: number) {
  const group = page.getByRole("group", { name: nlVocabulary.domain[domain], exact: true });
  await group.getByLabel(nlVocabulary.zrm[String(score) as "1"]).check();
}

test.describe("consultant: a household from intake to plan and consent", () => {
  test("creates a household, holds the intake over two sittings, sees the needs, plans and records consent", async ({ page }) => {
    // A long journey with an accessibility scan on every page.
    test.setTimeout(240_000);
    const reference = `E2E-${Date.now().toString(36).toUpperCase()}`;
    await logIn(page, DEMO.consultant);

    await page.goto("/werkplek");
    await expect(page.getByRole("heading", { level: 1, name: "Huishoudens" })).toBeVisible();
    await expectAccessible(page);

    // A filter is a link: the team's households, in the URL.
    await page.getByLabel("Heel het team").check();
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/scope=team/);
    await expect(page.getByRole("table")).toBeVisible();

    await page.getByRole("link", { name: "Nieuw huishouden" }).click();
    await expect(page.getByRole("heading", { name: "Waarom vragen we geen naam?" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: /naam|bsn|adres/i })).toHaveCount(0);
    await expectAccessible(page);

    // A postcode outside the municipality is refused next to the field, and what was typed stays.
    await page.getByLabel("Referentie").fill(reference);
    await page.getByLabel("Postcode (4 cijfers)").fill("1011");
    await page.getByLabel("Aantal volwassenen").fill("2");
    await page.getByRole("button", { name: "Huishouden toevoegen" }).click();
    await expect(page.getByText("Deze postcode hoort niet bij de gemeente.")).toBeVisible();
    await expect(page.getByLabel("Referentie")).toHaveValue(reference);

    await page.getByLabel("Postcode (4 cijfers)").fill("3562");
    await page.getByLabel("Kinderen van 4–11 jaar").fill("2");
    await page.getByRole("group", { name: "Talen die het huishouden spreekt" }).getByLabel("Arabisch").check();
    await page.getByLabel("Hoe reist het huishouden meestal?").selectOption({ label: "Openbaar vervoer" });
    await page.getByLabel("Hoe ver kan het huishouden reizen? (km)").fill("5");
    await page.getByRole("group", { name: "Dagen waarop het huishouden kan" }).getByLabel("dinsdag").check();
    await page.getByLabel("Geld voor activiteiten").selectOption({ label: "Weinig geld" });
    await page.getByRole("button", { name: "Huishouden toevoegen" }).click();

    await expect(page.getByRole("heading", { level: 1, name: `Huishouden ${reference}` })).toBeVisible();
    await expect(page.getByText(`Huishouden ${reference} is toegevoegd.`)).toBeVisible();
    await expect(page.getByText("Geen toestemming. Verwijzingen gaan zonder contactgegevens.").first()).toBeVisible();
    // The audit log is the coordinator's: no link for a consultant, and 403 when typed in.
    await expect(page.getByRole("link", { name: "Logboek" })).toHaveCount(0);
    // Erasing at once is the coordinator's too.
    await expect(page.getByRole("link", { name: "Huishouden wissen" })).toHaveCount(0);
    await expectAccessible(page);
    const householdUrl = new URL(page.url()).pathname;

    // First sitting: two domains, then save and continue later.
    await page
      .getByRole("navigation", { name: `Over huishouden ${reference}` })
      .getByRole("link", { name: "Keukentafelgesprek" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Keukentafelgesprek" })).toBeVisible();
    await expectAccessible(page);
    // Step by step is tried in intake-steps.test.ts; here the whole form, as the browser remembers it.
    await page.getByRole("button", { name: "Alles op één pagina" }).click();
    await scoreDomain(page, "social_network", 2);
    await page
      .getByRole("group", { name: "Sociaal netwerk", exact: true })
      .getByLabel("De vraag achter de vraag")
      .fill("Sinds de verhuizing kent het gezin niemand in de buurt.");
    await scoreDomain(page, "finances", 3);
    await page.getByRole("button", { name: "Opslaan en later verder" }).click();
    await expect(page.getByText("Het gesprek is opgeslagen. Je kunt later verder.")).toBeVisible();

    // Completing too early keeps the answers and says which domains still need a score.
    await page.getByRole("button", { name: "Gesprek afronden" }).click();
    await expect(page.getByText("Nog niet alle leefgebieden hebben een score.")).toBeVisible();
    await expect(page.getByRole("group", { name: "Sociaal netwerk", exact: true }).getByLabel(nlVocabulary.zrm["2"])).toBeChecked();

    // Later: back from the household page, the saved answers are still there.
    await page.goto(householdUrl);
    await page.getByRole("link", { name: "Verder met het gesprek" }).click();
    await expect(page.getByRole("group", { name: "Sociaal netwerk", exact: true }).getByLabel("De vraag achter de vraag")).toHaveValue(
      "Sinds de verhuizing kent het gezin niemand in de buurt.",
    );
    for (const domain of LIFE_DOMAINS) await scoreDomain(page, domain, LOW_SCORES[domain] ?? 4);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Gesprek afronden" }).click();

    await expect(page.getByText("Het gesprek is afgerond. Er zijn 3 nieuwe hulpvragen.")).toBeVisible();
    const needs = page.getByRole("region", { name: "Hulpvragen" });
    for (const domain of ["Sociaal netwerk", "Financiën", "Tijdsbesteding"]) {
      await expect(needs.getByText(domain, { exact: true })).toBeVisible();
    }
    await expect(needs.getByText("Huisvesting", { exact: true })).toHaveCount(0);
    await expect(needs.getByRole("link", { name: "Zoek passend aanbod voor Sociaal netwerk" })).toHaveAttribute(
      "href",
      new RegExp(`${householdUrl}/behoeften/\\d+$`),
    );
    await expect(page.getByRole("region", { name: "Tijdlijn" }).getByText("Keukentafelgesprek afgerond")).toBeVisible();
    await expectAccessible(page);

    // The plan: a goal for a need, an action with owner and due date, a review date.
    await page.getByRole("link", { name: "Plan bekijken en aanpassen" }).click();
    await expectAccessible(page);
    await page.getByLabel("Bij welke hulpvraag hoort dit doel?").selectOption({ label: "Sociaal netwerk (2)" });
    await page.getByLabel("Doel", { exact: true }).fill("Nieuwe mensen in de buurt leren kennen");
    await page.getByRole("button", { name: "Doel toevoegen" }).click();
    await expect(page.getByText("Het doel is toegevoegd.")).toBeVisible();
    // The form is empty again, so a second press adds nothing twice.
    await expect(page.getByLabel("Doel", { exact: true })).toHaveValue("");
    await page.getByText("Actie toevoegen voor: Nieuwe mensen in de buurt leren kennen").click();
    await page.getByLabel("Actie", { exact: true }).fill("Samen naar de buurtkamer op dinsdag");
    await page.getByLabel("Wie doet het?").selectOption({ label: "Huishouden" });
    await page.getByLabel("Klaar op").fill("2027-01-15");
    await page.getByRole("button", { name: "Actie toevoegen" }).click();
    await expect(page.getByText("De actie is toegevoegd.")).toBeVisible();
    await expect(page.getByRole("cell", { name: "Samen naar de buurtkamer op dinsdag", exact: true })).toBeVisible();
    await expect(page.getByLabel("Actie", { exact: true })).toHaveValue("");
    // The short button says what it does; the screen reader also hears which action.
    await expect(page.getByRole("button", { name: "Zet op gedaan: Samen naar de buurtkamer op dinsdag" })).toBeVisible();
    await page.getByLabel("Evaluatiedatum").fill("2027-02-01");
    await page.getByRole("button", { name: "Datum opslaan" }).click();
    await expect(page.getByText("De evaluatiedatum is opgeslagen.")).toBeVisible();
    await expectAccessible(page);

    // Consent: recorded, and the household page says it is active.
    await page
      .getByRole("navigation", { name: `Over huishouden ${reference}` })
      .getByRole("link", { name: "Toestemming" })
      .click();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Toestemming vastleggen" }).click();
    await expect(page.getByText("De toestemming is vastgelegd.")).toBeVisible();
    await expect(page.getByText(/Toestemming gegeven op/)).toBeVisible();
    await expectAccessible(page);

    await page.goto(householdUrl);
    const consent = page.getByRole("region", { name: "Toestemming" });
    await expect(consent.getByText(/Toestemming gegeven op/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Plan" }).getByText("Nieuwe mensen in de buurt leren kennen")).toBeVisible();
    const timeline = page.getByRole("region", { name: "Tijdlijn" });
    await expect(timeline.getByText("Doel toegevoegd: Nieuwe mensen in de buurt leren kennen")).toBeVisible();
    await expect(timeline.getByText(/Toestemming vastgelegd/)).toBeVisible();
    await expectAccessible(page);

    // The new household is on the consultant's own caseload, with its open needs.
    await page.goto("/werkplek");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: reference }) });
    await expect(row.getByText("Sociaal netwerk (2)")).toBeVisible();

    const log = await page.goto(`${householdUrl}/logboek`);
    expect(log?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
    const erase = await page.goto(`${householdUrl}/wissen`);
    expect(erase?.status()).toBe(403);
  });

  test("the coordinator sees the household's log", async ({ page, teamHousehold }) => {
    // A household of the team made for this journey: the table's first row may be one another journey erases.
    const household = teamHousehold();
    await logIn(page, DEMO.coordinator);
    await page.goto(`/werkplek?scope=team&q=${household.reference}`);
    await expectAccessible(page);
    await page.getByRole("table").getByRole("link", { name: household.reference }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Consulent van dit huishouden" })).toBeVisible();
    await page.getByRole("link", { name: "Logboek" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Logboek" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Bekeken" }).first()).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("outsiders are refused the workspace", () => {
  test("a visitor is sent to the login page", async ({ page }) => {
    for (const path of ["/werkplek", "/werkplek/huishoudens/nieuw", "/werkplek/huishoudens/1", "/werkplek/huishoudens/1/intake"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/inloggen\?terug=/);
    }
    await expectAccessible(page);
  });

  test("the demo resident gets the 403 page", async ({ page }) => {
    await logIn(page, DEMO.resident);
    for (const path of ["/werkplek", "/werkplek/huishoudens/nieuw", "/werkplek/huishoudens/1", "/werkplek/huishoudens/1/plan"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
    }
    await expectAccessible(page);
  });

  test("a consultant of another team does not find this team's household", async ({ page, teamHousehold }) => {
    const household = teamHousehold();
    await logIn(page, DEMO.coordinator);
    await page.goto(household.path);
    await expect(page.getByRole("heading", { level: 1, name: `Huishouden ${household.reference}` })).toBeVisible();
    await logOut(page);
    await logIn(page, "mirjam.degraaf@wijkmarkt.demo");
    const response = await page.goto(household.path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a household can be added and its intake saved half-way and completed with plain forms", async ({ page }) => {
    const reference = `NOJS-${Date.now().toString(36).toUpperCase()}`;
    await logIn(page, DEMO.consultant);
    await page.goto("/werkplek/huishoudens/nieuw");
    await page.getByLabel("Referentie").fill(reference);
    await page.getByLabel("Postcode (4 cijfers)").fill("3563");
    await page.getByLabel("Kinderen van 0–3 jaar").fill("1");
    await page.getByRole("button", { name: "Huishouden toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Huishouden ${reference}` })).toBeVisible();
    await expect(page.getByText("0–3 jaar")).toBeVisible();

    await page.getByRole("link", { name: "Begin het keukentafelgesprek" }).click();
    await scoreDomain(page, "housing", 2);
    await page.getByRole("button", { name: "Opslaan en later verder" }).click();
    await expect(page.getByText("Het gesprek is opgeslagen. Je kunt later verder.")).toBeVisible();
    await expect(page.getByRole("group", { name: "Huisvesting", exact: true }).getByLabel(nlVocabulary.zrm["2"])).toBeChecked();
    for (const domain of LIFE_DOMAINS) if (domain !== "housing") await scoreDomain(page, domain, 5);
    await page.getByRole("button", { name: "Gesprek afronden" }).click();
    await expect(page.getByText("Het gesprek is afgerond. Er is 1 nieuwe hulpvraag.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Hulpvragen" }).getByText("Huisvesting", { exact: true })).toBeVisible();
    // No axe scan here: axe runs as a script in the page. The same pages are scanned in the journey above.
  });
});
