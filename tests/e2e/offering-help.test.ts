import { readFile } from "node:fs/promises";
import Database from "better-sqlite3";
import { expect, test } from "./fixtures";
import { DEMO_ORGANISATION_SLUG } from "../../db/seed/data/organisations";
import { DEMO, expectAccessible, insertDemoListing, logIn, readE2eDatabase, registerAndLogIn, signedIn } from "./support";

/**
 * A fresh "volunteers wanted" listing of the demo organiser's organisation, so this journey does
 * not depend on (or disturb) the demo's own applications that other journeys may touch.
 */
function createOpening(title: string) {
  return insertDemoListing(title, { summary: "Help mee met soep koken voor de buurt.", kind: "volunteers", status: "published", published_at: Date.now() })
    .slug;
}

test("a resident offers help, the organiser accepts and finds them; the resident sees it on their page", async ({ browser, freshUser }) => {
  // Two people, nine pages, an axe check on each: on a shared 2-core machine this takes minutes.
  test.setTimeout(300_000);
  const stamp = Date.now();
  const title = `Vrijwilligers gezocht: soepkok ${stamp}`;
  const skill = `soep koken ${stamp}`;
  const slug = createOpening(title);

  // A resident of its own fills in the helper profile (one per account) and lets organisers find them.
  const person = await freshUser();
  const resident = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await logIn(resident, person.email, person.password);
  await resident.goto("/mijn");
  await expectAccessible(resident);
  await resident.getByRole("link", { name: /Hulpprofiel/ }).click();
  await expect(resident.getByRole("heading", { level: 1, name: "Mijn hulpprofiel" })).toBeVisible();
  await expectAccessible(resident);
  await resident.getByLabel("Wat kun je?").fill(`koken, ${skill}`);
  await resident.getByLabel("Sociaal netwerk").check();
  await resident.getByLabel("dinsdag ochtend", { exact: true }).check();
  await resident.getByLabel("zaterdag middag", { exact: true }).check();
  await resident.getByLabel("Organisaties mogen mij vinden en uitnodigen").check();
  await resident.getByRole("button", { name: "Hulpprofiel opslaan" }).click();
  await expect(resident.getByText("Je hulpprofiel is opgeslagen.")).toBeVisible();
  await expect(resident.getByText("Organisaties kunnen je vinden en uitnodigen.")).toBeVisible();

  // … and applies to the listing with a message.
  await resident.goto(`/initiatieven/${slug}/aanmelden`);
  await expect(resident.getByRole("heading", { level: 1, name: "Meld je aan als vrijwilliger" })).toBeVisible();
  await expectAccessible(resident);
  await resident.getByLabel("Je bericht").fill("Ik kook elke week voor mijn buren.");
  await resident.getByRole("button", { name: "Aanmelden" }).click();
  await expect(resident.getByText("Je aanmelding is verstuurd.")).toBeVisible();
  const myApplication = resident.getByRole("listitem").filter({ hasText: title });
  await expect(myApplication.getByText("In behandeling")).toBeVisible();
  await expectAccessible(resident);

  // Only members of the organisation see its applications.
  const refused = await resident.goto(`/mijn-organisatie/${DEMO_ORGANISATION_SLUG}/vrijwilligers`);
  expect(refused?.status()).toBe(403);
  await expectAccessible(resident);

  // The organiser sees the application and accepts it.
  const organiser = await signedIn(browser, DEMO.organiser);
  await organiser.goto(`/mijn-organisatie/${DEMO_ORGANISATION_SLUG}/vrijwilligers`);
  await expect(organiser.getByRole("heading", { level: 1, name: /Vrijwilligers/ })).toBeVisible();
  await expectAccessible(organiser);
  const application = organiser.getByRole("listitem").filter({ hasText: title });
  await expect(application.getByText("Ik kook elke week voor mijn buren.")).toBeVisible();
  await application.getByRole("button", { name: /Accepteren/ }).click();
  await expect(organiser.getByText("De aanmelding is geaccepteerd.")).toBeVisible();
  await expect(organiser.getByRole("listitem").filter({ hasText: title }).getByText("Geaccepteerd")).toBeVisible();

  // The organiser finds the resident by a skill and invites them.
  await organiser.getByLabel("Wat kan iemand?").fill(skill.toUpperCase());
  await organiser.getByRole("button", { name: "Zoeken" }).click();
  await expect(organiser.getByText("1 bewoner gevonden")).toBeVisible();
  const helper = organiser.getByRole("listitem").filter({ hasText: skill });
  await expect(helper.getByRole("heading", { name: person.name })).toBeVisible();
  await expectAccessible(organiser);
  await helper.getByLabel("Uitnodigen voor").selectOption({ label: title });
  await helper.getByRole("button", { name: /Uitnodigen/ }).click();
  await expect(organiser.getByText("De bewoner is uitgenodigd")).toBeVisible();

  // The resident sees the decision and the invitation on their page.
  await resident.goto("/mijn");
  await expect(resident.getByRole("listitem").filter({ hasText: title }).first().getByText("Geaccepteerd")).toBeVisible();
  await expect(resident.getByText("Stichting Buurtkracht Overvecht nodigt je uit").first()).toBeVisible();
  await expectAccessible(resident);
});

