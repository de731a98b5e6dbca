import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, expectAccessible, logIn } from "./support";

// Run: E2E_PORT=4313 npx playwright test tests/e2e/collective-need-edit.test.ts
// A coordinator's collective need after it is published: help offered once however often it is
// sent, corrections told to everyone in words, many updates in pages, the team's answered and
// closed needs, and the way to help at the top of the page on a phone.

// One long journey with an axe check on every page; on a shared 2-core machine that takes minutes.
test.describe.configure({ timeout: 600_000 });

const PHONE = { width: 390, height: 844 };

async function signedIn(browser: Browser, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ locale: "nl-NL", viewport })).newPage();
  await logIn(page, email);
  return page;
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide`).toBeLessThanOrEqual(innerWidth);
}

test("a coordinator corrects a published need; help is offered once, everyone hears what changed, pages and states stay findable", async ({ browser }) => {
  const word = `Soepkar${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
  const title = `Soep delen ${word}`;

  // The coordinator drafts and publishes a need.
  const coordinator = await signedIn(browser, DEMO.coordinator);
  await coordinator.goto("/werkplek/vragen/nieuw");
  await coordinator.getByLabel("Titel").fill(title);
  await coordinator.getByLabel("Beschrijving").fill("Buren willen één keer per week samen soep maken en delen met wie alleen is.");
  await coordinator.getByLabel("Leefgebied").selectOption("social_network");
  const row1 = coordinator.getByRole("group", { name: "Regel 1" });
  await row1.getByLabel("Wat").selectOption("volunteers");
  await row1.getByLabel("Hoeveel").fill("3");
  await row1.getByLabel("Toelichting").fill("Koks");
  await coordinator.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(coordinator.getByRole("button", { name: "Vraag publiceren" })).toBeVisible();
  const teamNeedUrl = new URL(coordinator.url()).pathname;
  await coordinator.getByRole("button", { name: "Vraag publiceren" }).click();
  await expect(coordinator.getByText("De vraag is gepubliceerd.")).toBeVisible();
  const needUrl = new URL(coordinator.url()).pathname;

  // A resident offers help: the form empties after success, and the same offer again adds nothing.
  const resident = await signedIn(browser, DEMO.resident);
  await resident.goto(needUrl);
  const pledge = resident.getByRole("form", { name: "Hulp aanbieden" });
  const offer = async () => {
    await pledge.getByLabel("Waarmee wil je helpen?").selectOption({ label: "Vrijwilligers · Koks" });
    await pledge.getByLabel("Hoeveel?").fill("2");
    await pledge.getByLabel("Bericht").fill("Ik kook graag linzensoep.");
    await pledge.getByRole("button", { name: "Hulp aanbieden" }).click();
  };
  await offer();
  await expect(resident.getByText("Dank je! Je toezegging staat erbij.")).toBeVisible();
  await expect(pledge.getByLabel("Bericht")).toHaveValue("");
  await expect(pledge.getByLabel("Hoeveel?")).toHaveValue("1");
  await expect(resident.getByText("2 van 3 personen toegezegd")).toBeVisible();
  await offer();
  await expect(resident.getByText("Je had precies deze hulp al aangeboden. Er is niets dubbel toegevoegd.")).toBeVisible();
  await expect(resident.getByText("2 van 3 personen toegezegd")).toBeVisible();
  await expect(resident.getByRole("region", { name: "Toezeggingen" }).getByText("Ik kook graag linzensoep.")).toHaveCount(1);
  await resident.getByRole("button", { name: "Volg deze vraag" }).click();
  await expect(resident.getByText("Je volgt deze vraag.")).toBeVisible();
  await expectAccessible(resident);

  // The organiser starts an activity; a second press opens the same draft, which links back to the need.
  const organiser = await signedIn(browser, DEMO.organiser);
  await organiser.goto(needUrl);
  await organiser.getByRole("button", { name: "Activiteit starten" }).click();
  await expect(organiser.getByText("Er is een concept-activiteit gemaakt.", { exact: false })).toBeVisible();
  const draftUrl = organiser.url();
  await expect(organiser.getByText("Gestart vanuit de collectieve vraag:")).toBeVisible();
  await organiser.getByRole("link", { name: title }).click();
  await expect(organiser.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await organiser.getByRole("button", { name: "Activiteit starten" }).click();
  await expect(organiser.getByText("Je organisatie had al een concept-activiteit voor deze vraag.", { exact: false })).toBeVisible();
  expect(organiser.url()).toBe(draftUrl);
  await expectAccessible(organiser);

  // The coordinator lowers what is needed and sets a date; the resident's pledge stays, as extra beyond the new number.
  await coordinator.goto(teamNeedUrl);
  const edit = coordinator.getByRole("region", { name: "Vraag aanpassen" });
  await expect(edit.getByRole("group", { name: "Vrijwilligers" }).getByText("Al toegezegd: 2 personen")).toBeVisible();
  await edit.getByRole("group", { name: "Vrijwilligers" }).getByLabel("Hoeveel").fill("1");
  await edit.getByLabel("Graag gestart voor").fill("2027-03-01");
  await expectAccessible(coordinator);
  await edit.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(coordinator.getByText("De vraag is aangepast.", { exact: false })).toBeVisible();
  // Sending the same form again changes nothing and tells nobody twice.
  await coordinator.getByRole("region", { name: "Vraag aanpassen" }).getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(coordinator.getByText("Er was niets veranderd. Er is geen bericht verstuurd.")).toBeVisible();

  await resident.goto(needUrl);
  await expect(resident.getByText("1 van 1 persoon toegezegd")).toBeVisible();
  await expect(resident.getByText("En 1 persoon extra aangeboden")).toBeVisible();
  const news = resident.getByRole("region", { name: "Nieuws van het wijkteam" });
  await expect(news.getByText("Het wijkteam heeft de vraag aangepast")).toHaveCount(1);
  await expect(news.getByText("Vrijwilligers (Koks): nu 1 persoon nodig (was 3 personen). Wat al is toegezegd, blijft staan.")).toBeVisible();
  await expect(news.getByText("Graag gestart voor 1 maart 2027.")).toBeVisible();
  await expectAccessible(resident);
  await resident.goto("/meldingen");
  await expect(
    resident
      .getByText(`De vraag '${title}' is aangepast. Graag gestart voor 1 maart 2027. Vrijwilligers (Koks): nu 1 persoon nodig (was 3 personen).`, {
        exact: false,
      })
      .first(),
  ).toBeVisible();
  await expectAccessible(resident);

  // Many updates come in pages of ten; the update form empties after each one.
  await coordinator.goto(needUrl);
  const post = coordinator.getByRole("region", { name: "Nieuws plaatsen" });
  for (let i = 1; i <= 10; i++) {
    await post.getByLabel("Bericht").fill(`Soepnieuws nummer ${i}`);
    await post.getByRole("button", { name: "Nieuws plaatsen" }).click();
    await expect(post.getByLabel("Bericht")).toHaveValue("");
  }
  await expect(coordinator.getByRole("region", { name: "Nieuws van het wijkteam" }).getByText("Soepnieuws nummer 10", { exact: true })).toBeVisible();

  // On a phone, a visitor reaches the way to help from the top, and pages through the news without scripts' help.
  const phone = await (await browser.newContext({ locale: "nl-NL", viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
  await phone.goto(needUrl);
  const jump = phone.getByRole("link", { name: "Help mee: steun of bied hulp aan" });
  await expect(jump).toBeInViewport();
  await jump.click();
  await expect(phone.getByRole("heading", { level: 2, name: "Help mee" })).toBeInViewport();
  await expectNoSidewaysScroll(phone);
  await expectAccessible(phone);
  const pagesOfNews = phone.getByRole("navigation", { name: "Pagina's met nieuws" });
  await expect(pagesOfNews.getByText("Pagina 1 van 2")).toBeVisible();
  await expect(phone.getByText("Soepnieuws nummer 10", { exact: true })).toBeVisible();
  await pagesOfNews.getByRole("link", { name: "Volgende" }).click();
  await expect(phone).toHaveURL(/[?&]nieuws=2/);
  await expect(phone.getByRole("navigation", { name: "Pagina's met nieuws" }).getByText("Pagina 2 van 2")).toBeVisible();
  await expect(phone.getByText("Het wijkteam heeft de vraag aangepast")).toBeVisible();
  await expect(phone.getByText("Soepnieuws nummer 10", { exact: true })).toHaveCount(0);
  await expectNoSidewaysScroll(phone);
  await expectAccessible(phone);

  // The coordinator closes the need; the team's list shows it under closed, and no longer among the current ones.
  await coordinator.goto(needUrl);
  await coordinator.getByLabel("Reden om te sluiten").fill("Een buurthuis kookt nu elke week soep.");
  await coordinator.getByRole("button", { name: "Vraag sluiten" }).click();
  await expect(coordinator.getByText("De vraag is gesloten.").first()).toBeVisible();
  await coordinator.goto("/werkplek/signalen");
  const states = coordinator.getByRole("navigation", { name: "Vragen van je team per stand" });
  await expect(states.getByRole("link", { name: /Te doen en lopend/ })).toHaveAttribute("aria-current", "page");
  await expect(coordinator.getByRole("link", { name: title })).toHaveCount(0);
  await states.getByRole("link", { name: /Gesloten \(\d+\)/ }).click();
  await expect(coordinator).toHaveURL(/vragen=closed/);
  await expect(coordinator.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(coordinator);

  // The same list on a phone: the state links and the needs fit the screen. (The signals table
  // above it is wider than a phone; making that table fit is the phone work of issue 13, section 3.)
  const coordinatorPhone = await signedIn(browser, DEMO.coordinator, PHONE);
  await coordinatorPhone.goto("/werkplek/signalen?vragen=closed");
  await expect(coordinatorPhone.getByRole("link", { name: title })).toBeVisible();
  const teamNeeds = coordinatorPhone.getByRole("region", { name: "Vragen van je team" });
  const box = await teamNeeds.boundingBox();
  expect(box && box.x + box.width, "the team's needs fit a 390 px screen").toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(coordinatorPhone);
});
