import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, logIn, readE2eDatabase } from "./support";

// Run: E2E_PORT=3614 npx playwright test tests/e2e/print.test.ts

type Letter = { referralId: number; reference: string; householdId: number; needId: number };

/** A referral of the demo consultant's team to Taalcafé Overvecht (in the demo data), with its need. */
function findReferral(): Letter {
  const row = readE2eDatabase(
    (sqlite) =>
      sqlite
        .prepare(
          `select r.id as referralId, h.reference as reference, h.id as householdId, r.need_id as needId
         from referrals r
         join households h on h.id = r.household_id
         join initiatives i on i.id = r.initiative_id and i.slug = 'taalcafe-overvecht'
         join team_members tm on tm.team_id = h.team_id
         join users u on u.id = tm.user_id and u.email = ?
         where r.need_id is not null and r.status in ('sent', 'accepted', 'started')
         order by r.id limit 1`,
        )
        .get(DEMO.consultant) as Letter | undefined,
  );
  if (!row) throw new Error("The demo data has no referral to Taalcafé Overvecht for the demo consultant");
  return row;
}

test("a consultant prints a referral letter in Dutch and English, with only the reference number", async ({ page }) => {
  const letter = findReferral();
  await logIn(page, DEMO.consultant);
  await page.goto(`/werkplek/verwijzingen/${letter.referralId}`);
  await page.getByRole("link", { name: "Brief afdrukken" }).click();
  await expect(page).toHaveURL(`/werkplek/verwijzingen/${letter.referralId}/brief`);

  const sheet = page.locator("article.print-sheet");
  await expect(sheet).toHaveAttribute("lang", "nl");
  await expect(sheet.getByRole("heading", { level: 1, name: "Je gaat naar Taalcafé Overvecht" })).toBeVisible();
  await expect(sheet.getByText(`Je nummer: ${letter.reference}`)).toBeVisible();
  await expect(sheet.getByText("Zamenhofdreef 12")).toBeVisible();
  await expect(sheet.getByText("elke dinsdag 10:00–12:00")).toBeVisible();
  await expect(sheet.getByText("Gratis", { exact: true })).toBeVisible();
  await expect(sheet.getByText("Pen en papier. Een woordenboek mag, hoeft niet.")).toBeVisible();
  await expect(sheet.getByText("Deze brief.", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // On paper: no header, menu or toolbar; the letter stays.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
  await expect(sheet.getByText(`Je nummer: ${letter.reference}`)).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\?taal=en$/);
  await expect(sheet).toHaveAttribute("lang", "en");
  await expect(sheet.getByRole("heading", { level: 1, name: "You are going to Taalcafé Overvecht" })).toBeVisible();
  await expect(sheet.getByText(`Your number: ${letter.reference}`)).toBeVisible();
  await expect(sheet.getByText("every Tuesday 10:00–12:00")).toBeVisible();
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);
});

test("a consultant prints the top matches for a need, with their reasons", async ({ page }) => {
  const letter = findReferral();
  await logIn(page, DEMO.consultant);
  await page.goto(`/werkplek/huishoudens/${letter.householdId}/behoeften/${letter.needId}`);
  await page.getByRole("link", { name: "Lijst afdrukken" }).click();
  await expect(page).toHaveURL(`/werkplek/huishoudens/${letter.householdId}/behoeften/${letter.needId}/afdrukken`);
  const sheet = page.locator("article.print-sheet");
  await expect(sheet.getByText(`Je nummer: ${letter.reference}`)).toBeVisible();
  const entries = sheet.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  expect(await entries.count()).toBeGreaterThan(0);
  expect(await entries.count()).toBeLessThanOrEqual(5);
  await expect(entries.first().getByText("Waarom dit past:")).toBeVisible();
  await expect(entries.first().getByText("Wat kost het")).toBeVisible();
  await expectAccessible(page);
});

test("the letter is refused to anyone outside the team", async ({ page }) => {
  const letter = findReferral();
  expect((await page.goto(`/werkplek/verwijzingen/${letter.referralId}/brief`))?.url()).toContain("/inloggen");
  await logIn(page, DEMO.organiser);
  const response = await page.goto(`/werkplek/verwijzingen/${letter.referralId}/brief`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(letter.reference)).toHaveCount(0);
});