/** Lets organisers find a resident with this skill (what "Organisaties mogen mij vinden" saves). */
function makeFindable(email: string, skill: string) {
  const db = new Database(process.env.E2E_DATABASE_PATH!);
  try {
    const user = db.prepare("select id from users where email = ?").get(email) as { id: string };
    db.prepare("insert into helper_profiles (user_id, skills, discoverable, updated_at) values (?, ?, 1, ?)").run(user.id, JSON.stringify([skill]), Date.now());
  } finally {
    db.close();
  }
}

function invitesOf(email: string) {
  return readE2eDatabase(
    (sqlite) =>
      sqlite
        .prepare(
          `select i.id, i.answer, i.initiative_id as initiativeId from helper_invites i join users u on u.id = i.user_id
           where u.email = ? order by i.id`,
        )
        .all(email) as { id: number; answer: string | null; initiativeId: number | null }[],
  );
}

test("an invited resident says yes to one invitation and no to another; the organiser sees both answers", async ({ browser, baseURL }) => {
  // Three people, two screen sizes, an axe check on each page: on a shared 2-core machine this takes minutes.
  test.setTimeout(300_000);
  const stamp = Date.now();
  const title = `Vrijwilligers gezocht: klussen ${stamp}`;
  const skill = `fietsen repareren ${stamp}`;
  createOpening(title);
  const email = `helper-${stamp}@example.org`;
  const resident = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await registerAndLogIn(resident, "Joris Bakker", email, `Fietsbel-${stamp}`);
  makeFindable(email, skill);

  // The organiser finds the resident and invites them twice: for the opening and in general.
  const organiser = await signedIn(browser, DEMO.organiser);
  for (const choice of [title, "Algemeen"]) {
    await organiser.goto(`/mijn-organisatie/${DEMO_ORGANISATION_SLUG}/vrijwilligers?skill=${encodeURIComponent(skill)}`);
    const found = organiser.getByRole("listitem").filter({ has: organiser.getByRole("heading", { name: "Joris Bakker" }) });
    await found.getByLabel("Uitnodigen voor").selectOption({ label: choice });
    await found.getByRole("button", { name: /Uitnodigen/ }).click();
    await expect(organiser.getByText("De bewoner is uitgenodigd")).toBeVisible();
  }
  const invites = organiser.getByRole("region", { name: "Uitnodigingen" });
  await expect(invites.getByRole("listitem").filter({ hasText: "Joris Bakker" })).toHaveCount(2);
  await expect(invites.getByRole("listitem").filter({ hasText: "Joris Bakker" }).first().getByText("Wacht op antwoord")).toBeVisible();

  // On a phone, the resident answers each invitation with its own buttons.
  await resident.setViewportSize({ width: 390, height: 844 });
  await resident.goto("/mijn");
  const mine = resident.getByRole("region", { name: "Uitnodigingen" });
  await expect(mine.getByRole("button", { name: /^Ja, ik help graag/ })).toHaveCount(2);
  await expectAccessible(resident);
  await mine.getByRole("button", { name: `Ja, ik help graag (Stichting Buurtkracht Overvecht nodigt je uit, Voor: ${title})` }).click();
  await expect(resident.getByText("Bedankt! De organisatie weet dat je graag helpt")).toBeVisible();
  await mine.getByRole("button", { name: "Nee, bedankt (Stichting Buurtkracht Overvecht nodigt je uit, Om vrijwilliger te worden)" }).click();
  await expect(resident.getByText("De organisatie weet dat je nu niet kunt helpen.")).toBeVisible();
  await expect(mine.getByText(/^Je hebt ja gezegd op/)).toBeVisible();
  await expect(mine.getByText(/^Je hebt nee gezegd op/)).toBeVisible();
  await expect(mine.getByRole("button", { name: /^Ja, ik help graag/ })).toHaveCount(0);
  await expectAccessible(resident);
  const answered = invitesOf(email);
  expect(answered.map((invite) => [invite.initiativeId === null ? "general" : "opening", invite.answer])).toEqual([
    ["opening", "accepted"],
    ["general", "declined"],
  ]);

  // Someone else cannot answer for them: refused, written down, nothing changed.
  const stranger = await signedIn(browser, DEMO.resident);
  const refused = await stranger.request.post("/mijn", {
    form: { intent: "answerInvite", inviteId: String(answered[1]!.id), answer: "accepted" },
    headers: { Origin: baseURL! },
  });
  expect(refused.ok()).toBe(true);
  expect(invitesOf(email)[1]!.answer).toBe("declined");
  const refusals = readE2eDatabase(
    (sqlite) =>
      sqlite
        .prepare(
          "select count(*) as n from audit_log a join users u on u.id = a.actor_id where u.email = ? and a.action = 'refused' and a.entity_type = 'helper_invite' and a.entity_id = ?",
        )
        .get(DEMO.resident, String(answered[1]!.id)) as { n: number },
  );
  expect(refusals.n).toBe(1);

  // The organiser sees both answers, and how to reach the resident who said yes.
  await organiser.goto(`/mijn-organisatie/${DEMO_ORGANISATION_SLUG}/vrijwilligers`);
  const answers = organiser.getByRole("region", { name: "Uitnodigingen" }).getByRole("listitem").filter({ hasText: "Joris Bakker" });
  await expect(answers.filter({ hasText: title }).getByText("Ja, helpt graag")).toBeVisible();
  await expect(answers.filter({ hasText: title }).getByRole("link", { name: email })).toHaveAttribute("href", `mailto:${email}`);
  await expect(answers.filter({ hasText: "algemeen" }).getByText("Nee, bedankt")).toBeVisible();
  await expect(answers.filter({ hasText: "algemeen" }).getByRole("link")).toHaveCount(0);
  await expectAccessible(organiser);
});

test("a new user exports their data, deletes the account and cannot log in any more", async ({ page }) => {
  const email = `weg-${Date.now()}@example.org`;
  const password = "een mooie lange zin";
  await registerAndLogIn(page, "Tijdelijke Bewoner", email, password);
  await page.goto("/mijn");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn pagina" })).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Mijn gegevens downloaden" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, "utf8")) as { account: { email: string } };
  expect(exported.account.email).toBe(email);
  expect(JSON.stringify(exported)).not.toContain("argon2");

  await page.getByRole("link", { name: "Naar account verwijderen" }).click();
  await expectAccessible(page);
  await page.getByLabel("Typ je e-mailadres om te bevestigen").fill(email);
  await page.getByRole("button", { name: "Account definitief verwijderen" }).click();
  await expect(page.getByText("Je account is verwijderd.")).toBeVisible();

  await page.goto("/mijn/export");
  await expect(page).toHaveURL(/\/inloggen/);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Dit e-mailadres en wachtwoord horen niet bij elkaar.")).toBeVisible();
  await expectAccessible(page);
});
