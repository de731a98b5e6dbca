import { expect, test, type Page } from "@playwright/test";
import { DEMO_ORGANISATION_SLUG } from "../../db/seed/data/organisations";
import { DEMO, expectAccessible, logIn, readE2eDatabase } from "./support";

// Run: E2E_PORT=3614 npx playwright test tests/e2e/phone.test.ts
// Every role's pages at phone size: nothing makes the page scroll sideways, and axe finds nothing.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
// Each page gets an axe check; on a shared 2-core machine that is up to ten seconds a page.
test.describe.configure({ timeout: 300_000 });

/** A household of the demo consultant's team with a need and a referral, for the workspace pages. */
function demoHousehold(): { householdId: number; needId: number; referralId: number } {
  const row = readE2eDatabase(
    (sqlite) =>
      sqlite
        .prepare(
          `select h.id as householdId, r.need_id as needId, r.id as referralId
         from referrals r
         join households h on h.id = r.household_id and h.closed_at is null
         join team_members tm on tm.team_id = h.team_id
         join users u on u.id = tm.user_id and u.email = ?
         where r.need_id is not null
         order by (select count(*) from plan_goals g join plans p on p.id = g.plan_id where p.household_id = h.id) desc, r.id limit 1`,
        )
        .get(DEMO.consultant) as { householdId: number; needId: number; referralId: number } | undefined,
  );
  if (!row) throw new Error("The demo data has no household with a referral for the demo consultant");
  return row;
}

/** The page fits the phone's width: no sideways scrolling of the page itself. */
async function expectFitsPhone(page: Page, path: string) {
  const response = await page.goto(path);
  expect.soft(response?.status(), path).toBeLessThan(400);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect.soft(scrollWidth, `${path} is ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
  await expectAccessible(page);
  if (scrollWidth > innerWidth) console.log(`${path}: ${scrollWidth} px; widest:`, await widest(page));
}

/** For the failure message: the elements that stick out past the screen's right edge. */
function widest(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(-5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} ${Math.round(element.getBoundingClientRect().right)}`),
  );
}

async function visitAll(page: Page, paths: string[]) {
  for (const path of paths) await test.step(path, () => expectFitsPhone(page, path));
}

test("a visitor's pages fit a phone", async ({ page }) => {
  await visitAll(page, [
    "/",
    "/initiatieven",
    "/initiatieven?q=taal&weergave=kaart",
    "/initiatieven/taalcafe-overvecht",
    "/wijken",
    "/wijken/overvecht",
    "/vragen",
    "/open-data",
    "/inloggen",
    "/registreren",
  ]);
});

test("a resident's pages fit a phone", async ({ page }) => {
  await logIn(page, DEMO.resident);
  await visitAll(page, ["/mijn", "/mijn/hulpprofiel", "/meldingen", "/account"]);
});

test("an organiser's pages fit a phone", async ({ page }) => {
  await logIn(page, DEMO.organiser);
  const org = `/mijn-organisatie/${DEMO_ORGANISATION_SLUG}`;
  await visitAll(page, ["/mijn-organisatie", org, `${org}/initiatieven/nieuw`, `${org}/vrijwilligers`, `${org}/leden`, "/mijn-organisatie/verwijzingen"]);
});

test("a consultant's pages fit a phone", async ({ page }) => {
  const { householdId, needId, referralId } = demoHousehold();
  await logIn(page, DEMO.consultant);
  const household = `/werkplek/huishoudens/${householdId}`;
  await visitAll(page, [
    "/werkplek",
    household,
    `${household}/plan`,
    `${household}/intake`,
    `${household}/toestemming`,
    `${household}/behoeften/${needId}`,
    `${household}/behoeften/${needId}/afdrukken`,
    `/werkplek/verwijzingen/${referralId}`,
    `/werkplek/verwijzingen/${referralId}/brief`,
  ]);
});

test("a coordinator's pages fit a phone", async ({ page }) => {
  const { householdId } = demoHousehold();
  await logIn(page, DEMO.coordinator);
  await visitAll(page, ["/werkplek", "/werkplek/signalen", "/werkplek/inzichten", "/werkplek/team", `/werkplek/huishoudens/${householdId}/logboek`]);
  // The signals page fits because its wide table scrolls inside its own box, not because it is missing.
  await page.goto("/werkplek/signalen");
  const signals = page.getByRole("region", { name: "Signalen in de wijken van je team" });
  await expect(signals.getByRole("table")).toBeVisible();
  const box = await signals.evaluate((element) => ({ inner: element.scrollWidth, outer: element.clientWidth, right: element.getBoundingClientRect().right }));
  expect(box.inner, "the signals table is wider than the phone and scrolls inside its box").toBeGreaterThan(box.outer);
  expect(box.right).toBeLessThanOrEqual(390);
});

test("an admin's pages fit a phone", async ({ page }) => {
  await logIn(page, DEMO.admin);
  await visitAll(page, ["/beheer", "/beheer/controle", "/beheer/mensen", "/beheer/teams", "/beheer/wijken", "/beheer/teksten"]);
});

test("a policy advisor's pages fit a phone", async ({ page }) => {
  await logIn(page, DEMO.policyAdvisor);
  await visitAll(page, ["/inzichten"]);
});
