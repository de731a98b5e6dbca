import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { columnsMentioning } from "../setup/mentions";
import { addHousehold, DEMO, expectAccessible, logIn } from "./support";

/** Tables and columns in which `needle` still appears, read straight from the site's database. */
function databaseMentions(needle: string): string[] {
  const sqlite = new Database(process.env.E2E_DATABASE_PATH!, { readonly: true, fileMustExist: true });
  try {
    return columnsMentioning(sqlite, needle);
  } finally {
    sqlite.close();
  }
}

test.describe("coordinator: erasing a household at once", () => {
  test("asks for a reason and a confirmation, erases everything, and the page is gone", async ({ page }) => {
    // A long journey with an accessibility scan on every page.
    test.setTimeout(150_000);
    const reference = `WIS-${Date.now().toString(36).toUpperCase()}`;
    await logIn(page, DEMO.coordinator);

    // A household of the coordinator's own team, made for this journey.
    const householdUrl = await addHousehold(page, reference);
    expect(databaseMentions(reference)).toContain("households.reference");

    const section = page.getByRole("region", { name: "Huishouden wissen" });
    await expect(section.getByText("Dit kan niet ongedaan worden.")).toBeVisible();
    await section.getByRole("link", { name: "Huishouden wissen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Huishouden ${reference} wissen` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Dit wordt gewist" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Dit blijft" })).toBeVisible();
    await expectAccessible(page);

    // Without a reason and the tick nothing happens, and both are asked for next to their field.
    await page.getByRole("button", { name: "Huishouden definitief wissen" }).click();
    await expect(page.getByText("Vink aan dat je begrijpt dat wissen niet ongedaan kan worden.")).toBeVisible();
    await expect(page.getByLabel("Reden")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
    expect(databaseMentions(reference)).toContain("households.reference");

    // Cancelling leads back to the household, untouched.
    await page.getByRole("link", { name: "Niet wissen, terug naar het huishouden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Huishouden ${reference}` })).toBeVisible();
    await page.goto(`${householdUrl}/wissen`);

    await page.getByLabel("Reden").selectOption({ label: "Het huishouden vraagt om wissen" });
    await page.getByLabel("Ik begrijp dat dit niet ongedaan kan worden").check();
    await page.getByRole("button", { name: "Huishouden definitief wissen" }).click();
    await expect(page).toHaveURL(/\/werkplek$/);
    await expect(page.getByText("Het huishouden is gewist.")).toBeVisible();
    await expect(page.getByRole("link", { name: reference })).toHaveCount(0);
    await expectAccessible(page);

    // Gone for everyone, and nothing that names it is left in the database.
    for (const path of [householdUrl, `${householdUrl}/wissen`, `${householdUrl}/logboek`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    expect(databaseMentions(reference)).toEqual([]);
    // The erasure itself is in the audit log with its reason, and no personal data.
    const sqlite = new Database(process.env.E2E_DATABASE_PATH!, { readonly: true, fileMustExist: true });
    const householdId = Number(householdUrl.split("/").pop());
    const audit = sqlite.prepare(`SELECT detail FROM audit_log WHERE action = 'erase' AND household_id = ?`).all(householdId);
    sqlite.close();
    expect(audit).toEqual([{ detail: "household_request" }]);

    // The team's numbers, which erased households keep counting in anonymously.
    await page.goto("/werkplek/signalen");
    const numbers = page.getByRole("region", { name: "Alles wat je team vastlegde, in cijfers" });
    await expect(numbers.getByRole("table", { name: "Hulpvragen per wijk en leefgebied" })).toBeVisible();
    await expect(numbers.getByRole("table", { name: "Verwijzingen per initiatief" })).toBeVisible();
    await expectAccessible(page);
  });
});
