import { expect, test } from "./fixtures";
import { expectAccessible, logIn, registerAndLogIn } from "./support";

test("the organiser's dashboard shows first what needs attention, each with its count and a link", async ({ page, organisationWithWaitingWork }) => {
  // An organisation of its own with one referral and one volunteer application waiting, so other
  // journeys' referrals and applications to the demo organisation never change the counts.
  const organisation = await organisationWithWaitingWork();
  await logIn(page, organisation.owner.email, organisation.owner.password);
  await page.goto(`/mijn-organisatie/${organisation.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: organisation.name })).toBeVisible();
  const attention = page.getByRole("region", { name: "Wat aandacht nodig heeft" });
  await expect(attention).toBeVisible();
  await expectAccessible(page);

  // Above the rest of the dashboard.
  const attentionTop = (await attention.boundingBox())!.y;
  const listingsTop = (await page.getByRole("heading", { level: 2, name: "Initiatieven" }).boundingBox())!.y;
  expect(attentionTop).toBeLessThan(listingsTop);

  const referrals = attention.getByRole("link", { name: "1 nieuwe verwijzing wacht op je antwoord" });
  await expect(referrals).toBeVisible();
  await expect(attention.getByRole("link", { name: /als vrijwilliger wacht/ })).toHaveText("1 aanmelding als vrijwilliger wacht op je antwoord");

  // The link leads to exactly those referrals.
  await referrals.click();
  await expect(page).toHaveURL(/\/mijn-organisatie\/verwijzingen\?status=sent$/);
  await expect(page.getByLabel("Filter op status")).toHaveValue("sent");
  await expect(page.getByRole("link", { name: /Leesclub/ }).first()).toBeVisible();
  await expectAccessible(page);
});

test("a new organisation's dashboard says that nothing is waiting", async ({ page }) => {
  const unique = Date.now().toString(36);
  const name = `Buurtbieb ${unique}`;
  await registerAndLogIn(page, "Fenna de Wit", `fenna-${unique}@example.org`, "een mooie lange zin");
  await page.goto("/mijn-organisatie/nieuw");
  await page.getByLabel("Naam van de organisatie").fill(name);
  await page.getByLabel("Soort organisatie").selectOption({ label: "Bewonersinitiatief" });
  await page.getByLabel("Beschrijving").fill("Een kastje met boeken om te ruilen.");
  await page.getByLabel("E-mailadres van de organisatie").fill(`bieb-${unique}@example.org`);
  await page.getByRole("button", { name: "Organisatie aanmelden" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const attention = page.getByRole("region", { name: "Wat aandacht nodig heeft" });
  await expect(attention.getByText("Er wacht nu niets op je. Alles is bijgewerkt.")).toBeVisible();
  await expect(attention.getByRole("link")).toHaveCount(0);
  await expectAccessible(page);
});
