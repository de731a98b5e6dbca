import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  collectiveNeedFollowers,
  emailOutbox,
  helperProfiles,
  notifications,
  organisationMembers,
  pledges,
  supports,
  users,
  volunteerApplications,
} from "~db/schema";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { createOrganisation, createUser, reloadActor } from "#tests/factories/core";
import { createVolunteerOpening } from "#tests/factories/helping";
import { authenticate, deleteAccount, registerUser } from "./account.server";
import { inviteHelper, saveHelperProfile } from "./helper.server";
import { getTranslator } from "~/utils/i18n.server";
import { exportMyData, getMyPage } from "./my-page.server";
import { acceptApplication, applyAsVolunteer, declineApplication } from "./volunteering.server";
import { buildCollectiveNeed } from "#tests/factories/collective-need";

const password = "een lange zin als wachtwoord";

/** A resident who did a bit of everything: supports, pledges, follows, applies and gets invited. */
async function busyResident(email: string) {
  const registered = await registerUser({ email, name: "Sanne de Vries", password, locale: "nl" });
  if (!registered.ok || !registered.created) throw new Error("not registered");
  const resident = loadActor(registered.created.userId)!;
  saveHelperProfile(resident, {
    skills: ["koken"],
    interests: ["social_network"],
    availability: ["1:morning"],
    languages: ["nl"],
    about: "Ik kook graag.",
    discoverable: true,
  });
  const owner = createUser({ name: "Karim" });
  const org = createOrganisation({ name: "Buurtkracht", members: [{ actor: owner, role: "owner" }] });
  const organiser = reloadActor(owner);
  const accepted = createVolunteerOpening(org.id, { title: "Gastvrouw buurtkamer" });
  const declined = createVolunteerOpening(org.id, { title: "Boodschappenhulp" });
  const {
    need,
    items: [item],
  } = buildCollectiveNeed({ title: "Samen koken in Zuilen", checklist: [{ kind: "volunteers", quantity: 3 }] });
  db.insert(supports).values({ collectiveNeedId: need.id, userId: resident.id, kind: "need_too" }).run();
  db.insert(pledges)
    .values({ collectiveNeedId: need.id, checklistItemId: item.id, userId: resident.id, amount: 2, message: "Bel me: 06-12345678", showName: true })
    .run();
  db.insert(collectiveNeedFollowers).values({ collectiveNeedId: need.id, userId: resident.id }).run();
  const first = applyAsVolunteer(resident, { initiativeId: accepted.id, message: "Graag!" });
  const second = applyAsVolunteer(resident, { initiativeId: declined.id, message: "Ook graag" });
  if (!first.ok || !second.ok) throw new Error("apply failed");
  acceptApplication(organiser, { applicationId: first.applicationId });
  declineApplication(organiser, { applicationId: second.applicationId, reason: "Vol" });
  inviteHelper(organiser, { organisationId: org.id, userId: resident.id, initiativeId: accepted.id, message: "Kom je?" });
  return { resident, organiser, need, org };
}

describe("my page", () => {
  it("shows the resident's supports, pledges, applications with status, follows and invites", async () => {
    const { resident, need } = await busyResident("mijn@example.org");
    const page = getMyPage(resident);
    expect(page.hasHelperProfile).toBe(true);
    expect(page.discoverable).toBe(true);
    expect(page.supports).toEqual([{ needSlug: need.slug, needTitle: "Samen koken in Zuilen", needStatus: "open", kind: "need_too" }]);
    expect(page.pledges).toEqual([
      expect.objectContaining({ needSlug: need.slug, checklistKind: "volunteers", amount: 2, showName: true, organisationName: null }),
    ]);
    expect(page.applications.map((a) => [a.initiativeTitle, a.status, a.declineReason]).sort()).toEqual([
      ["Boodschappenhulp", "declined", "Vol"],
      ["Gastvrouw buurtkamer", "accepted", null],
    ]);
    expect(page.follows).toEqual([{ needSlug: need.slug, needTitle: "Samen koken in Zuilen", needStatus: "open" }]);
    expect(page.invites).toEqual([expect.objectContaining({ organisationName: "Buurtkracht", initiativeTitle: "Gastvrouw buurtkamer", message: "Kom je?" })]);
  });

  it("shows nothing of anyone else", async () => {
    await busyResident("ander@example.org");
    const page = getMyPage(createUser());
    expect(page).toEqual({ hasHelperProfile: false, discoverable: false, supports: [], pledges: [], applications: [], follows: [], invites: [] });
  });
});

