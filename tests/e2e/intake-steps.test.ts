import { expect, test, type Locator, type Page } from "@playwright/test";
import { LIFE_DOMAINS } from "../../app/domain/vocabulary";
import nlVocabulary from "../../app/locales/nl/vocabulary";
import { addHousehold, DEMO, expectAccessible, logIn } from "./support";

type Domain = (typeof LIFE_DOMAINS)[number];
const TOTAL = LIFE_DOMAINS.length;
const TOO_LONG = "x".repeat(2001);
const domainName = (domain: Domain) => nlVocabulary.domain[domain];
const domainGroup = (page: Page, domain: Domain) => page.getByRole("group", { name: domainName(domain), exact: true });
const score = (group: Locator, value: 2 | 4) => group.getByLabel(nlVocabulary.zrm[String(value) as "2" | "4"]);

const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1280, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
];

const newHousehold = (page: Page) => addHousehold(page, `ST-${Date.now().toString(36).toUpperCase()}`);

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`step-by-step intake with JavaScript (${name})`, () => {
    test.use({ viewport });

    test("one life domain per step, progress shown, focus on each step, saved as it goes, answers kept going back and forth", async ({ page, context }) => {
      test.setTimeout(240_000);
      await logIn(page, DEMO.consultant);
      const householdUrl = await newHousehold(page);
      await page.goto(`${householdUrl}/intake`);

      const progress = page.getByRole("progressbar", { name: `Stap 1 van ${TOTAL}` });
      await expect(progress).toBeVisible();
      await expect(progress).toHaveAttribute("value", "1");
      await expect(page.getByRole("heading", { level: 2, name: domainName("finances") })).toBeVisible();
      // Only this step's domain is on the screen.
      await expect(domainGroup(page, "finances")).toBeVisible();
      await expect(domainGroup(page, "work_education")).toBeHidden();
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);

      const finances = domainGroup(page, "finances");
      await score(finances, 2).check();
      await finances.getByLabel("De vraag achter de vraag").fill("Post blijft ongeopend liggen.");

      // What the server would refuse stops the step, with the message next to the field.
      await finances.getByLabel("Wat kan het netwerk doen?").fill(TOO_LONG);
      await page.getByRole("button", { name: "Volgende" }).click();
      await expect(finances.getByText("Dit is te lang: maximaal 2000 tekens.")).toBeVisible();
      await expect(page.getByRole("progressbar", { name: `Stap 1 van ${TOTAL}` })).toBeVisible();
      await finances.getByLabel("Wat kan het netwerk doen?").fill("Buurman leest mee.");
      // Leaving the field checks it again; the message goes before the step is left.
      await finances.getByLabel("Wat kan het netwerk doen?").blur();
      await expect(finances.getByText("Dit is te lang: maximaal 2000 tekens.")).toBeHidden();

      await page.getByRole("button", { name: "Volgende" }).click();
      await expect(page.getByRole("progressbar", { name: `Stap 2 van ${TOTAL}` })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: domainName("work_education") })).toBeFocused();
      await expect(page.getByRole("status").filter({ hasText: /Automatisch opgeslagen om/ })).toBeVisible();
      // The page's own line about the conversation follows the background save, without a reload.
      await expect(page.getByText("Dit gesprek is nog niet opgeslagen.")).toHaveCount(0);
      await expect(page.getByText(/^Begonnen op .+\. Laatst opgeslagen om \d{1,2}:\d{2}\.$/)).toBeVisible();
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);

      const work = domainGroup(page, "work_education");
      await work.getByLabel("Wat kan het huishouden zelf?").fill("Zoekt zelf vacatures.");
      await expect(page.getByRole("status").filter({ hasText: /Bezig met opslaan|Automatisch opgeslagen om/ })).toBeVisible();

      await page.getByRole("button", { name: "Vorige" }).click();
      await expect(page.getByRole("heading", { level: 2, name: domainName("finances") })).toBeFocused();
      await expect(score(finances, 2)).toBeChecked();
      await expect(finances.getByLabel("De vraag achter de vraag")).toHaveValue("Post blijft ongeopend liggen.");

      // The browser closes: everything typed so far is on the server.
      await expect
        .poll(
          async () =>
            (await page
              .getByRole("status")
              .filter({ hasText: /Automatisch opgeslagen om/ })
              .count()) > 0,
        )
        .toBe(true);
      await page.close();
      const again = await context.newPage();
      await again.goto(`${householdUrl}/intake`);
      await expect(score(domainGroup(again, "finances"), 2)).toBeChecked();
      await again
        .getByRole("navigation", { name: "Leefgebieden" })
        .getByRole("button", { name: domainName("work_education") })
        .click();
      await expect(again.getByRole("heading", { level: 2, name: domainName("work_education") })).toBeFocused();
      await expect(domainGroup(again, "work_education").getByLabel("Wat kan het huishouden zelf?")).toHaveValue("Zoekt zelf vacatures.");

      // Completing too early: the server's answer shows, next to the score of the step.
      await again.getByRole("button", { name: "Gesprek afronden" }).click();
      await expect(again.getByText("Nog niet alle leefgebieden hebben een score.")).toBeVisible();
      await expect(domainGroup(again, "work_education").getByText("Kies een score om het gesprek af te ronden.")).toBeVisible();
      await expect(domainGroup(again, "work_education").getByLabel("Wat kan het huishouden zelf?")).toHaveValue("Zoekt zelf vacatures.");

      for (const domain of LIFE_DOMAINS.slice(1)) {
        await expect(again.getByRole("heading", { level: 2, name: domainName(domain) })).toBeVisible();
        await score(domainGroup(again, domain), 4).check();
        if (domain !== LIFE_DOMAINS.at(-1)) await again.getByRole("button", { name: "Volgende" }).click();
      }
      await expect(again.getByRole("progressbar", { name: `Stap ${TOTAL} van ${TOTAL}` })).toBeVisible();
      await expect(again.getByRole("button", { name: "Volgende" })).toHaveCount(0);
      await again.getByRole("button", { name: "Gesprek afronden" }).click();
      await expect(again.getByText("Het gesprek is afgerond. Er is 1 nieuwe hulpvraag.")).toBeVisible();
      await expect(again.getByRole("region", { name: "Hulpvragen" }).getByText("Post blijft ongeopend liggen.")).toBeVisible();
      await expectNoSidewaysScroll(again);

      // The long form (what a browser without JavaScript gets) also fits and passes axe.
      await again.goto(`${householdUrl}/intake`);
      await again.getByRole("button", { name: "Alles op één pagina" }).click();
      for (const domain of LIFE_DOMAINS) await expect(domainGroup(again, domain)).toBeVisible();
      await expect(again.getByRole("progressbar")).toHaveCount(0);
      await expectAccessible(again);
      await expectNoSidewaysScroll(again);
    });
  });

  test.describe(`the intake without JavaScript (${name})`, () => {
    test.use({ viewport, javaScriptEnabled: false });

    test("stays one long form, with the same validation: errors next to the field, what was typed kept", async ({ page }) => {
      test.setTimeout(240_000);
      await logIn(page, DEMO.consultant);
      const householdUrl = await newHousehold(page);
      await page.goto(`${householdUrl}/intake`);
      await expect(page.getByRole("progressbar")).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Volgende" })).toHaveCount(0);
      for (const domain of LIFE_DOMAINS) await expect(domainGroup(page, domain)).toBeVisible();
      // No axe scan or width measurement here: both run as scripts in the page. The same long form is
      // scanned and measured with JavaScript on, at the end of the journey above.

      const finances = domainGroup(page, "finances");
      await finances.getByLabel("De vraag achter de vraag").fill("Post blijft ongeopend liggen.");
      await finances.getByLabel("Wat kan het netwerk doen?").fill(TOO_LONG);
      for (const domain of LIFE_DOMAINS) await score(domainGroup(page, domain), domain === "finances" ? 2 : 4).check();
      await page.getByRole("button", { name: "Gesprek afronden" }).click();
      await expect(finances.getByText("Dit is te lang: maximaal 2000 tekens.")).toBeVisible();
      await expect(finances.getByLabel("De vraag achter de vraag")).toHaveValue("Post blijft ongeopend liggen.");
      await expect(finances.getByLabel("Wat kan het netwerk doen?")).toHaveValue(TOO_LONG);
      await expect(score(finances, 2)).toBeChecked();

      await finances.getByLabel("Wat kan het netwerk doen?").fill("Buurman leest mee.");
      await page.getByRole("button", { name: "Gesprek afronden" }).click();
      await expect(page.getByText("Het gesprek is afgerond. Er is 1 nieuwe hulpvraag.")).toBeVisible();
      await expect(page.getByRole("region", { name: "Hulpvragen" }).getByText("Buurman leest mee.")).toBeVisible();
    });
  });
}
