import { expect, test } from "./fixtures";
import { DEMO, expectAccessible, logIn, logOut, registerAndLogIn } from "./support";

const PASSWORD = "een mooie lange zin";

test("a new user registers an organisation and a listing; the admin approves it and it can be found", async ({ page }) => {
  const unique = Date.now().toString(36);
  // One word nobody else uses, so the search finds exactly this listing.
  const word = `Prikploeg${unique}`;
  const title = `${word} Overvecht`;
  const organisationName = `Schoon Overvecht ${unique}`;

  await registerAndLogIn(page, "Bram Kuipers", `bram-${unique}@example.org`, PASSWORD);
  // Someone without an organisation finds the way in on their own page, in the menu and on the home page.
  await page.goto("/mijn");
  await expect(page.getByRole("heading", { level: 2, name: "Heb je een organisatie of initiatief?" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Organisatie aanmelden" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/");

  // Register the organisation; a wrong KvK number is explained and what was typed stays.
  await page.getByRole("link", { name: "Meld je organisatie aan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisatie aanmelden" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Naam van de organisatie").fill(organisationName);
  await page.getByLabel("Soort organisatie").selectOption({ label: "Bewonersinitiatief" });
  await page.getByLabel("Beschrijving").fill("Bewoners die samen de wijk schoon houden.");
  await page.getByLabel("E-mailadres van de organisatie").fill(`info-${unique}@example.org`);
  await page.getByLabel("KvK-nummer").fill("1234");
  await page.getByRole("button", { name: "Organisatie aanmelden" }).click();
  await expect(page.getByText("Een KvK-nummer heeft 8 cijfers")).toBeVisible();
  await expect(page.getByLabel("Naam van de organisatie")).toHaveValue(organisationName);
  await expectAccessible(page);
  await page.getByLabel("KvK-nummer").fill("87654321");
  await page.getByRole("button", { name: "Organisatie aanmelden" }).click();
  await expect(page.getByText(`${organisationName} is aangemeld.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: organisationName })).toBeVisible();
  await expect(page.getByText("Je organisatie is nog niet geverifieerd.")).toBeVisible();
  await expectAccessible(page);

  // Create the listing by filling the form by its labels.
  await page.getByRole("link", { name: "Nieuw initiatief" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw initiatief" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Korte samenvatting").fill("Elke zaterdag ruimen we samen zwerfvuil op in de wijk.");
  await page.getByLabel("Beschrijving").fill("Prikstokken en handschoenen liggen klaar. Na afloop is er koffie.");
  await page.getByLabel("Soort", { exact: true }).selectOption({ label: "Activiteit" });
  await page.getByLabel("Trefwoorden").fill("zwerfvuil buiten");
  await page.getByLabel("Tijdsbesteding").check();
  await page.getByLabel("Maatschappelijke participatie").check();
  await page.getByLabel("Iedereen").check();
  const firstSlot = page.getByRole("group", { name: "Tijdstip 1" });
  await firstSlot.getByLabel("Dag").selectOption({ label: "zaterdag" });
  await firstSlot.getByLabel("Van").fill("10:00");
  await firstSlot.getByLabel("Tot").fill("09:00");
  await page.getByLabel("Adres", { exact: true }).fill("Zamenhofdreef 10");
  await page.getByLabel("Postcode", { exact: true }).fill("3562 AB");
  await page.getByLabel("Aantal plekken").fill("15");
  await page.getByLabel("E-mailadres", { exact: true }).fill(`prik-${unique}@example.org`);
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  // The end time before the start time is explained next to the field; the rest stays filled in.
  await expect(page.getByText("De eindtijd moet na de begintijd liggen.")).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
  await expectAccessible(page);
  await firstSlot.getByLabel("Tot").fill("12:00");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(page.getByText("Het initiatief is opgeslagen als concept.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `${title} bewerken` })).toBeVisible();
  await expectAccessible(page);

  // Submit: an unverified organisation's listing waits for an admin.
  await page.getByRole("button", { name: "Indienen ter controle" }).click();
  await expect(page.getByText("Je initiatief wacht op controle door een beheerder.")).toBeVisible();
  await expect(page.getByText("Wacht op controle", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: organisationName }).first().click();
  await expect(page.getByRole("row", { name: new RegExp(title) }).getByText("Wacht op controle")).toBeVisible();
  await expectAccessible(page);
  await logOut(page);

  // The admin approves it in the queue.
  await logIn(page, DEMO.admin);
  await page.goto("/beheer");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Naar de controle" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Controle" })).toBeVisible();
  await expect(page.getByRole("heading", { name: organisationName })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `${title} goedkeuren` }).click();
  await expect(page.getByText(`‘${title}’ is goedgekeurd en gepubliceerd.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
  await expectAccessible(page);

  // Now anyone finds it.
  await page.goto(`/initiatieven?q=${word}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectAccessible(page);
});

test("the demo organiser edits a listing and confirms it is still current", async ({ page, demoOrganisationListing }) => {
  const tag = `e2e${Date.now().toString(36)}`;
  // A listing of the demo organisation made for this journey, which changes it.
  const { title } = demoOrganisationListing();
  await logIn(page, DEMO.organiser);
  await page.goto("/mijn-organisatie");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Stichting Buurtkracht Overvecht" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stichting Buurtkracht Overvecht" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: `${title} bewerken` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${title} bewerken` })).toBeVisible();
  await expectAccessible(page);
  const tags = page.getByLabel("Trefwoorden");
  await tags.fill(`${await tags.inputValue()} ${tag}`);
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();
  await expect(page.getByLabel("Trefwoorden")).toHaveValue(new RegExp(`${tag}$`));

  await page.getByRole("button", { name: "Nog actueel" }).click();
  await expect(page.getByText("Dank je! Het initiatief staat nu als actueel.")).toBeVisible();
  await expectAccessible(page);

  // From the dashboard too, one click per listing.
  await page.getByRole("link", { name: "Stichting Buurtkracht Overvecht" }).first().click();
  await page.getByRole("button", { name: `${title} is nog actueel` }).click();
  await expect(page.getByText("Dank je! Het initiatief staat nu als actueel.")).toBeVisible();
  await expectAccessible(page);
});

test("a member of another organisation gets 403 on someone else's listing", async ({ page }) => {
  const unique = Date.now().toString(36);
  await logIn(page, DEMO.organiser);
  await page.goto("/mijn-organisatie");
  await page.getByRole("link", { name: "Stichting Buurtkracht Overvecht" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stichting Buurtkracht Overvecht" })).toBeVisible();
  const dashboard = page.url();
  await page.getByRole("link", { name: "Wandelgroep Vechtzoom bewerken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wandelgroep Vechtzoom bewerken" })).toBeVisible();
  const editPage = page.url();
  await logOut(page);

  await registerAndLogIn(page, "Vreemde", `vreemd-${unique}@example.org`, PASSWORD);
  for (const url of [dashboard, editPage]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(403);
  }
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await expectAccessible(page);
  const missing = await page.goto("/mijn-organisatie/999999/initiatieven/abc");
  expect(missing?.status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an organiser registers an organisation and creates a listing with two weekly times", async ({ page }) => {
    const unique = Date.now().toString(36);
    await registerAndLogIn(page, "Zonder Script", `zonder-${unique}@example.org`, PASSWORD);
    await page.goto("/mijn-organisatie/nieuw");
    await page.getByLabel("Naam van de organisatie").fill(`Zonder Script ${unique}`);
    await page.getByLabel("Soort organisatie").selectOption({ label: "Vereniging" });
    await page.getByLabel("Beschrijving").fill("Een vereniging die alles zonder JavaScript doet.");
    await page.getByLabel("E-mailadres van de organisatie").fill(`club-${unique}@example.org`);
    await page.getByRole("button", { name: "Organisatie aanmelden" }).click();
    await expect(page.getByText(`Zonder Script ${unique} is aangemeld.`)).toBeVisible();

    await page.getByRole("link", { name: "Nieuw initiatief" }).click();
    await page.getByLabel("Titel", { exact: true }).fill(`Online schaakavond ${unique}`);
    await page.getByLabel("Korte samenvatting").fill("Elke week schaken via internet, voor alle niveaus.");
    await page.getByLabel("Sociaal netwerk").check();
    await page.getByLabel("Ouderen").check();
    await page.getByLabel("Online (via internet)").check();
    // Server-side validation: a listing that costs money needs to say how much.
    await page.getByRole("group", { name: "Is het gratis?" }).getByLabel("Nee").check();
    await page.getByLabel("Telefoonnummer").fill("030 123 45 67");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(page.getByText("Schrijf wat het kost. Of kies bij ‘Is het gratis?’ voor ‘Ja’ of ‘Weet ik niet’.")).toBeVisible();
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(`Online schaakavond ${unique}`);
    await page.getByLabel("Kosten", { exact: true }).fill("€ 1 per avond");
    for (const [row, day, from, to] of [
      ["Tijdstip 1", "maandag", "19:00", "21:00"],
      ["Tijdstip 3", "donderdag", "20:00", "22:00"],
    ] as const) {
      const slot = page.getByRole("group", { name: row });
      await slot.getByLabel("Dag").selectOption({ label: day });
      await slot.getByLabel("Van").fill(from);
      await slot.getByLabel("Tot").fill(to);
    }
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(page.getByText("Het initiatief is opgeslagen als concept.")).toBeVisible();
    // Saved in order, blank rows dropped: the two times are now the first two rows.
    await expect(page.getByRole("group", { name: "Tijdstip 2" }).getByLabel("Dag")).toHaveValue("4");
    await expect(page.getByRole("group", { name: "Tijdstip 3" }).getByLabel("Dag")).toHaveValue("");
    await page.getByRole("button", { name: "Indienen ter controle" }).click();
    await expect(page.getByText("Je initiatief wacht op controle door een beheerder.")).toBeVisible();
  });
});
