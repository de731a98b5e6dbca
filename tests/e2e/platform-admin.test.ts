import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, expectAccessible, logIn, logOut, registerAndLogIn } from "./support";

/** A new account, so that changing its roles never disturbs the other journeys' demo accounts. */
async function registerSomeone(page: Page, name: string) {
  const email = `${name.toLowerCase().replace(/\s+/g, ".")}-${Date.now()}@example.org`;
  await registerAndLogIn(page, name, email, "een mooie lange zin");
  await logOut(page);
  return email;
}

test.describe("running the platform", () => {
  // Long journeys with an accessibility check on every page: generous on a busy machine.
  test.describe.configure({ timeout: 480_000 });
  test("the admin adds a wijk and a team with its coordinator, then finds a person, gives a role and blocks them", async ({ page }) => {
    const stamp = Date.now();
    const lead = await registerSomeone(page, "Lotte Leider");
    await logIn(page, DEMO.admin);

    await page.goto("/beheer");
    await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Wijken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wijken" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Nieuwe wijk" }).click();

    const neighbourhood = `Testwijk ${stamp}`;
    const pc4 = String(9000 + (stamp % 999));
    await page.getByLabel("Naam").fill(neighbourhood);
    await page.getByLabel("Postcodes").fill("3561, 12ab");
    await page.getByLabel("Breedtegraad van het middelpunt").fill("40");
    await page.getByLabel("Lengtegraad van het middelpunt").fill("5,12");
    await page.getByRole("button", { name: "Wijk opslaan" }).click();
    await expect(page.getByText("“12ab” is geen postcode van vier cijfers.")).toBeVisible();
    await expect(page.getByText("Dit ligt niet in Nederland")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Postcodes").fill("3561");
    await page.getByLabel("Breedtegraad van het middelpunt").fill("52,1");
    await page.getByRole("button", { name: "Wijk opslaan" }).click();
    await expect(page.getByText("Postcode 3561 hoort al bij wijk Overvecht.")).toBeVisible();
    await expect(page.getByLabel("Naam")).toHaveValue(neighbourhood);

    await page.getByLabel("Postcodes").fill(pc4);
    await page.getByRole("button", { name: "Wijk opslaan" }).click();
    await expect(page.getByText(`Wijk ${neighbourhood} is opgeslagen.`)).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(neighbourhood) })).toContainText(pc4);

    await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Wijkteams" }).click();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Nieuw wijkteam" }).click();
    const team = `Wijkteam Test ${stamp}`;
    await page.getByRole("textbox", { name: "Naam" }).fill(team);
    await page.getByRole("button", { name: "Wijkteam opslaan" }).click();
    await expect(page.getByText("Kies minstens één wijk.")).toBeVisible();
    await page.getByRole("checkbox", { name: neighbourhood }).check();
    await page.getByLabel("E-mailadres van de coördinator").fill("niemand@example.org");
    await page.getByRole("button", { name: "Wijkteam opslaan" }).click();
    await expect(page.getByText("Er is geen account met dit e-mailadres.")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("E-mailadres van de coördinator").fill(lead);
    await page.getByRole("button", { name: "Wijkteam opslaan" }).click();
    await expect(page.getByText(`${team} is opgeslagen.`)).toBeVisible();
    await expect(page.getByRole("heading", { name: `Mensen in ${team}` })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Lotte Leider" })).toContainText("Coördinator");
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Mensen" }).click();
    await page.getByLabel("Zoek op naam of e-mailadres").fill("Lotte Leider");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Lotte Leider bekijken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Lotte Leider" })).toBeVisible();
    await expect(page.getByText(`Toegevoegd aan team: ${team} · lead`)).toBeVisible();
    await page.getByRole("button", { name: "Beheerder maken" }).click();
    await expect(page.getByText("De rol is gegeven.")).toBeVisible();
    await expect(page.getByText("Rol gegeven: Beheerder door Fatima Yilmaz")).toBeVisible();
    await page.getByRole("button", { name: "Rol Beheerder afnemen" }).click();
    await expect(page.getByText("De rol is afgenomen.")).toBeVisible();
    await page.getByRole("button", { name: "Beleidsadviseur maken" }).click();
    await expect(page.getByText("Rol gegeven: Beleidsadviseur door Fatima Yilmaz")).toBeVisible();
    await page.getByRole("button", { name: "Rol Beleidsadviseur afnemen" }).click();
    await expect(page.getByText("Rol afgenomen: Beleidsadviseur door Fatima Yilmaz")).toBeVisible();
    await page.getByRole("button", { name: "Account blokkeren" }).click();
    await expect(page.getByText("Het account is geblokkeerd.")).toBeVisible();
    await expectAccessible(page);
    await logOut(page);

    // A blocked account cannot log in.
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(lead);
    await page.getByLabel("Wachtwoord").fill("een mooie lange zin");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
  });

  test("a coordinator adds a consultant, who has the team's workspace until taken out again", async ({ page, browser, freshTeam }) => {
    // A team of its own with its coordinator: adding and removing members changes the team.
    const { coordinator } = await freshTeam();
    const email = await registerSomeone(page, "Chris Consulent");
    await logIn(page, coordinator.email, coordinator.password);
    await page.getByRole("link", { name: "Mijn team" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijn team" })).toBeVisible();
    await expectAccessible(page);
    // Coordinators add consultants only: no choice of role.
    await expect(page.getByLabel("Rol in het team")).toHaveCount(0);
    await page.getByLabel("E-mailadres").fill("niemand@example.org");
    await page.getByRole("button", { name: "Toevoegen" }).click();
    await expect(page.getByText("Er is geen account met dit e-mailadres.")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Toevoegen" }).click();
    await expect(page.getByText("Chris Consulent is toegevoegd aan het team.")).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveValue("");

    const consultantContext = await browser.newContext();
    const consultant = await consultantContext.newPage();
    await logIn(consultant, email, "een mooie lange zin");
    await consultant.goto("/werkplek");
    await expect(consultant.getByRole("heading", { level: 1, name: "Huishoudens" })).toBeVisible();
    await page.getByRole("button", { name: "Chris Consulent uit het team halen" }).click();
    await expect(page.getByText("Chris Consulent is uit het team gehaald.")).toBeVisible();

    // The next request already refuses the team's workspace.
    const workspace = await consultant.goto("/werkplek");
    expect(workspace?.status()).toBe(403);
    await consultantContext.close();
  });

  test("a coordinator cannot open the admin's team pages", async ({ page }) => {
    await logIn(page, DEMO.coordinator);
    const response = await page.goto("/beheer/teams");
    expect(response?.status()).toBe(403);
  });
});
