import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { collectiveNeeds, initiativeDomains, initiatives, needs, notifications, pledges, supports, users } from "~db/schema";
import {
  closeNeed,
  draftCollectiveNeed,
  findSimilarNeeds,
  followNeed,
  getPublicNeed,
  getTeamNeed,
  listNeeds,
  listTeamNeeds,
  needBehindActivity,
  listOpenNeeds,
  mergeNeeds,
  pledgeToNeed,
  postUpdate,
  publishCollectiveNeed,
  startActivity,
  supportNeed,
  withdrawPledge,
  withdrawSupport,
} from "~/models/collective-need";
import { changeListingStatus } from "~/models/listing.server";
import { findMatches } from "~/models/matching.server";
import { approveListing } from "~/models/moderation.server";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { createOrganisationWithOwner, createStaffedTeam, createUser } from "#tests/factories/core";
import { completeStartedActivity, publishNeedAsTeam } from "#tests/factories/collective-need";
import { makeUnmetNeeds } from "#tests/factories/household";

function itemOf(needId: number, kind: "volunteers" | "venue") {
  const need = db.select({ slug: collectiveNeeds.slug }).from(collectiveNeeds).where(eq(collectiveNeeds.id, needId)).get()!;
  return getPublicNeed(need.slug, null)!.checklist.find((i) => i.kind === kind)!;
}

describe("evidence", () => {
  it("shows no number below 5 households and the number from 5 on, never household details", () => {
    const setup = createStaffedTeam();
    makeUnmetNeeds(setup.team.id, setup.pc4, "social_network", 4);
    const small = publishNeedAsTeam(setup, { linkSignalEvidence: true });
    const page = getPublicNeed(small.slug, null)!;
    expect(page.evidence).toEqual({ shown: false });
    expect(JSON.stringify(page)).not.toMatch(/HH-|household/i);
    // The team itself sees the exact count.
    expect(getTeamNeed(setup.consultant, small.id)!.evidenceHouseholds).toBe(4);

    makeUnmetNeeds(setup.team.id, setup.pc4, "social_network", 1);
    const enough = publishNeedAsTeam(setup, { linkSignalEvidence: true });
    expect(getPublicNeed(enough.slug, null)!.evidence).toEqual({ shown: true, count: 5 });
  });

  it("links only unmet needs of the signal's domain and target group", () => {
    const setup = createStaffedTeam();
    makeUnmetNeeds(setup.team.id, setup.pc4, "social_network", 2);
    makeUnmetNeeds(setup.team.id, setup.pc4, "finances", 3);
    makeUnmetNeeds(setup.team.id, setup.pc4, "social_network", 3, { withChildren: true });
    const need = publishNeedAsTeam(setup, { linkSignalEvidence: true });
    expect(getTeamNeed(setup.consultant, need.id)!.evidenceHouseholds).toBe(2);
  });
});

describe("drafting and publishing", () => {
  it("lets consultants draft and only the coordinator of the team publish", () => {
    const setup = createStaffedTeam();
    const other = createStaffedTeam();
    const input = {
      neighbourhoodId: setup.neighbourhood.id,
      domain: "social_network" as const,
      targetGroup: "elderly" as const,
      title: "Koffieochtend voor ouderen",
      description: "Ouderen zoeken gezelschap.",
      checklist: [{ kind: "organiser" as const, quantity: 1, description: "" }],
    };
    expect(draftCollectiveNeed(createUser(), input)).toEqual({ ok: false, error: "forbidden" });
    expect(draftCollectiveNeed(other.consultant, input)).toEqual({ ok: false, error: "neighbourhood_not_served" });
    const draft = draftCollectiveNeed(setup.consultant, input);
    if (!draft.ok) throw new Error(draft.error);

    expect(getPublicNeed(getTeamNeed(setup.consultant, draft.id)!.slug, null)).toBeNull();
    expect(getTeamNeed(other.consultant, draft.id)).toBeNull();
    expect(publishCollectiveNeed(setup.consultant, draft.id)).toEqual({ ok: false, error: "forbidden" });
    expect(publishCollectiveNeed(other.coordinator, draft.id)).toEqual({ ok: false, error: "forbidden" });
    expect(publishCollectiveNeed(setup.coordinator, draft.id).ok).toBe(true);
    expect(listOpenNeeds(50, { neighbourhoodId: setup.neighbourhood.id }).map((n) => n.title)).toEqual(["Koffieochtend voor ouderen"]);
  });

  it("shows similar open needs in the same wijk or domain before posting", () => {
    const setup = createStaffedTeam();
    publishNeedAsTeam(setup, { title: "Maaltijden samen koken" });
    publishNeedAsTeam(setup, { title: "Schuldhulp spreekuur", domain: "finances" });
    const similar = findSimilarNeeds({ title: "Koken voor elkaar", neighbourhoodId: setup.neighbourhood.id, domain: "housing" });
    expect(similar.map((s) => s.title)).toEqual(["Maaltijden samen koken"]);
  });
});

