import Database from "better-sqlite3";
import { expect, test } from "./fixtures";
import { DEMO, expectAccessible, logIn } from "./support";

test("a consultant refers a household from its matches, the organiser accepts, the consultant sees the answer", async ({
  page,
  browser,
  teamHousehold,
  demoOrganisationListing,
}) => {
  test.setTimeout(240_000); // two people, eight pages, each checked with axe, on a shared machine
  // A household with consent and an open need, and a listing of the demo organisation that fits it,
  // both made for this journey: referring and accepting change them (places taken, the need's status).
  const household = teamHousehold({ needs: ["social_network"], consent: true });
  const listing = demoOrganisationListing();
  const candidate = { householdId: household.id, needId: household.needs[0]!.id, reference: household.reference, title: listing.title };
  const contactName = `Contact ${Date.now()}`;

  await logIn(page, DEMO.consultant);
  await page.goto(`/werkplek/huishoudens/${candidate.householdId}/behoeften/${candidate.needId}`);
  await expect(page.getByRole("heading", { level: 1, name: /^Passend aanbod voor/ })).toBeVisible();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: candidate.title, exact: true }) });
  await expect(card).toBeVisible();
  await expect(card.getByText(/km|online/).first()).toBeVisible();
  await expect(card.getByText(/Score \d/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Laat zien waarom andere initiatieven afvielen" }).click();
  await expect(page.getByRole("heading", { name: "Afgevallen initiatieven" })).toBeVisible();
  await expect(page.getByText(/ander leefgebied/)).toBeVisible();
  await expectAccessible(page);

  await page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: candidate.title, exact: true }) })
    .getByRole("link", { name: /^Verwijzen/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: `Verwijzen naar ${candidate.title}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Verwijzing versturen" }).click();
  await expect(page.getByText("Vul dit veld in.").first()).toBeVisible();
  await page.getByLabel("Bericht aan de organisator").fill("Mevrouw woont sinds kort in de wijk en kent nog weinig mensen.");
  await page.getByLabel("Wat zoekt het huishouden?").fill("Een vaste activiteit in de week, dichtbij huis.");
  await page.getByLabel("Naam van de contactpersoon").fill(contactName);
  await page.getByLabel("Telefoonnummer").fill("06 12345678");
  await page.getByLabel("Hoe wil het huishouden benaderd worden?").selectOption("phone");
  await page.getByRole("button", { name: "Verwijzing versturen" }).click();

  await expect(page.getByText("De verwijzing is verstuurd.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Verwijzing naar ${candidate.title}` })).toBeVisible();
  await expect(page.getByText("Verstuurd", { exact: true }).first()).toBeVisible();
  const referralPath = new URL(page.url()).pathname;
  const referralId = referralPath.split("/").at(-1)!;
  await expectAccessible(page);

  const organiserContext = await browser.newContext();
  const organiser = await organiserContext.newPage();
  await logIn(organiser, DEMO.organiser);
  await organiser.goto("/mijn-organisatie/verwijzingen");
  await expect(organiser.getByRole("heading", { level: 1, name: "Verwijzingen" })).toBeVisible();
  await expectAccessible(organiser);
  await organiser.locator(`a[href="/mijn-organisatie/verwijzingen/${referralId}"]`).click();
  await expect(organiser.getByRole("heading", { level: 1, name: `Verwijzing voor ${candidate.title}` })).toBeVisible();
  await expect(organiser.getByText(contactName)).toBeVisible();
  await expect(organiser.getByText(candidate.reference)).toHaveCount(0);
  await expectAccessible(organiser);
  await organiser.getByRole("button", { name: "Accepteren" }).click();
  await expect(organiser.getByText("De verwijzing is geaccepteerd.")).toBeVisible();
  await expect(organiser.getByText("Geaccepteerd", { exact: true }).first()).toBeVisible();
  await expectAccessible(organiser);
  await organiserContext.close();

  await page.reload();
  await expect(page.getByText("Geaccepteerd", { exact: true }).first()).toBeVisible();
  const timeline = page.getByRole("region", { name: "Tijdlijn" });
  await expect(timeline.getByText("Verstuurd → Geaccepteerd")).toBeVisible();
  await expect(timeline.getByText(/door Karim El Amrani/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /^Meldingen, [1-9]\d* ongelezen$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
  await expect(page.getByText(`${candidate.title} heeft de verwijzing van ${candidate.reference} geaccepteerd`).first()).toBeVisible();
  await expectAccessible(page);
});

test("people outside the referral are refused its pages", async ({ browser }) => {
  test.setTimeout(120_000);
  const file = process.env.E2E_DATABASE_PATH!;
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const referral = sqlite
    .prepare(
      `select r.id, h.id as householdId, r.need_id as needId, r.initiative_id as initiativeId from referrals r
       join households h on h.id = r.household_id
       join initiatives i on i.id = r.initiative_id
       join organisation_members om on om.organisation_id = i.organisation_id
       join users u on u.id = om.user_id and u.email = ?
       join team_members tm on tm.team_id = h.team_id
       join users cu on cu.id = tm.user_id and cu.email = ?
       where r.need_id is not null order by r.id limit 1`,
    )
    .get(DEMO.organiser, DEMO.consultant) as { id: number; householdId: number; needId: number; initiativeId: number };
  sqlite.close();

  const pages = [
    `/werkplek/verwijzingen/${referral.id}`,
    `/mijn-organisatie/verwijzingen/${referral.id}`,
    `/werkplek/huishoudens/${referral.householdId}/behoeften/${referral.needId}`,
    `/werkplek/huishoudens/${referral.householdId}/verwijzen/${referral.initiativeId}`,
  ];
  // A resident, a consultant of another team and an organiser of another organisation.
  for (const outsider of [DEMO.resident, "youssef.benali@wijkmarkt.demo", "henk.dekker@wijkmarkt.demo"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, outsider);
    for (const path of pages) {
      const response = await page.goto(path);
      expect([403, 404], `${outsider} ${path}`).toContain(response?.status());
    }
    await expectAccessible(page);
    const inbox = await page.goto("/mijn-organisatie/verwijzingen");
    if (outsider === "henk.dekker@wijkmarkt.demo") {
      expect(inbox?.status()).toBe(200);
      await expect(page.locator(`a[href="/mijn-organisatie/verwijzingen/${referral.id}"]`)).toHaveCount(0);
    } else {
      expect(inbox?.status(), outsider).toBe(403);
    }
    await context.close();
  }

  // The receiving organiser does not see the team's pages; a bad id is a page that does not exist.
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, DEMO.organiser);
  for (const path of [pages[0], pages[2], pages[3]]) {
    const response = await page.goto(path);
    expect([403, 404], path).toContain(response?.status());
  }
  expect((await page.goto("/werkplek/verwijzingen/abc"))?.status()).toBe(404);
  await context.close();
});
