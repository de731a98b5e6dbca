import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { DEMO_ORGANISATION_SLUG } from "../../db/seed/data/organisations";
import { DEMO, expectAccessible, readE2eDatabase, signedIn } from "./support";

/** A listing waiting for approval, with everything an organiser can fill in that the queue's summary leaves out. */
function submitListing(title: string): number {
  const db = new Database(process.env.E2E_DATABASE_PATH!);
  try {
    const org = db.prepare("select id from organisations where slug = ?").get(DEMO_ORGANISATION_SLUG) as { id: number };
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    const now = Date.now();
    const { lastInsertRowid } = db
      .prepare(
        `insert into initiatives (slug, organisation_id, title, summary, description, what_to_bring, kind, status, last_confirmed_at)
         values (?, ?, ?, 'Samen repareren.', 'Elke week repareren we fietsen en lampen met buren.', 'Je kapotte spullen', 'activity', 'submitted', ?)`,
      )
      .run(slug, org.id, title, now);
    db.prepare("insert into schedule_slots (initiative_id, weekday, start_time, end_time) values (?, 3, '14:00', '16:00')").run(lastInsertRowid);
    return Number(lastInsertRowid);
  } finally {
    db.close();
  }
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