describe("support", () => {
  it("counts one support per resident and refuses a second as a message, not an error", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    const resident = createUser();
    expect(supportNeed(resident, { needId: need.id, kind: "need_too" })).toEqual({ ok: true });
    expect(supportNeed(resident, { needId: need.id, kind: "support" })).toEqual({ ok: false, error: "already_supported" });
    expect(supportNeed(createUser(), { needId: need.id, kind: "support" })).toEqual({ ok: true });
    expect(getPublicNeed(need.slug, resident)!.supporters).toEqual({ total: 2, needToo: 1 });
    expect(getPublicNeed(need.slug, resident)!.viewer?.support).toBe("need_too");

    expect(withdrawSupport(resident, need.id)).toEqual({ ok: true });
    expect(getPublicNeed(need.slug, null)!.supporters.total).toBe(1);
  });
});

describe("pledges", () => {
  it("never counts pledges beyond the quantity and marks those as extra", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    const volunteers = itemOf(need.id, "volunteers");
    const [a, b, c] = [createUser({ name: "Ans" }), createUser({ name: "Bert" }), createUser({ name: "Cor" })];
    const pledge = (actor: typeof a, amount: number) =>
      pledgeToNeed(actor, { needId: need.id, checklistItemId: volunteers.id, amount, message: "", showName: actor === a });
    expect(pledge(a, 2)).toEqual({ ok: true, isExtra: false, alreadyThere: false });
    expect(pledge(b, 2)).toEqual({ ok: true, isExtra: false, alreadyThere: false });
    expect(pledge(c, 1)).toEqual({ ok: true, isExtra: true, alreadyThere: false });
    expect(itemOf(need.id, "volunteers")).toMatchObject({ quantity: 3, filled: 3, extra: 2 });

    const page = getPublicNeed(need.slug, null)!;
    expect(page.pledges.map((p) => [p.name, p.isExtra])).toEqual([
      ["Ans", false],
      [null, false],
      [null, true],
    ]);

    // When an earlier pledge is withdrawn, the extra one counts again.
    const bertsPledge = db.select().from(pledges).where(eq(pledges.userId, b.id)).get()!;
    expect(withdrawPledge(a, bertsPledge.id)).toEqual({ ok: false, error: "not_found" });
    expect(withdrawPledge(b, bertsPledge.id)).toEqual({ ok: true });
    expect(itemOf(need.id, "volunteers")).toMatchObject({ filled: 3, extra: 0 });
    expect(getPublicNeed(need.slug, null)!.pledges.every((p) => !p.isExtra)).toBe(true);
  });

  it("lets only members pledge as their organisation, and refuses items of another need", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    const otherNeed = publishNeedAsTeam(setup);
    const { organisation: org, owner } = createOrganisationWithOwner();
    const venue = itemOf(need.id, "venue");
    const input = { needId: need.id, checklistItemId: venue.id, amount: 1, message: "Onze zaal", showName: true, organisationId: org.id };
    expect(pledgeToNeed(createUser(), input)).toEqual({ ok: false, error: "forbidden" });
    expect(pledgeToNeed(owner, input)).toEqual({ ok: true, isExtra: false, alreadyThere: false });
    expect(getPublicNeed(need.slug, null)!.pledges[0]!.name).toBe(org.name);
    expect(pledgeToNeed(owner, { ...input, needId: otherNeed.id })).toEqual({ ok: false, error: "unknown_item" });
  });
});

