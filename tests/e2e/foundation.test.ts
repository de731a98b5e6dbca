import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, logIn, logOut, registerAndLogIn } from "./support";

test.describe("accounts", () => {
  test("a visitor registers and logs in", async ({ page }) => {
    const email = `nieuw-${Date.now()}@example.org`;
    await page.goto("/");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Registreren" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Account maken" })).toBeVisible();
    await expectAccessible(page);

    // A missing name and a weak password are both flagged at once, not one after the other.
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill("kort");
    await page.getByLabel("Wachtwoord").press("Enter");
    await expect(page.getByText("Vul dit veld in.")).toBeVisible();
    await expect(page.getByText("Kies een sterker wachtwoord")).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
    await expectAccessible(page);
    await page.getByLabel("Naam").fill("Noor Bakker");

    await page.getByLabel("Wachtwoord").fill("een mooie lange zin");
    await page.getByRole("button", { name: "Account maken" }).click();
    // The same answer as for a known address: nobody is logged in by registering.
    await expect(page.getByText(`Bijna klaar. We hebben een e-mail gestuurd naar ${email}.`, { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Inloggen", exact: true })).toBeVisible();

    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill("niet het goede wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Dit e-mailadres en wachtwoord horen niet bij elkaar.")).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
    await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
    await expectAccessible(page);

    await logIn(page, email, "een mooie lange zin");
    await expect(page.getByText("Welkom terug, Noor Bakker.")).toBeVisible();
    await logOut(page);
  });

  test("an empty login form shows what is missing next to each field", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Vul dit veld in.")).toHaveCount(2);
    await expectAccessible(page);
  });

  test("registering a known address answers as for a new one and logs nobody in", async ({ page }) => {
    await page.goto("/registreren");
    await page.getByLabel("Naam").fill("Dubbel");
    await page.getByLabel("E-mailadres").fill(DEMO.resident);
    await page.getByLabel("Wachtwoord").fill("een mooie lange zin");
    await page.getByRole("button", { name: "Account maken" }).click();
    await expect(page.getByText(`Bijna klaar. We hebben een e-mail gestuurd naar ${DEMO.resident}.`, { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await expect(page.getByText("Er is al een account")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("after five wrong passwords the account is locked for a while, with a message next to the form", async ({ page }) => {
    // Registration, a login and six wrong ones: more password hashing than any other journey.
    test.slow();
    const email = `slot-${Date.now()}@example.org`;
    await registerAndLogIn(page, "Slot", email, "een mooie lange zin");
    await logOut(page);
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.goto("/inloggen");
      await page.getByLabel("E-mailadres").fill(email);
      await page.getByLabel("Wachtwoord").fill(`fout wachtwoord ${attempt}`);
      await page.getByRole("button", { name: "Inloggen" }).click();
      await expect(page.getByText("Dit e-mailadres en wachtwoord horen niet bij elkaar.", { exact: false })).toBeVisible();
    }
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill("een mooie lange zin");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Er is te vaak een verkeerd wachtwoord gebruikt voor dit account.", { exact: false })).toBeVisible();
    await expectAccessible(page);
  });

  test("my account: change name and language", async ({ page }) => {
    const email = `account-${Date.now()}@example.org`;
    await registerAndLogIn(page, "Lies", email, "een mooie lange zin");
    await page.goto("/account");
    await expectAccessible(page);
    await page.getByLabel("Naam").fill("Lies de Wit");
    await page.getByLabel("Taal van de site").selectOption("en");
    await page.getByRole("button", { name: "Gegevens opslaan" }).click();
    await expect(page.getByText("Your details have been saved.")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue("Lies de Wit");
  });
});

const navigation: Record<keyof typeof DEMO, { landsOn: RegExp; sees: string[]; doesNotSee: string[] }> = {
  resident: { landsOn: /\/$/, sees: ["Initiatieven", "Mijn pagina"], doesNotSee: ["Huishoudens", "Mijn organisatie", "Controle"] },
  organiser: { landsOn: /\/mijn-organisatie\/\d+$/, sees: ["Mijn organisatie", "Verwijzingen"], doesNotSee: ["Huishoudens", "Controle"] },
  consultant: { landsOn: /\/werkplek$/, sees: ["Huishoudens", "Signalen"], doesNotSee: ["Mijn organisatie", "Controle"] },
  coordinator: { landsOn: /\/werkplek$/, sees: ["Huishoudens", "Signalen"], doesNotSee: ["Mijn organisatie", "Controle"] },
  policyAdvisor: {
    landsOn: /\/inzichten$/,
    sees: ["Inzichten gemeente", "Mijn pagina"],
    doesNotSee: ["Huishoudens", "Mijn organisatie", "Controle"],
  },
  admin: { landsOn: /\/beheer$/, sees: ["Controle", "Beheer"], doesNotSee: ["Huishoudens", "Mijn organisatie"] },
};

test.describe("navigation per role", () => {
  for (const [role, expected] of Object.entries(navigation) as [keyof typeof DEMO, (typeof navigation)[keyof typeof DEMO]][]) {
    test(`the demo ${role} sees their own menu`, async ({ page }) => {
      await logIn(page, DEMO[role]);
      await expect(page).toHaveURL(expected.landsOn);
      const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
      for (const item of expected.sees) await expect(menu.getByRole("link", { name: item, exact: true })).toBeVisible();
      for (const item of expected.doesNotSee) await expect(menu.getByRole("link", { name: item, exact: true })).toHaveCount(0);
      await expectAccessible(page);
    });
  }

  test("a visitor sees the public menu and is sent to login from consultant pages", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link", { name: "Initiatieven" })).toBeVisible();
    await expect(menu.getByRole("link", { name: "Huishoudens" })).toHaveCount(0);

    await page.goto("/werkplek");
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fwerkplek/);
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  });

  test("a resident is refused consultant pages with a 403 page", async ({ page }) => {
    await logIn(page, DEMO.resident);
    const response = await page.goto("/werkplek");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("languages and error pages", () => {
  test("switching to English is remembered", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Stronger together in your neighbourhood" })).toBeVisible();
    await page.getByRole("link", { name: "Log in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Overschakelen naar Nederlands" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  });

  test("an English browser gets English", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("an unknown address shows the 404 page in the user's language", async ({ page }) => {
    const response = await page.goto("/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a cross-site form post is refused", async ({ request }) => {
    const response = await request.post("/inloggen", {
      form: { email: DEMO.resident, password: "x" },
      headers: { Origin: "https://evil.example" },
    });
    expect(response.status()).toBe(403);
  });

  test("the health check answers", async ({ request }) => {
    const response = await request.get("/healthz");
    expect(response.ok()).toBe(true);
    expect(await response.text()).toBe("ok");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused form opens with a summary at the top that has the focus and leads to the first wrong field", async ({ page }) => {
    await page.goto("/registreren");
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByRole("button", { name: "Account maken" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "velden die je nog moet aanpassen" });
    await expect(summary).toContainText("Er zijn 3 velden die je nog moet aanpassen.");
    await expect(summary).toBeFocused();
    await expect(page.getByLabel("E-mailadres")).toHaveValue("geen-adres");
    await summary.getByRole("link", { name: "Naar het eerste veld" }).click();
    await expect(page).toHaveURL(/#register-name$/);
    // No axe scan here: axe runs as a script in the page. The same page is scanned in the journeys above.
  });
});
