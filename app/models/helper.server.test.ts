import { parseWithZod } from "@conform-to/zod";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, helperInvites, helperProfiles, notifications } from "~db/schema";
import { helperProfileSchema, parseHelperSearch } from "~/schemas/helping";
import { db } from "~/utils/db.server";
import { createNeighbourhood, createOrganisation, createUser, reloadActor } from "#tests/factories/core";
import { createVolunteerOpening } from "#tests/factories/helping";
import { answerHelperInvite, getHelperProfile, inviteHelper, listOrganisationInvites, saveHelperProfile, searchHelpers } from "./helper.server";

const profile = (overrides: Partial<Parameters<typeof saveHelperProfile>[1]> = {}) => ({
  skills: ["Koken"],
  interests: [],
  availability: [],
  languages: [],
  about: "",
  discoverable: true,
  ...overrides,
});

function organiser() {
  const owner = createUser({ name: "Karim" });
  const org = createOrganisation({ name: "Buurtkracht", members: [{ actor: owner, role: "owner" }] });
  return { actor: reloadActor(owner), org };
}

function names(result: ReturnType<typeof searchHelpers>) {
  if (!result.ok) throw new Error(result.error);
  return result.helpers.map((h) => h.name).sort();
}

describe("helper profile", () => {
  it("is empty before the first save and holds what the resident chose after", () => {
    const resident = createUser();
    expect(getHelperProfile(resident)).toBeNull();
    const neighbourhood = createNeighbourhood({ name: "Zuilen" });
    const form = new FormData();
    form.set("skills", " koken, Fietsen repareren ,KOKEN,, ");
    form.append("interests", "social_network");
    form.append("availability", "2:morning");
    form.append("availability", "6:evening");
    form.append("languages", "ar");
    form.set("neighbourhoodId", String(neighbourhood.id));
    // Parsed as the route parses the submitted form.
    const submission = parseWithZod(form, { schema: helperProfileSchema });
    if (submission.status !== "success") throw new Error("invalid form");
    expect(saveHelperProfile(resident, submission.value)).toEqual({ ok: true });
    expect(getHelperProfile(resident)).toEqual({
      skills: ["koken", "Fietsen repareren"],
      interests: ["social_network"],
      neighbourhoodId: neighbourhood.id,
      availability: ["2:morning", "6:evening"],
      languages: ["ar"],
      about: "",
      // Not ticked: organisers may not find this resident.
      discoverable: false,
    });
    expect(saveHelperProfile(resident, profile({ skills: ["tuinieren"] }))).toEqual({ ok: true });
    expect(getHelperProfile(resident)?.skills).toEqual(["tuinieren"]);
  });

  it("refuses an unknown wijk and odd form values", () => {
    const resident = createUser();
    expect(saveHelperProfile(resident, profile({ neighbourhoodId: 9999 }))).toEqual({ ok: false, error: "unknown_neighbourhood" });
    expect(helperProfileSchema.safeParse({ availability: "8:night" }).success).toBe(false);
    expect(helperProfileSchema.safeParse({ interests: "flying" }).success).toBe(false);
    expect(helperProfileSchema.safeParse({ skills: Array.from({ length: 21 }, (_, i) => `s${i}`).join(",") }).success).toBe(false);
  });
});