describe("pages of pledges and updates", () => {
  it("shows ten at a time, keeps a stale page number within range, and counts them all", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    const venue = itemOf(need.id, "venue");
    for (let i = 1; i <= 12; i++) {
      pledgeToNeed(createUser({ name: `Helper ${i}` }), { needId: need.id, checklistItemId: venue.id, amount: 1, message: `Aanbod ${i}`, showName: true });
      postUpdate(setup.consultant, { needId: need.id, body: `Nieuws nummer ${i}` });
    }
    const first = getPublicNeed(need.slug, null)!;
    expect(first.pledges.map((p) => p.message)).toEqual(Array.from({ length: 10 }, (_, i) => `Aanbod ${i + 1}`));
    expect(first.pledgePages).toEqual({ page: 1, pageCount: 2, total: 12 });
    expect(first.updates[0]!.body).toBe("Nieuws nummer 12");
    const second = getPublicNeed(need.slug, null, { pledges: 2, updates: 2 })!;
    expect(second.pledges.map((p) => p.message)).toEqual(["Aanbod 11", "Aanbod 12"]);
    expect(second.updates.map((u) => u.body)).toEqual(["Nieuws nummer 2", "Nieuws nummer 1"]);
    expect(getPublicNeed(need.slug, null, { pledges: 99, updates: -3 })).toMatchObject({
      pledgePages: { page: 2, pageCount: 2, total: 12 },
      updatePages: { page: 1, pageCount: 2, total: 12 },
    });
  });
});

describe("updates", () => {
  it("tells supporters, pledgers and followers once each, in the app, and only the team may post", () => {
    const setup = createStaffedTeam();
    const other = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    const resident = createUser();
    supportNeed(resident, { needId: need.id, kind: "support" });
    followNeed(resident, need.id);
    pledgeToNeed(resident, { needId: need.id, checklistItemId: itemOf(need.id, "venue").id, amount: 1, message: "", showName: false });
    const follower = createUser();
    followNeed(follower, need.id);

    expect(postUpdate(other.consultant, { needId: need.id, body: "Hallo" })).toEqual({ ok: false, error: "forbidden" });
    expect(postUpdate(setup.consultant, { needId: need.id, body: "We zoeken nog een zaal." })).toEqual({ ok: true, alreadyThere: false });
    const sent = db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, "collective.notify.update"), eq(notifications.link, `/vragen/${need.slug}`)))
      .all();
    expect(sent.map((n) => n.userId).sort()).toEqual([resident.id, follower.id].sort());
    expect(getPublicNeed(need.slug, null)!.updates.map((u) => u.body)).toEqual(["We zoeken nog een zaal."]);
  });
});

