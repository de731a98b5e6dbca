import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, readE2eDatabase, signedIn, insertDemoListing } from "./support";

/** A listing waiting for approval, with everything an organiser can fill in that the queue's summary leaves out. */
function submitListing(title: string): number {
  return insertDemoListing(
    title,
    {
      summary: "Samen repareren.",
      description: "Elke week repareren we fietsen en lampen met buren.",
      what_to_bring: "Je kapotte spullen",
      kind: "activity",
      // Complete (when, where, how to take part), or the approval is refused as for any listing.
      address: "Zamenhofdreef 10",
      postcode: "3562AB",
      contact_email: "repair@example.org",
      status: "submitted",
    },
    [{ weekday: 3, start: "14:00", end: "16:00" }],
  ).id;
}

test("the admin opens a waiting listing whole, as the public will see it, and approves it there", async ({ browser }) => {
  test.setTimeout(300_000);
  const title = `Repaircafé ${Date.now()}`;
  const id = submitListing(title);

  const admin = await signedIn(browser, DEMO.admin);
  await admin.goto("/beheer/controle");
  await admin.getByRole("link", { name: `Bekijk de hele vermelding van ${title}` }).click();
  await expect(admin).toHaveURL(new RegExp(`/beheer/controle/${id}$`));
  await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(admin.getByText("Zo ziet iedereen deze vermelding na goedkeuring.", { exact: false })).toBeVisible();
  await expect(admin.getByText("Elke week repareren we fietsen en lampen met buren.")).toBeVisible();
  await expect(admin.getByText("Je kapotte spullen")).toBeVisible();
  await expect(admin.getByText("elke woensdag 14:00–16:00")).toBeVisible();
  await expectAccessible(admin);
  await admin.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(admin);

  const organiser = await signedIn(browser, DEMO.organiser);
  expect((await organiser.goto(`/beheer/controle/${id}`))?.status()).toBe(403);

  await admin.getByRole("button", { name: `${title} goedkeuren` }).click();
  await expect(admin).toHaveURL(/\/beheer\/controle$/);
  const status = readE2eDatabase((sqlite) => (sqlite.prepare("select status from initiatives where id = ?").get(id) as { status: string }).status);
  expect(status).toBe("published");
  // Once approved it is no longer in the queue, so its check page is gone.
  expect((await admin.goto(`/beheer/controle/${id}`))?.status()).toBe(404);
});