describe("exporting my data", () => {
  it("holds all personal data of the actor, never the password hash, and nobody else's", async () => {
    const { resident, organiser } = await busyResident("export@example.org");
    const data = exportMyData(resident, getTranslator("nl"));
    const json = JSON.stringify(data);
    expect(json).not.toContain("argon2");
    expect(json).not.toContain(organiser.email);
    expect(data.account).toMatchObject({ email: "export@example.org", name: "Sanne de Vries", language: "Nederlands" });
    expect(data.account).not.toHaveProperty("passwordHash");
    // Words a person reads, not the codes the database keeps.
    expect(data.helperProfile).toMatchObject({
      skills: ["koken"],
      interests: ["Sociaal netwerk"],
      availability: ["maandag ochtend"],
      languages: ["Nederlands"],
      about: "Ik kook graag.",
      findableByOrganisations: "Ja",
    });
    expect(json).not.toContain("1:morning");
    expect(json).not.toContain("neighbourhoodId");
    expect(data.supports).toEqual([expect.objectContaining({ collectiveNeed: "Samen koken in Zuilen", kind: "Ik heb dit ook nodig" })]);
    expect(data.pledges).toEqual([expect.objectContaining({ message: "Bel me: 06-12345678", nameShown: "Ja" })]);
    expect(data.volunteerApplications.map((a) => a.status).sort()).toEqual(["Afgewezen", "Geaccepteerd"]);
    expect(data.follows).toHaveLength(1);
    expect(data.helperInvites).toHaveLength(1);
    // Accepted, declined and invited: three messages for the resident.
    expect(data.notifications).toHaveLength(3);
    const organiserData = exportMyData(organiser, getTranslator("en"));
    expect(organiserData.organisationMemberships).toEqual([expect.objectContaining({ organisationName: "Buurtkracht", role: "Owner" })]);
    expect(organiserData.notifications.map((n) => n.message)).toEqual([
      "Sanne de Vries applies as a volunteer for Gastvrouw buurtkamer.",
      "Sanne de Vries applies as a volunteer for Boodschappenhulp.",
    ]);
  });
});

describe("deleting my account", () => {
  it("removes profile, supports, applications and follows, anonymises pledges, and login stops working", async () => {
    const { resident, need } = await busyResident("weg@example.org");
    db.insert(emailOutbox).values({ to: "weg@example.org", subject: "Nieuws", body: "Hallo Sanne" }).run();
    const org = createOrganisation({ members: [{ actor: resident, role: "editor" }] });
    const actor = reloadActor(resident);
    expect(deleteAccount(actor, { confirmEmail: "weg@example.org" })).toEqual({ ok: true });

    expect((await authenticate({ email: "weg@example.org", password })).ok).toBe(false);
    expect(db.select().from(users).where(eq(users.id, actor.id)).get()).toBeUndefined();
    for (const table of [helperProfiles, supports, volunteerApplications, collectiveNeedFollowers, notifications]) {
      expect(db.select().from(table).where(eq(table.userId, actor.id)).all()).toEqual([]);
    }
    expect(db.select().from(organisationMembers).where(eq(organisationMembers.organisationId, org.id)).all()).toEqual([]);
    expect(db.select().from(emailOutbox).where(eq(emailOutbox.to, "weg@example.org")).all()).toEqual([]);
    // The pledge still counts toward the need, but says nothing about who made it.
    expect(db.select().from(pledges).where(eq(pledges.collectiveNeedId, need.id)).all()).toEqual([
      expect.objectContaining({ userId: null, message: "", showName: false, amount: 2 }),
    ]);
  });

  it("leaves an organisation's pledge made by the person as it is, without the person", async () => {
    const { resident, need, org } = await busyResident("orgpledge@example.org");
    db.insert(organisationMembers).values({ organisationId: org.id, userId: resident.id, role: "owner" }).run();
    db.insert(pledges)
      .values({ collectiveNeedId: need.id, userId: resident.id, organisationId: org.id, message: "Wij leveren de ruimte", showName: true })
      .run();
    expect(deleteAccount(reloadActor(resident), { confirmEmail: "orgpledge@example.org" })).toEqual({ ok: true });
    expect(db.select().from(pledges).where(eq(pledges.organisationId, org.id)).get()).toMatchObject({
      userId: null,
      message: "Wij leveren de ruimte",
      showName: true,
    });
  });
});