describe("a second press adds nothing twice", () => {
  it("keeps one pledge when the same offer is sent again, and a different offer as its own", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    const resident = createUser();
    const { organisation: org, owner } = createOrganisationWithOwner();
    const volunteers = itemOf(need.id, "volunteers");
    const offer = { needId: need.id, checklistItemId: volunteers.id, amount: 1, message: "Ik kan op dinsdag", showName: false };
    expect(pledgeToNeed(resident, offer)).toEqual({ ok: true, isExtra: false, alreadyThere: false });
    // A double click, or back and submit again, with spacing or capitals changed by the browser.
    expect(pledgeToNeed(resident, { ...offer, message: "  ik kan op Dinsdag " })).toEqual({ ok: true, isExtra: false, alreadyThere: true });
    expect(pledgeToNeed(resident, { ...offer, amount: 2 })).toMatchObject({ ok: true, alreadyThere: false });
    // The same words as an organisation are the organisation's own offer, not the resident's.
    expect(pledgeToNeed(owner, { ...offer, organisationId: org.id })).toMatchObject({ ok: true, alreadyThere: false });
    expect(pledgeToNeed(owner, { ...offer, organisationId: org.id })).toMatchObject({ ok: true, alreadyThere: true });
    const saved = db.select().from(pledges).where(eq(pledges.collectiveNeedId, need.id)).all();
    expect(saved.map((p) => [p.userId === resident.id ? "resident" : "org", p.amount, p.message])).toEqual([
      ["resident", 1, "Ik kan op dinsdag"],
      ["resident", 2, "Ik kan op dinsdag"],
      ["org", 1, "Ik kan op dinsdag"],
    ]);
    // After withdrawing, offering the same again is a new pledge.
    withdrawPledge(resident, saved[0]!.id);
    expect(pledgeToNeed(resident, offer)).toMatchObject({ ok: true, alreadyThere: false });
  });

  it("posts the same update once and tells the audience once", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    const follower = createUser();
    followNeed(follower, need.id);
    expect(postUpdate(setup.consultant, { needId: need.id, body: "De zaal is geregeld." })).toEqual({ ok: true, alreadyThere: false });
    expect(postUpdate(setup.coordinator, { needId: need.id, body: "de zaal is geregeld. " })).toEqual({ ok: true, alreadyThere: true });
    expect(getPublicNeed(need.slug, null)!.updates.map((u) => u.body)).toEqual(["De zaal is geregeld."]);
    const told = db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, "collective.notify.update"), eq(notifications.userId, follower.id)))
      .all();
    expect(told).toHaveLength(1);
  });

  it("opens the organisation's existing draft activity instead of starting a second one", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    const { organisation: org, owner } = createOrganisationWithOwner();
    const first = startActivity(owner, { needId: need.id, organisationId: org.id });
    const again = startActivity(owner, { needId: need.id, organisationId: org.id });
    if (!first.ok || !again.ok) throw new Error("not started");
    expect(first.alreadyThere).toBe(false);
    expect(again).toMatchObject({ alreadyThere: true, initiativeId: first.initiativeId });
    expect(db.select().from(initiatives).where(eq(initiatives.collectiveNeedId, need.id)).all()).toHaveLength(1);
  });

  it("keeps one draft when the team's new-need form is sent twice", () => {
    const setup = createStaffedTeam();
    const input = {
      neighbourhoodId: setup.neighbourhood.id,
      domain: "social_network" as const,
      targetGroup: "elderly" as const,
      title: "Wandelgroep voor ouderen",
      description: "Ouderen willen samen wandelen in het park.",
      checklist: [{ kind: "organiser" as const, quantity: 1, description: "" }],
    };
    const first = draftCollectiveNeed(setup.consultant, input);
    const again = draftCollectiveNeed(setup.consultant, input);
    if (!first.ok || !again.ok) throw new Error("not drafted");
    expect(again).toEqual({ ok: true, id: first.id, alreadyThere: true });
    expect(db.select().from(collectiveNeeds).where(eq(collectiveNeeds.title, input.title)).all()).toHaveLength(1);
  });
});

describe("start an activity", () => {
  it("lets only members of the organisation start one; the need answers when it is published", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    const resident = createUser();
    supportNeed(resident, { needId: need.id, kind: "need_too" });
    const { organisation: org, owner } = createOrganisationWithOwner();
    const stranger = createOrganisationWithOwner();

    expect(startActivity(stranger.owner, { needId: need.id, organisationId: org.id })).toEqual({ ok: false, error: "forbidden" });
    const started = startActivity(owner, { needId: need.id, organisationId: org.id });
    if (!started.ok) throw new Error(started.error);
    const draft = db.select().from(initiatives).where(eq(initiatives.id, started.initiativeId)).get()!;
    expect(draft).toMatchObject({ status: "draft", organisationId: org.id, collectiveNeedId: need.id, neighbourhoodId: setup.neighbourhood.id });
    expect(db.select().from(initiativeDomains).where(eq(initiativeDomains.initiativeId, draft.id)).all()).toEqual([
      { initiativeId: draft.id, domain: "social_network" },
    ]);
    expect(getPublicNeed(need.slug, null)!.status).toBe("in_progress");
    // Nobody said what it costs or whether a wheelchair gets in: not known, not "no".
    expect(draft).toMatchObject({ isFree: null, wheelchairAccessible: null });

    // Without when, where and how to take part it cannot go public, as for any listing.
    expect(changeListingStatus(owner, draft.id, "submit")).toMatchObject({
      ok: false,
      error: "incomplete",
      gaps: [{ field: "slots" }, { field: "address" }, { field: "postcode" }, { field: "contactEmail" }],
    });
    expect(db.select({ status: initiatives.status }).from(initiatives).where(eq(initiatives.id, draft.id)).get()).toEqual({ status: "draft" });
    completeStartedActivity(draft.id);

    // A verified organisation publishes directly; the listing lifecycle answers the need.
    expect(changeListingStatus(owner, draft.id, "submit")).toEqual({ ok: true, status: "published" });
    const page = getPublicNeed(need.slug, null)!;
    expect(page.status).toBe("answered");
    expect(page.activity).toEqual({ slug: draft.slug, title: draft.title });
    const told = db.select().from(notifications).where(eq(notifications.kind, "collective.notify.answered")).all();
    expect(told.map((n) => n.userId)).toEqual([resident.id]);
    expect(listOpenNeeds(50, { neighbourhoodId: setup.neighbourhood.id })).toEqual([]);
    expect(listNeeds({ neighbourhoodId: setup.neighbourhood.id, status: "answered" }).needs.map((n) => n.slug)).toEqual([need.slug]);

    // A consultant with a household with that unmet need in the neighbourhood sees it among the matches.
    const [needId] = makeUnmetNeeds(setup.team.id, setup.pc4, "social_network", 1);
    const householdId = db.select({ id: needs.householdId }).from(needs).where(eq(needs.id, needId!)).get()!.id;
    const matches = findMatches(setup.consultant, { householdId, needId: needId! });
    if (!matches.ok) throw new Error(matches.error);
    expect(matches.value.matches.map((m) => m.initiativeId)).toContain(draft.id);
  });

  it("answers the need once an admin approves the activity of an unverified organisation", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    const { organisation: org, owner } = createOrganisationWithOwner({ verified: false });
    const started = startActivity(owner, { needId: need.id, organisationId: org.id });
    if (!started.ok) throw new Error(started.error);
    completeStartedActivity(started.initiativeId);
    expect(changeListingStatus(owner, started.initiativeId, "submit")).toEqual({ ok: true, status: "submitted" });
    expect(getPublicNeed(need.slug, null)!.status).toBe("in_progress");
    const admin = createUser();
    db.update(users).set({ isAdmin: true }).where(eq(users.id, admin.id)).run();
    expect(approveListing(loadActor(admin.id)!, started.initiativeId)).toMatchObject({ ok: true });
    expect(getPublicNeed(need.slug, null)!.status).toBe("answered");
  });
});