describe("searching helpers", () => {
  // Each search test looks at its own residents only.
  beforeEach(() => db.delete(helperProfiles).run());

  it("finds only residents who opted in, even on an exact skill", () => {
    const { actor } = organiser();
    const visible = createUser({ name: "Ada Zichtbaar" });
    const hidden = createUser({ name: "Bram Verborgen" });
    saveHelperProfile(visible, profile({ skills: ["Koken"] }));
    saveHelperProfile(hidden, profile({ skills: ["Koken"], discoverable: false }));
    expect(names(searchHelpers(actor, { skill: "Koken" }))).toEqual(["Ada Zichtbaar"]);
    expect(names(searchHelpers(actor, {}))).toEqual(["Ada Zichtbaar"]);
  });

  it("filters by skill (part of a word, any case), wijk, day and part of day, and language", () => {
    const { actor } = organiser();
    const north = createNeighbourhood({ name: "Noord" });
    const south = createNeighbourhood({ name: "Zuid" });
    const cook = createUser({ name: "Cees Kok" });
    const fixer = createUser({ name: "Dilan Fietser" });
    saveHelperProfile(cook, profile({ skills: ["Italiaans koken"], neighbourhoodId: north.id, availability: ["2:morning"], languages: ["nl", "tr"] }));
    saveHelperProfile(fixer, profile({ skills: ["fietsen maken"], neighbourhoodId: south.id, availability: ["2:evening", "5:morning"], languages: ["nl"] }));
    expect(names(searchHelpers(actor, { skill: "KOK" }))).toEqual(["Cees Kok"]);
    expect(names(searchHelpers(actor, { skill: "fiets" }))).toEqual(["Dilan Fietser"]);
    expect(names(searchHelpers(actor, { skill: "%" }))).toEqual([]);
    expect(names(searchHelpers(actor, { wijk: south.id }))).toEqual(["Dilan Fietser"]);
    expect(names(searchHelpers(actor, { day: 2 }))).toEqual(["Cees Kok", "Dilan Fietser"]);
    expect(names(searchHelpers(actor, { day: 2, part: "evening" }))).toEqual(["Dilan Fietser"]);
    expect(names(searchHelpers(actor, { part: "morning" }))).toEqual(["Cees Kok", "Dilan Fietser"]);
    expect(names(searchHelpers(actor, { day: 7 }))).toEqual([]);
    expect(names(searchHelpers(actor, { language: "tr" }))).toEqual(["Cees Kok"]);
    expect(names(searchHelpers(actor, { skill: "koken", language: "nl", wijk: north.id, day: 2, part: "morning" }))).toEqual(["Cees Kok"]);
  });

  it("reads the search from the URL and ignores anything odd there", () => {
    expect(parseHelperSearch(new URLSearchParams("skill=+koken+&wijk=3&day=2&part=evening&language=ar"))).toEqual({
      skill: "koken",
      wijk: 3,
      day: 2,
      part: "evening",
      language: "ar",
    });
    const odd = parseHelperSearch(new URLSearchParams("skill=&wijk=abc&day=9&part=night&language=xx"));
    expect(Object.values(odd).filter((value) => value !== undefined)).toEqual([]);
  });

  it("is only for organisers and shows no email address", () => {
    const resident = createUser();
    expect(searchHelpers(resident, {})).toEqual({ ok: false, error: "forbidden" });
    const { actor } = organiser();
    saveHelperProfile(createUser({ name: "Eva" }), profile());
    const result = searchHelpers(actor, {});
    expect(result.ok && Object.keys(result.helpers[0]!)).not.toContain("email");
  });
});

describe("inviting a helper", () => {
  it("notifies the resident once per organisation and initiative; a repeat gets a clear answer", () => {
    const { actor, org } = organiser();
    const opening = createVolunteerOpening(org.id);
    const helper = createUser({ name: "Fenna" });
    saveHelperProfile(helper, profile());
    expect(inviteHelper(actor, { organisationId: org.id, userId: helper.id, initiativeId: opening.id })).toEqual({ ok: true });
    expect(inviteHelper(actor, { organisationId: org.id, userId: helper.id, initiativeId: opening.id })).toEqual({
      ok: false,
      error: "already_invited",
    });
    expect(inviteHelper(actor, { organisationId: org.id, userId: helper.id })).toEqual({ ok: true });
    expect(inviteHelper(actor, { organisationId: org.id, userId: helper.id, initiativeId: null })).toEqual({
      ok: false,
      error: "already_invited",
    });
    expect(db.select().from(helperInvites).where(eq(helperInvites.userId, helper.id)).all()).toHaveLength(2);
    const told = db.select().from(notifications).where(eq(notifications.userId, helper.id)).all();
    expect(told.map((n) => n.kind).sort()).toEqual(["helping.notify.invited", "helping.notify.invitedFor"]);
    expect(told.find((n) => n.kind === "helping.notify.invitedFor")).toMatchObject({
      params: { organisation: "Buurtkracht", initiative: opening.title },
      link: `/initiatieven/${opening.slug}/aanmelden`,
    });
  });

  it("refuses non-members, hidden residents and another organisation's initiative", () => {
    const { actor, org } = organiser();
    const other = organiser();
    const foreignOpening = createVolunteerOpening(other.org.id);
    const helper = createUser();
    saveHelperProfile(helper, profile());
    const hidden = createUser();
    saveHelperProfile(hidden, profile({ discoverable: false }));
    expect(inviteHelper(other.actor, { organisationId: org.id, userId: helper.id })).toEqual({ ok: false, error: "forbidden" });
    expect(inviteHelper(actor, { organisationId: org.id, userId: hidden.id })).toEqual({ ok: false, error: "not_found" });
    expect(inviteHelper(actor, { organisationId: org.id, userId: "no-such-user" })).toEqual({ ok: false, error: "not_found" });
    expect(inviteHelper(actor, { organisationId: org.id, userId: helper.id, initiativeId: foreignOpening.id })).toEqual({
      ok: false,
      error: "unknown_initiative",
    });
    expect(db.select().from(notifications).where(eq(notifications.userId, hidden.id)).all()).toEqual([]);
  });
});

