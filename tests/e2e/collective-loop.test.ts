import vocabulary from "~/locales/nl/vocabulary";
import { expect, test } from "./fixtures";
import { DEMO, expectAccessible, signedIn } from "./support";

test("from unmet needs to a new activity: signal, collective need, support, pledge, activity, answered", async ({ browser, teamHousehold }) => {
  // Five people, many pages (now also through the draft's gaps), an axe check on each: on a shared 2-core machine this takes minutes.
  test.setTimeout(420_000);
  // A household of the demo team with an open need that counts under target group "everyone" (no
  // children, no access needs, no languages given), made for this journey: it marks the need unmet.
  const household = teamHousehold({ needs: ["social_network"] });
  const candidate = { householdId: household.id, needId: household.needs[0]!.id, domain: household.needs[0]!.domain, neighbourhood: household.neighbourhood };
  const domain = vocabulary.domain[candidate.domain];
  // Letters only, so full-text search finds it as one word.
  const word = `Zonnekoek${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
  const title = `Samen koken ${word}`;
  const matchesUrl = `/werkplek/huishoudens/${candidate.householdId}/behoeften/${candidate.needId}`;

  // A consultant finds nothing that fits and marks the need unmet.
  const consultant = await signedIn(browser, DEMO.consultant);
  await consultant.goto(matchesUrl);
  await expectAccessible(consultant);
  await consultant.getByLabel("Waarom past er niets?").fill("Geen kookgroep in de buurt.");
  await consultant.getByRole("button", { name: "Markeer als onvervuld" }).click();
  await expect(consultant.getByText("De hulpvraag is gemarkeerd als onvervuld.")).toBeVisible();

  // The coordinator sees the signal and drafts a collective need from it.
  const coordinator = await signedIn(browser, DEMO.coordinator);
  await coordinator.goto("/werkplek/signalen");
  await expect(coordinator.getByRole("heading", { level: 1, name: "Signalen" })).toBeVisible();
  await expectAccessible(coordinator);
  const row = coordinator.getByRole("row").filter({ hasText: candidate.neighbourhood }).filter({ hasText: domain }).filter({ hasText: "Iedereen" });
  await row.getByRole("link", { name: `Collectieve vraag opstellen voor ${candidate.neighbourhood}, ${domain}` }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Collectieve vraag opstellen" })).toBeVisible();
  await expect(coordinator.getByLabel("Leefgebied")).toHaveValue(candidate.domain);
  await expect(coordinator.getByLabel("Doelgroep")).toHaveValue("everyone");
  await expect(coordinator.getByLabel(/uit dit signaal als onderbouwing/)).toBeChecked();
  await expectAccessible(coordinator);
  await coordinator.getByLabel("Titel").fill(title);
  await coordinator.getByLabel("Beschrijving").fill("Buren willen samen koken en eten, één keer per week, in hun eigen wijk.");
  const row1 = coordinator.getByRole("group", { name: "Regel 1" });
  await row1.getByLabel("Wat").selectOption("volunteers");
  await row1.getByLabel("Hoeveel").fill("2");
  await row1.getByLabel("Toelichting").fill("Koks en gastheren");
  const row2 = coordinator.getByRole("group", { name: "Regel 2" });
  await row2.getByLabel("Wat").selectOption("venue");
  await row2.getByLabel("Hoeveel").fill("3");
  await coordinator.getByRole("button", { name: "Zoek vergelijkbare vragen" }).click();
  await expect(coordinator.getByRole("heading", { name: "Lijkt dit op een vraag die er al is?" })).toBeVisible();
  await expect(coordinator.getByLabel("Titel")).toHaveValue(title);
  await coordinator.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(coordinator.getByText("Het concept is opgeslagen. Je coördinator kan het publiceren.")).toBeVisible();
  await expect(coordinator.getByText(/Onderbouwing: \d+ huishoud/)).toBeVisible();
  await expectAccessible(coordinator);
  await coordinator.getByRole("button", { name: "Vraag publiceren" }).click();
  await expect(coordinator.getByText("De vraag is gepubliceerd.")).toBeVisible();
  await expect(coordinator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const needUrl = new URL(coordinator.url()).pathname;
  expect(needUrl).toMatch(/^\/vragen\//);
  await expectAccessible(coordinator);

  // A resident finds it in the list, supports it and pledges.
  const resident = await signedIn(browser, DEMO.resident);
  await resident.goto("/vragen?need=volunteers");
  await expectAccessible(resident);
  await resident.getByRole("link", { name: title }).click();
  await expect(resident.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await resident.getByLabel("Ik heb dit ook nodig").check();
  await resident.getByRole("button", { name: "Steunen" }).click();
  await expect(resident.getByText("Dank je! Je steunt deze vraag.")).toBeVisible();
  await expect(resident.getByText("1 persoon steunt deze vraag")).toBeVisible();
  await resident.getByLabel("Waarmee wil je helpen?").selectOption({ label: "Vrijwilligers · Koks en gastheren" });
  await resident.getByLabel("Hoeveel?").fill("1");
  await resident.getByLabel("Bericht").fill("Ik kook graag op dinsdag.");
  await resident.getByLabel("Mijn naam mag bij de toezegging staan").check();
  await resident.getByRole("button", { name: "Hulp aanbieden" }).click();
  await expect(resident.getByText("Dank je! Je toezegging staat erbij.")).toBeVisible();
  await expect(resident.getByText("1 van 2 personen toegezegd")).toBeVisible();
  await expect(resident.getByText("Sanne de Vries")).toBeVisible();
  await expectAccessible(resident);

  // The demo organiser (verified organisation) starts an activity from it and publishes it.
  const organiser = await signedIn(browser, DEMO.organiser);
  await organiser.goto(needUrl);
  await expectAccessible(organiser);
  await organiser.getByRole("button", { name: "Activiteit starten" }).click();
  await expect(organiser.getByText("Er is een concept-activiteit gemaakt.", { exact: false })).toBeVisible();
  await expectAccessible(organiser);
  // Nobody has said what it costs or whether a wheelchair gets in: the draft says "not known".
  const cost = organiser.getByRole("group", { name: "Is het gratis?" });
  const wheelchair = organiser.getByRole("group", { name: "Kun je er met een rolstoel in?" });
  await expect(cost.getByLabel("Weet ik niet")).toBeChecked();
  await expect(cost.getByLabel("Nee")).not.toBeChecked();
  await expect(wheelchair.getByLabel("Weet ik niet")).toBeChecked();
  await expect(wheelchair.getByLabel("Nee")).not.toBeChecked();

  // Publishing needs when, where and how to take part: each message next to its field, nothing typed lost.
  await organiser.getByLabel("Trefwoorden").fill("koken samen eten");
  await organiser.getByLabel("Naam contactpersoon").fill("Fatima");
  await organiser.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await expect(organiser.getByRole("group", { name: "Wanneer" }).getByText("Vul minstens één dag met begin- en eindtijd in.", { exact: false })).toBeVisible();
  await expect(organiser.getByLabel("Adres", { exact: true })).toHaveAccessibleDescription(/Vul het adres en de postcode in/);
  await expect(organiser.getByLabel("E-mailadres", { exact: true })).toHaveAccessibleDescription(/Vul een e-mailadres, telefoonnummer of website in/);
  await expect(organiser.getByLabel("Trefwoorden")).toHaveValue("koken samen eten");
  await expect(organiser.getByLabel("Naam contactpersoon")).toHaveValue("Fatima");
  await expectAccessible(organiser);
  await organiser.goto(organiser.url());
  await expect(organiser.getByText("Concept", { exact: true }).first()).toBeVisible();

  const slot = organiser.getByRole("group", { name: "Tijdstip 1" });
  await slot.getByLabel("Dag").selectOption({ label: "dinsdag" });
  await slot.getByLabel("Van").fill("17:00");
  await slot.getByLabel("Tot").fill("19:30");
  await organiser.getByLabel("Adres", { exact: true }).fill("Zamenhofdreef 10");
  await organiser.getByLabel("Postcode", { exact: true }).fill("3562 AB");
  await organiser.getByLabel("E-mailadres", { exact: true }).fill("koken@example.org");
  await organiser.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await expect(organiser.getByText("Je initiatief is gepubliceerd.")).toBeVisible();

  // The public page says so in words, and the "free" and "wheelchair" filters do not claim it.
  await resident.goto(`/initiatieven?q=${word}`);
  await resident.getByRole("link", { name: title }).click();
  await expect(resident.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(resident.getByText("Niet bekend", { exact: true })).toBeVisible();
  await expect(resident.getByText("Niet bekend of je er met een rolstoel in kunt")).toBeVisible();
  await expect(resident.getByText("Er zijn kosten")).toHaveCount(0);
  await expect(resident.getByText("Niet toegankelijk met een rolstoel")).toHaveCount(0);
  await expectAccessible(resident);
  for (const filter of ["gratis=1", "rolstoel=1"]) {
    await resident.goto(`/initiatieven?q=${word}&${filter}`);
    await expect(resident.getByRole("link", { name: title })).toHaveCount(0);
  }

  // The need is answered and links to the activity.
  await resident.goto(needUrl);
  await expect(resident.getByText("Beantwoord").first()).toBeVisible();
  await expect(resident.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(resident);

  // The activity is in the directory search…
  await resident.goto(`/initiatieven?q=${word}`);
  await expect(resident.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(resident);

  // …and among the consultant's matches for the unmet need of that domain in that neighbourhood.
  await consultant.goto(matchesUrl);
  await expect(consultant.getByRole("link", { name: title }).first()).toBeVisible();
  await expectAccessible(consultant);
});