describe("merge and close", () => {
  it("moves supports and pledges without duplicates, and the old need points to the new", () => {
    const setup = createStaffedTeam();
    const keep = publishNeedAsTeam(setup, { title: "Samen eten in de wijk" });
    const duplicate = publishNeedAsTeam(setup, {
      title: "Gezamenlijke maaltijd",
      checklist: [
        { kind: "funding", quantity: 500, description: "" },
        { kind: "volunteers", quantity: 2, description: "" },
      ],
    });
    const both = createUser();
    const onlyOld = createUser();
    supportNeed(both, { needId: keep.id, kind: "support" });
    supportNeed(both, { needId: duplicate.id, kind: "need_too" });
    supportNeed(onlyOld, { needId: duplicate.id, kind: "support" });
    const oldVolunteers = getPublicNeed(duplicate.slug, null)!.checklist.find((i) => i.kind === "volunteers")!;
    const oldFunding = getPublicNeed(duplicate.slug, null)!.checklist.find((i) => i.kind === "funding")!;
    pledgeToNeed(both, { needId: keep.id, checklistItemId: itemOf(keep.id, "volunteers").id, amount: 1, message: "", showName: true });
    pledgeToNeed(both, { needId: duplicate.id, checklistItemId: oldVolunteers.id, amount: 2, message: "", showName: true });
    pledgeToNeed(onlyOld, { needId: duplicate.id, checklistItemId: oldFunding.id, amount: 100, message: "", showName: false });

    expect(mergeNeeds(setup.consultant, { fromId: duplicate.id, intoId: keep.id })).toEqual({ ok: false, error: "forbidden" });
    expect(mergeNeeds(createStaffedTeam().coordinator, { fromId: duplicate.id, intoId: keep.id })).toEqual({ ok: false, error: "forbidden" });
    expect(mergeNeeds(setup.coordinator, { fromId: duplicate.id, intoId: keep.id })).toEqual({ ok: true, slug: keep.slug });

    const supporters = db.select().from(supports).where(eq(supports.collectiveNeedId, keep.id)).all();
    expect(supporters.map((s) => s.userId).sort()).toEqual([both.id, onlyOld.id].sort());
    expect(supporters.find((s) => s.userId === both.id)!.kind).toBe("support");

    const page = getPublicNeed(keep.slug, null)!;
    const bothPledges = db
      .select()
      .from(pledges)
      .where(and(eq(pledges.userId, both.id), isNull(pledges.withdrawnAt)))
      .all();
    expect(bothPledges).toHaveLength(1);
    expect(bothPledges[0]).toMatchObject({ collectiveNeedId: keep.id, amount: 2 });
    expect(page.checklist.map((i) => [i.kind, i.filled])).toEqual([
      ["volunteers", 2],
      ["venue", 0],
      ["funding", 100],
    ]);

    const old = getPublicNeed(duplicate.slug, null)!;
    expect(old.status).toBe("closed");
    expect(old.mergedInto).toEqual({ slug: keep.slug, title: "Samen eten in de wijk" });
    expect(old.supporters.total).toBe(0);
  });

  it("lets only the coordinator close a need with a reason", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    expect(closeNeed(setup.consultant, { needId: need.id, reason: "Niet meer nodig" })).toEqual({ ok: false, error: "forbidden" });
    expect(closeNeed(setup.coordinator, { needId: need.id, reason: "Niet meer nodig" }).ok).toBe(true);
    expect(getPublicNeed(need.slug, null)).toMatchObject({ status: "closed", closeReason: "Niet meer nodig" });
    expect(supportNeed(createUser(), { needId: need.id, kind: "support" })).toEqual({ ok: false, error: "not_active" });
  });
});

