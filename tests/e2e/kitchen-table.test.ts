import { expect, test, type Page } from "@playwright/test";
import { LIFE_DOMAINS } from "../../app/domain/vocabulary";
import nlVocabulary from "../../app/locales/nl/vocabulary";
import { addHousehold, DEMO, expectAccessible, logIn } from "./support";

type Domain = (typeof LIFE_DOMAINS)[number];

const domainGroup = (page: Page, domain: Domain) => page.getByRole("group", { name: nlVocabulary.domain[domain], exact: true });

/** Scores every domain 4 except finances (2, a need), through whichever form the intake shows. */
async function scoreAll(page: Page) {
  for (const domain of LIFE_DOMAINS)
    await domainGroup(page, domain)
      .getByLabel(nlVocabulary.zrm[domain === "finances" ? "2" : "4"])
      .check();
}

test("the question behind the question is seen on the household page, in the plan and beside the matches, and comes back at the next intake", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const reference = `KT-${Date.now().toString(36).toUpperCase()}`;
  await logIn(page, DEMO.consultant);
  const householdUrl = await addHousehold(page, reference);

  await page.goto(`${householdUrl}/intake`);
  // The whole conversation on one page (the browser remembers the choice for the next intake).
  await page.getByRole("button", { name: "Alles op één pagina" }).click();
  const finances = domainGroup(page, "finances");
  await finances.getByLabel("De vraag achter de vraag").fill("Schulden na de scheiding, schaamt zich om hulp te vragen.");
  await finances.getByLabel("Wat kan het huishouden zelf?").fill("Houdt een kasboek bij.");
  await finances.getByLabel("Wat kan het netwerk doen?").fill("Zus helpt met de post.");
  await domainGroup(page, "housing").getByLabel("Wat kan het huishouden zelf?").fill("Woont al twintig jaar in de buurt.");
  await scoreAll(page);
  await page.getByRole("button", { name: "Gesprek afronden" }).click();
  await expect(page.getByText("Het gesprek is afgerond. Er is 1 nieuwe hulpvraag.")).toBeVisible();

  // Beside the need, and the strengths in other domains on their own.
  const needs = page.getByRole("region", { name: "Hulpvragen" });
  await expect(needs.getByText("Schulden na de scheiding, schaamt zich om hulp te vragen.")).toBeVisible();
  await expect(needs.getByText("Zus helpt met de post.")).toBeVisible();
  await expect(needs.getByText(/^Genoteerd op /).first()).toBeVisible();
  const others = page.getByRole("region", { name: "Andere leefgebieden uit het gesprek" });
  await expect(others.getByRole("heading", { name: "Huisvesting" })).toBeVisible();
  await expect(others.getByText("Woont al twintig jaar in de buurt.")).toBeVisible();
  await expectAccessible(page);

  // The plan is made with it in view.
  await page.getByRole("link", { name: "Plan bekijken en aanpassen" }).click();
  const planNotes = page.getByRole("region", { name: "Uit het keukentafelgesprek" });
  await expect(planNotes.getByRole("heading", { name: "Financiën" })).toBeVisible();
  await expect(planNotes.getByText("Houdt een kasboek bij.")).toBeVisible();
  await expectAccessible(page);

  // So are the matches for the need.
  await page.goto(householdUrl);
  await page.getByRole("link", { name: "Zoek passend aanbod voor Financiën" }).click();
  await expect(
    page.getByRole("region", { name: "Uit het keukentafelgesprek" }).getByText("Schulden na de scheiding, schaamt zich om hulp te vragen."),
  ).toBeVisible();
  await expectAccessible(page);

  // The next intake starts from what was said, and the change stays visible.
  await page.goto(`${householdUrl}/intake`);
  await expect(page.getByRole("button", { name: "Stap voor stap" })).toBeVisible();
  const question = domainGroup(page, "finances").getByLabel("De vraag achter de vraag");
  await expect(question).toHaveValue("Schulden na de scheiding, schaamt zich om hulp te vragen.");
  await expect(domainGroup(page, "finances").getByLabel("Wat kan het netwerk doen?")).toHaveValue("Zus helpt met de post.");
  await expect(domainGroup(page, "finances").getByText(/^Vorige keer \(.+\): Houdt een kasboek bij\.$/)).toBeVisible();
  await expect(domainGroup(page, "finances").getByLabel(nlVocabulary.zrm["2"])).not.toBeChecked();
  await expectAccessible(page);
  await question.fill("De schulden zijn geregeld; nu de huur.");
  await scoreAll(page);
  await page.getByRole("button", { name: "Gesprek afronden" }).click();
  await expect(page.getByText("Het gesprek is afgerond.", { exact: false })).toBeVisible();
  await expect(needs.getByText("De schulden zijn geregeld; nu de huur.")).toBeVisible();
  await expect(needs.getByText(/^Daarvoor \(.+\): Schulden na de scheiding, schaamt zich om hulp te vragen\.$/)).toBeVisible();
  await expectAccessible(page);
});
