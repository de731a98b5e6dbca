import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, readE2eDatabase, signedIn, insertDemoListing } from "./support";

/** A published activity of the demo organisation with two places and sign-up in the site turned on. */
function createActivity(title: string) {
  return insertDemoListing(title, {
    summary: "Samen koken en eten in de buurtkamer.",
    kind: "activity",
    status: "published",
    capacity: 2,
    taking_part: "sign_up",
    sign_up_in_site: 1,
    published_at: Date.now(),
  });
}

test("a resident signs up and cancels; the organiser sees the participant and removes them with a message", async ({ browser }) => {
  const title = `Samen eten ${Date.now()}`;
  const activity = createActivity(title);

  const resident = await signedIn(browser, DEMO.resident);
  await resident.goto(`/initiatieven/${activity.slug}`);
  await expect(resident.getByText("Meld je eerst aan bij de organisator.")).toBeVisible();
  await expect(resident.getByText("2 plekken vrij")).toBeVisible();
  await expectAccessible(resident);
  await resident.getByRole("button", { name: "Aanmelden" }).click();
  await expect(resident.getByText("Je bent aangemeld.", { exact: true })).toBeVisible();
  await expect(resident.getByText("1 plek vrij")).toBeVisible();

  await resident.goto("/mijn");
  const mine = resident.getByRole("region", { name: "Activiteiten waarvoor je bent aangemeld" });
  await expect(mine.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(resident);

  await resident.goto(`/initiatieven/${activity.slug}`);
  await resident.getByRole("button", { name: "Afmelden" }).click();
  await expect(resident.getByText("Je bent afgemeld.", { exact: false })).toBeVisible();
  await resident.getByRole("button", { name: "Aanmelden" }).click();
  await expect(resident.getByText("Je bent aangemeld.", { exact: true })).toBeVisible();

  const organiser = await signedIn(browser, DEMO.organiser);
  await organiser.goto(`/mijn-organisatie/${activity.organisationId}/initiatieven/${activity.id}`);
  const list = organiser.getByRole("region", { name: "Aangemeld op de site (1)" });
  await expect(list.getByRole("heading", { name: "Sanne de Vries" })).toBeVisible();
  await expectAccessible(organiser);
  await list.getByLabel("Bericht aan Sanne de Vries").fill("De groep is vol met mensen van de wachtlijst.");
  await list.getByRole("button", { name: "Van de lijst halen" }).click();
  await expect(organiser.getByText("Nog niemand heeft zich op de site aangemeld.")).toBeVisible();

  await resident.goto("/mijn");
  await expect(resident.getByText("De organisator heeft je van de lijst gehaald: De groep is vol met mensen van de wachtlijst.")).toBeVisible();
});

test("on /mijn each sign-up has its own cancel button, also on a phone", async ({ browser }) => {
  const firstTitle = `Buurtlunch ${Date.now()}`;
  const secondTitle = `Wandelgroep ${Date.now()}`;
  const first = createActivity(firstTitle);
  const second = createActivity(secondTitle);
  const resident = await signedIn(browser, DEMO.resident);
  for (const activity of [first, second]) {
    await resident.goto(`/initiatieven/${activity.slug}`);
    await resident.getByRole("button", { name: "Aanmelden" }).click();
    await expect(resident.getByText("Je bent aangemeld.", { exact: true })).toBeVisible();
  }

  await resident.setViewportSize({ width: 390, height: 844 });
  await resident.goto("/mijn");
  const mine = resident.getByRole("region", { name: "Activiteiten waarvoor je bent aangemeld" });
  await expect(mine.getByRole("button", { name: `Afmelden (${secondTitle})` })).toBeVisible();
  await expectAccessible(resident);
  await mine.getByRole("button", { name: `Afmelden (${firstTitle})` }).click();
  await expect(resident.getByText("Je bent afgemeld. Je plek is weer vrij voor een ander.")).toBeVisible();
  await expect(mine.getByRole("link", { name: firstTitle })).toHaveCount(0);
  await expect(mine.getByRole("button", { name: `Afmelden (${secondTitle})` })).toBeVisible();
  expect(participationStatus(first.id)).toBe("cancelled");
  expect(participationStatus(second.id)).toBe("active");

  await resident.setViewportSize({ width: 1280, height: 800 });
  await resident.goto(`/initiatieven/${first.slug}`);
  await expect(resident.getByText("2 plekken vrij")).toBeVisible();
  await expectAccessible(resident);
});

function participationStatus(initiativeId: number): string | undefined {
  return readE2eDatabase(
    (sqlite) =>
      (
        sqlite
          .prepare("select p.status from participations p join users u on u.id = p.user_id where p.initiative_id = ? and u.email = ? order by p.id desc")
          .get(initiativeId, DEMO.resident) as { status: string } | undefined
      )?.status,
  );
}
