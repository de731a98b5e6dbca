import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, logIn, readE2eDatabase } from "./support";

/** A colleague's household in the demo consultant's team, and a household of a team they are not in. */
function demoReferences() {
  return readE2eDatabase((sqlite) => {
    const colleagues = sqlite
      .prepare(
        `select h.reference from households h
         join team_members tm on tm.team_id = h.team_id join users u on u.id = tm.user_id
         where u.email = ? and h.closed_at is null and h.consultant_id != u.id and h.reference not like 'HIST-%'
         order by h.id limit 1`,
      )
      .get(DEMO.consultant) as { reference: string };
    const elsewhere = sqlite
      .prepare(
        `select h.reference from households h
         where h.closed_at is null and h.team_id not in
           (select tm.team_id from team_members tm join users u on u.id = tm.user_id where u.email = ?)
         order by h.id limit 1`,
      )
      .get(DEMO.consultant) as { reference: string };
    return { colleagues: colleagues.reference, elsewhere: elsewhere.reference };
  });
}

test("a consultant finds a household of the team by part of its reference, and the search stays in the URL", async ({ page }) => {
  const { colleagues, elsewhere } = demoReferences();
  await logIn(page, DEMO.consultant);
  await page.goto("/werkplek");
  const search = page.getByRole("search", { name: "Zoeken op referentie" });
  await expectAccessible(page);

  // Typed loosely: lower case, spaces for dashes.
  const typed = colleagues.toLowerCase().replaceAll("-", " ");
  await search.getByLabel("Referentie (of een deel ervan)").fill(typed);
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(typed).replaceAll("%20", "(\\+|%20)")}`));
  await expect(page.getByRole("status")).toHaveText(`1 huishouden gevonden voor ‘${typed}’`);
  await expect(page.getByRole("table").getByRole("link", { name: colleagues })).toBeVisible();
  await expectAccessible(page);

  // A reload or another filter keeps the search.
  await page.reload();
  await expect(search.getByLabel("Referentie (of een deel ervan)")).toHaveValue(typed);
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole("table").getByRole("link", { name: colleagues })).toBeVisible();

  // Another team's household is not there to be found.
  await search.getByLabel("Referentie (of een deel ervan)").fill(elsewhere);
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("status")).toHaveText(`0 huishoudens gevonden voor ‘${elsewhere}’`);
  await expect(page.getByRole("table")).toHaveCount(0);

  await search.getByRole("link", { name: "Zoeken wissen" }).click();
  await expect(page).toHaveURL(/\/werkplek$/);
  await expect(search.getByLabel("Referentie (of een deel ervan)")).toHaveValue("");
});