describe("answering an invitation", () => {
  function invited() {
    const { actor, org } = organiser();
    const helper = createUser({ name: "Noor" });
    saveHelperProfile(helper, profile());
    const opening = createVolunteerOpening(org.id);
    inviteHelper(actor, { organisationId: org.id, userId: helper.id, initiativeId: opening.id });
    inviteHelper(actor, { organisationId: org.id, userId: helper.id });
    const ids = db
      .select({ id: helperInvites.id })
      .from(helperInvites)
      .where(eq(helperInvites.userId, helper.id))
      .all()
      .map((r) => r.id);
    return { actor, org, helper, opening, forOpening: Math.min(...ids), general: Math.max(...ids) };
  }

  it("records the resident's yes and no; the organisation sees each answer and, after a yes, the email address", () => {
    const { actor, org, helper, forOpening, general } = invited();
    const before = listOrganisationInvites(actor, org.id);
    expect(before.ok && before.invites.map((i) => i.answer)).toEqual([null, null]);

    expect(answerHelperInvite(helper, { inviteId: forOpening, answer: "accepted" })).toEqual({ ok: true, already: false });
    expect(answerHelperInvite(helper, { inviteId: general, answer: "declined" })).toEqual({ ok: true, already: false });
    // A second press of the same button changes nothing; a change of mind is refused.
    expect(answerHelperInvite(helper, { inviteId: forOpening, answer: "accepted" })).toEqual({ ok: true, already: true });
    expect(answerHelperInvite(helper, { inviteId: general, answer: "accepted" })).toEqual({ ok: false, error: "already_answered" });

    const after = listOrganisationInvites(actor, org.id);
    if (!after.ok) throw new Error(after.error);
    const byId = new Map(after.invites.map((i) => [i.id, i]));
    expect(byId.get(forOpening)).toMatchObject({ helperName: "Noor", answer: "accepted", helperEmail: helper.email });
    expect(byId.get(forOpening)?.respondedAt).toBeInstanceOf(Date);
    expect(byId.get(general)).toMatchObject({ answer: "declined", helperEmail: null, initiativeTitle: null });

    const told = db.select().from(notifications).where(eq(notifications.userId, actor.id)).all();
    expect(told.map((n) => n.kind).sort()).toEqual(["helping.notify.inviteAccepted", "helping.notify.inviteDeclined"]);
    expect(told[0]).toMatchObject({ params: { name: "Noor" }, link: `/mijn-organisatie/${org.id}/vrijwilligers` });
    const audit = db.select().from(auditLog).where(eq(auditLog.entityType, "helper_invite")).all();
    expect(audit.map((a) => [a.action, a.entityId, a.actorId])).toEqual([
      ["invite_accept", String(forOpening), helper.id],
      ["invite_decline", String(general), helper.id],
    ]);
  });

  it("refuses anyone but the invited resident and writes the attempt down; other organisations see nothing", () => {
    const { org, forOpening } = invited();
    const stranger = createUser();
    const other = organiser();
    expect(answerHelperInvite(stranger, { inviteId: forOpening, answer: "accepted" })).toEqual({ ok: false, error: "not_found" });
    expect(answerHelperInvite(stranger, { inviteId: 999_999, answer: "declined" })).toEqual({ ok: false, error: "not_found" });
    expect(answerHelperInvite(stranger, { inviteId: Number.NaN, answer: "declined" })).toEqual({ ok: false, error: "not_found" });
    expect(db.select().from(helperInvites).where(eq(helperInvites.id, forOpening)).get()).toMatchObject({ answer: null, respondedAt: null });
    const refused = db.select().from(auditLog).where(eq(auditLog.actorId, stranger.id)).all();
    expect(refused.map((a) => [a.action, a.entityType])).toEqual([
      ["refused", "helper_invite"],
      ["refused", "helper_invite"],
      ["refused", "helper_invite"],
    ]);
    expect(listOrganisationInvites(other.actor, org.id)).toEqual({ ok: false, error: "forbidden" });
    expect(listOrganisationInvites(stranger, org.id)).toEqual({ ok: false, error: "forbidden" });
  });
});