describe("lists", () => {
  it("filters by wijk, domain and what is needed", () => {
    const setup = createStaffedTeam();
    publishNeedAsTeam(setup, { title: "Vrijwilligers gezocht" });
    publishNeedAsTeam(setup, { title: "Geld gezocht", domain: "finances", checklist: [{ kind: "funding", quantity: 200, description: "" }] });
    const titles = (filter: Parameters<typeof listNeeds>[0]) => listNeeds({ neighbourhoodId: setup.neighbourhood.id, ...filter }).needs.map((n) => n.title);
    expect(titles({ checklistKind: "volunteers" })).toEqual(["Vrijwilligers gezocht"]);
    expect(titles({ checklistKind: "funding" })).toEqual(["Geld gezocht"]);
    expect(titles({ domain: "finances" })).toEqual(["Geld gezocht"]);
    expect(listOpenNeeds(10, { neighbourhoodId: setup.neighbourhood.id, checklistKind: "funding" }).map((n) => n.title)).toEqual(["Geld gezocht"]);
  });
});

describe("the team's own needs", () => {
  it("lists current, answered and closed needs apart, counts each, and shows another team nothing", () => {
    const setup = createStaffedTeam();
    publishNeedAsTeam(setup, { title: "Loopt nog" });
    const closed = publishNeedAsTeam(setup, { title: "Niet meer nodig" });
    closeNeed(setup.coordinator, { needId: closed.id, reason: "Opgelost" });
    const answered = publishNeedAsTeam(setup, { title: "Is beantwoord" });
    const { organisation: org, owner } = createOrganisationWithOwner();
    const started = startActivity(owner, { needId: answered.id, organisationId: org.id });
    if (!started.ok) throw new Error(started.error);
    completeStartedActivity(started.initiativeId);
    changeListingStatus(owner, started.initiativeId, "submit");

    const titles = (state: Parameters<typeof listTeamNeeds>[1]) => listTeamNeeds(setup.coordinator, state).needs.map((n) => n.title);
    expect(titles("current")).toEqual(["Loopt nog"]);
    expect(titles("answered")).toEqual(["Is beantwoord"]);
    expect(titles("closed")).toEqual(["Niet meer nodig"]);
    expect(listTeamNeeds(setup.coordinator).counts).toEqual({ current: 1, answered: 1, closed: 1 });
    expect(listTeamNeeds(createStaffedTeam().coordinator, "closed")).toEqual({ needs: [], counts: { current: 0, answered: 0, closed: 0 } });
    expect(listTeamNeeds(createUser(), "answered").needs).toEqual([]);
  });

  it("lets the organiser's draft activity point back to the need it came from", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup, { title: "Taalcafé gezocht" });
    const { organisation: org, owner } = createOrganisationWithOwner();
    const started = startActivity(owner, { needId: need.id, organisationId: org.id });
    if (!started.ok) throw new Error(started.error);
    expect(needBehindActivity(started.initiativeId)).toEqual({ slug: need.slug, title: "Taalcafé gezocht" });
  });
});
