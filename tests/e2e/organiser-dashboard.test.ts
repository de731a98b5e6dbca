import { expect, test } from "@playwright/test";
import { DEMO_ORGANISATION_SLUG } from "../../db/seed/data/organisations";
import { DEMO, expectAccessible, logIn, readE2eDatabase, registerAndLogIn } from "./support";

/** How many of the demo organisation's referrals and volunteer applications wait for an answer. */
function demoWaiting(): { referrals: number; applications: number } {
  return readE2eDatabase((sqlite) => {
    const count = (table: string, status: string) =>
      (
        sqlite
          .prepare(
            `select count(*) as n from ${table} x join initiatives i on i.id = x.initiative_id
             join organisations o on o.id = i.organisation_id where o.slug = ? and x.status = ?`,
          )
          .get(DEMO_ORGANISATION_SLUG, status) as { n: number }
      ).n;
    return { referrals: count("referrals", "sent"), applications: count("volunteer_applications", "pending") };
  });
}

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

test("the organiser's dashboard shows first what needs attention, each with its count and a link", async ({ page }) => {
  const waiting = demoWaiting();
  // The demo organisation has referrals waiting; otherwise this journey would check nothing.
  expect(waiting.referrals).toBeGreaterThan(0);
  await logIn(page, DEMO.organiser);
  await page.goto(`/mijn-organisatie/${DEMO_ORGANISATION_SLUG}`);
  const attention = page.getByRole("region", { name: "Wat aandacht nodig heeft" });
  await expect(attention).toBeVisible();
  await expectAccessible(page);

  // Above the rest of the dashboard.
  const attentionTop = (await attention.boundingBox())!.y;
  const listingsTop = (await page.getByRole("heading", { level: 2, name: "Initiatieven" }).boundingBox())!.y;
  expect(attentionTop).toBeLessThan(listingsTop);

  const referrals = attention.getByRole("link", {
    name: plural(waiting.referrals, "nieuwe verwijzing wacht op je antwoord", "nieuwe verwijzingen wachten op je antwoord"),
  });
  await expect(referrals).toBeVisible();
  const applications = attention.getByRole("link", { name: /als vrijwilliger wacht/ });
  if (waiting.applications > 0) {
    await expect(applications).toHaveText(
      plural(waiting.applications, "aanmelding als vrijwilliger wacht op je antwoord", "aanmeldingen als vrijwilliger wachten op je antwoord"),
    );
  } else {
    await expect(applications).toHaveCount(0);
  }

  // The link leads to exactly those referrals.
  await referrals.click();
  await expect(page).toHaveURL(/\/mijn-organisatie\/verwijzingen\?status=sent$/);
  await expect(page.getByLabel("Filter op status")).toHaveValue("sent");
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
