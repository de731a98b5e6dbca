import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, consents, needs, notifications, referralEvents, referrals } from "~db/schema";
import { REFERRAL_STATUSES, type ReferralStatus } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import {
  getReferralForOrganisation,
  getReferralForTeam,
  listReferralsForOrganisation,
  prepareReferral,
  runReferralCommand,
  sendReferral,
} from "~/models/referral";
import { commandsFor, REFERRAL_TRANSITIONS, type ReferralCommand } from "~/domain/referral-states";
import { addOrganisationMember, createOrganisationWithOwner, createStaffedTeam, createUser } from "#tests/factories/core";
import { deleteAccount } from "~/models/account.server";
import { listAuditForHousehold } from "~/models/audit.server";
import { buildReferral, makeReferralListing, makeReferralWorld, sendReferralAsConsultant, TEST_CONTACT } from "#tests/factories/referral";
import { buildHousehold, buildNeed, inTeam } from "#tests/factories/household";

function referralRow(id: number) {
  return db.select().from(referrals).where(eq(referrals.id, id)).get()!;
}

function eventsOf(id: number) {
  return db.select().from(referralEvents).where(eq(referralEvents.referralId, id)).orderBy(referralEvents.id).all();
}

function notificationsFor(userId: string) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.id).all();
}

describe("sending a referral", () => {
  it("creates a sent referral with its first event, tells the organisation and marks the need referred", () => {
    const world = makeReferralWorld();
    const id = sendReferralAsConsultant(world, { contact: TEST_CONTACT });
    const row = referralRow(id);
    expect(row).toMatchObject({ status: "sent", contactName: "Mevrouw A.", contactPhone: "06 12345678", createdBy: world.consultant.id });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(eventsOf(id)).toEqual([expect.objectContaining({ fromStatus: "draft", toStatus: "sent", actorId: world.consultant.id })]);
    expect(notificationsFor(world.organiser.id)).toEqual([
      expect.objectContaining({ kind: "referrals.notify.newReferral", link: `/mijn-organisatie/verwijzingen/${id}` }),
    ]);
    expect(db.select().from(needs).where(eq(needs.id, world.need.id)).get()!.status).toBe("referred");
    expect(
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "referral"), eq(auditLog.entityId, String(id))))
        .all(),
    ).toHaveLength(1);
  });

  it("refuses contact details without consent, but sends without them", () => {
    const world = makeReferralWorld({ consent: false });
    const refused = sendReferral(world.consultant, {
      householdId: world.household.id,
      initiativeId: world.initiative.id,
      message: "Hallo",
      lookingFor: "Iets",
      contact: TEST_CONTACT,
    });
    expect(refused).toEqual({ ok: false, error: "no_consent" });
    const id = sendReferralAsConsultant(world, { contact: { preference: "via_consultant" } });
    expect(referralRow(id)).toMatchObject({ contactName: null, contactPhone: null, contactEmail: null, contactPreference: "via_consultant" });
  });

  it("refuses a listing that takes no referrals and a second open referral to the same listing", () => {
    const world = makeReferralWorld();
    const closed = makeReferralListing(world.organisation.id, { acceptsReferrals: false });
    const input = { householdId: world.household.id, message: "", lookingFor: "" };
    expect(sendReferral(world.consultant, { ...input, initiativeId: closed.id })).toEqual({ ok: false, error: "initiative_unavailable" });
    const draft = makeReferralListing(world.organisation.id, { status: "draft" });
    expect(sendReferral(world.consultant, { ...input, initiativeId: draft.id })).toEqual({ ok: false, error: "initiative_unavailable" });
    sendReferralAsConsultant(world);
    expect(sendReferral(world.consultant, { ...input, initiativeId: world.initiative.id })).toEqual({ ok: false, error: "already_referred" });
  });
});

describe("the state machine", () => {
  it("follows a referral from sent to completed, one event per step, the consultant told of every answer", () => {
    const world = makeReferralWorld();
    const id = sendReferralAsConsultant(world, { contact: TEST_CONTACT });
    expect(runReferralCommand(world.organiser, "accept", { referralId: id, note: "Welkom dinsdag" })).toEqual({ ok: true, referralId: id });
    expect(referralRow(id).answeredAt).toBeInstanceOf(Date);
    expect(runReferralCommand(world.organiser, "start", { referralId: id })).toMatchObject({ ok: true });
    expect(runReferralCommand(world.organiser, "complete", { referralId: id, outcome: "   " })).toEqual({ ok: false, error: "outcome_required" });
    expect(runReferralCommand(world.organiser, "complete", { referralId: id, outcome: "Komt elke week" })).toMatchObject({ ok: true });

    const row = referralRow(id);
    expect(row).toMatchObject({ status: "completed", outcome: "Komt elke week", contactName: null, contactPhone: null, contactEmail: null });
    expect(row.closedAt).toBeInstanceOf(Date);
    expect(eventsOf(id).map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([
      ["draft", "sent", world.consultant.id],
      ["sent", "accepted", world.organiser.id],
      ["accepted", "started", world.organiser.id],
      ["started", "completed", world.organiser.id],
    ]);
    expect(eventsOf(id)[1].note).toBe("Welkom dinsdag");
    expect(notificationsFor(world.consultant.id).map((n) => n.kind)).toEqual([
      "referrals.notify.accepted",
      "referrals.notify.started",
      "referrals.notify.completed",
    ]);
    expect(db.select().from(needs).where(eq(needs.id, world.need.id)).get()!.status).toBe("resolved");
  });

  it("needs a reason to decline or stop, and erases contact details on every way of closing", () => {
    const world = makeReferralWorld();
    const declined = sendReferralAsConsultant(world, { contact: TEST_CONTACT });
    expect(runReferralCommand(world.organiser, "decline", { referralId: declined })).toEqual({ ok: false, error: "reason_required" });
    expect(runReferralCommand(world.organiser, "decline", { referralId: declined, reason: "not_suitable" })).toMatchObject({ ok: true });
    expect(referralRow(declined)).toMatchObject({ status: "declined", declineReason: "not_suitable", contactName: null });
    // The need is open again once nothing runs for it.
    expect(db.select().from(needs).where(eq(needs.id, world.need.id)).get()!.status).toBe("open");

    const stopped = sendReferralAsConsultant(world, { contact: TEST_CONTACT });
    runReferralCommand(world.organiser, "accept", { referralId: stopped });
    runReferralCommand(world.organiser, "start", { referralId: stopped });
    expect(runReferralCommand(world.organiser, "stop", { referralId: stopped, reason: "" })).toEqual({ ok: false, error: "reason_required" });
    expect(runReferralCommand(world.organiser, "stop", { referralId: stopped, reason: "Verhuisd" })).toMatchObject({ ok: true });
    expect(referralRow(stopped)).toMatchObject({ status: "stopped", stopReason: "Verhuisd", contactPhone: null });

    const lost = sendReferralAsConsultant(world, { contact: TEST_CONTACT });
    runReferralCommand(world.organiser, "accept", { referralId: lost });
    expect(runReferralCommand(world.organiser, "could_not_contact", { referralId: lost })).toMatchObject({ ok: true });
    expect(referralRow(lost)).toMatchObject({ status: "could_not_contact", contactEmail: null });

    const withdrawn = sendReferralAsConsultant(world, { contact: TEST_CONTACT });
    runReferralCommand(world.organiser, "waitlist", { referralId: withdrawn });
    expect(runReferralCommand(world.consultant, "withdraw", { referralId: withdrawn, note: "Niet meer nodig" })).toMatchObject({ ok: true });
    expect(referralRow(withdrawn)).toMatchObject({ status: "withdrawn", contactName: null });
    expect(notificationsFor(world.organiser.id).at(-1)!.kind).toBe("referrals.notify.withdrawn");
  });

  it("allows exactly the transitions of DESIGN.md and refuses every other one as illegal", () => {
    const world = makeReferralWorld();
    const expected: Record<ReferralStatus, ReferralCommand[]> = {
      draft: [],
      sent: ["accept", "waitlist", "decline", "withdraw"],
      waitlisted: ["accept", "decline", "withdraw"],
      accepted: ["withdraw", "start", "could_not_contact"],
      started: ["complete", "stop"],
      declined: [],
      withdrawn: [],
      could_not_contact: [],
      completed: [],
      stopped: [],
    };
    const commands = (Object.keys(REFERRAL_TRANSITIONS) as ReferralCommand[]).filter((c) => c !== "send");
    for (const status of REFERRAL_STATUSES) {
      expect([...commandsFor(status, "organisation"), ...commandsFor(status, "team")].sort()).toEqual([...expected[status]].sort());
      for (const command of commands) {
        const id = sendReferralAsConsultant(world);
        db.update(referrals).set({ status }).where(eq(referrals.id, id)).run();
        const actor = REFERRAL_TRANSITIONS[command].side === "team" ? world.consultant : world.organiser;
        const result = runReferralCommand(actor, command, { referralId: id, reason: command === "decline" ? "other" : "Reden", outcome: "Goed" });
        if (expected[status].includes(command)) {
          expect(result, `${command} from ${status}`).toMatchObject({ ok: true });
          expect(referralRow(id).status).toBe(REFERRAL_TRANSITIONS[command].to);
        } else if (status === "draft" && actor === world.organiser) {
          // A draft does not exist for the organisation at all.
          expect(result, `${command} from ${status}`).toEqual({ ok: false, error: "not_found" });
          expect(referralRow(id).status).toBe(status);
        } else {
          expect(result, `${command} from ${status}`).toEqual({ ok: false, error: "illegal_transition" });
          expect(referralRow(id).status).toBe(status);
        }
        // Close it so the next referral to the same listing is not a duplicate.
        db.update(referrals).set({ status: "withdrawn" }).where(eq(referrals.id, id)).run();
      }
    }
  });

  it("lets each side take only its own steps", () => {
    const world = makeReferralWorld();
    const id = sendReferralAsConsultant(world);
    expect(runReferralCommand(world.consultant, "accept", { referralId: id })).toEqual({ ok: false, error: "forbidden" });
    expect(runReferralCommand(world.organiser, "withdraw", { referralId: id })).toEqual({ ok: false, error: "forbidden" });
    expect(referralRow(id).status).toBe("sent");
  });
});

describe("places", () => {
  it("refuses to accept without a place, and gives the place back when a referral ends", () => {
    const world = makeReferralWorld({ capacity: 3, outside: 2 });
    const first = sendReferralAsConsultant(world);
    const other = buildHousehold({ ...inTeam(world), consent: true });
    const second = sendReferralAsConsultant({ ...world, need: buildNeed(other.id) }, { householdId: other.id });
    expect(runReferralCommand(world.organiser, "accept", { referralId: first })).toMatchObject({ ok: true });
    expect(runReferralCommand(world.organiser, "accept", { referralId: second })).toEqual({ ok: false, error: "no_places" });
    expect(runReferralCommand(world.organiser, "waitlist", { referralId: second })).toMatchObject({ ok: true });
    runReferralCommand(world.organiser, "start", { referralId: first });
    expect(runReferralCommand(world.organiser, "accept", { referralId: second })).toEqual({ ok: false, error: "no_places" });
    runReferralCommand(world.organiser, "stop", { referralId: first, reason: "Gestopt" });
    expect(runReferralCommand(world.organiser, "accept", { referralId: second })).toMatchObject({ ok: true });
  });

  it("never limits a listing without capacity", () => {
    const world = makeReferralWorld({ capacity: null });
    for (let i = 0; i < 5; i++) {
      const household = buildHousehold(inTeam(world));
      const id = sendReferralAsConsultant({ ...world, need: buildNeed(household.id) }, { householdId: household.id });
      expect(runReferralCommand(world.organiser, "accept", { referralId: id })).toMatchObject({ ok: true });
    }
  });
});

describe("what each side sees", () => {
  it("shows the organisation only what the referral shares, and contact details only with consent", () => {
    const world = makeReferralWorld();
    const id = sendReferralAsConsultant(world, { contact: TEST_CONTACT });
    const result = getReferralForOrganisation(world.organiser, id);
    if (!result.ok) throw new Error(result.error);
    const view = result.referral;
    expect(view.household).toEqual({ adults: 1, childBands: ["4-11"], languages: ["nl"], neighbourhoodName: world.neighbourhood.name });
    expect(view.contact).toMatchObject({ name: "Mevrouw A.", phone: "06 12345678" });
    expect(view.commands).toEqual(["accept", "waitlist", "decline"]);
    const shown = JSON.stringify(view);
    expect(shown).not.toContain(world.household.reference);
    expect(shown).not.toContain(world.pc4);

    db.update(consents).set({ withdrawnAt: new Date() }).where(eq(consents.householdId, world.household.id)).run();
    const after = getReferralForOrganisation(world.organiser, id);
    expect(after.ok && after.referral.contact).toBeNull();
  });

  it("shows the team the whole referral with its timeline", () => {
    const world = makeReferralWorld();
    const id = sendReferralAsConsultant(world, { contact: TEST_CONTACT });
    runReferralCommand(world.organiser, "accept", { referralId: id });
    const result = getReferralForTeam(world.coordinator, id);
    if (!result.ok) throw new Error(result.error);
    expect(result.referral).toMatchObject({
      status: "accepted",
      household: { reference: world.household.reference },
      initiative: { title: world.initiative.title },
      commands: ["withdraw"],
    });
    expect(result.referral.events.map((e) => [e.toStatus, e.actorName])).toEqual([
      ["sent", "Consulent"],
      ["accepted", "Organisator"],
    ]);
  });

  it("lists the inbox with unanswered referrals first, oldest first, then the rest newest first", () => {
    const world = makeReferralWorld();
    const ids = [0, 1, 2, 3].map(() => {
      const household = buildHousehold(inTeam(world));
      return sendReferralAsConsultant({ ...world, need: buildNeed(household.id) }, { householdId: household.id });
    });
    const day = 24 * 60 * 60 * 1000;
    ids.forEach((id, i) =>
      db
        .update(referrals)
        .set({ sentAt: new Date(Date.now() - (10 - i) * day) })
        .where(eq(referrals.id, id))
        .run(),
    );
    runReferralCommand(world.organiser, "accept", { referralId: ids[0] });
    runReferralCommand(world.organiser, "accept", { referralId: ids[1] });
    expect(listReferralsForOrganisation(world.organiser).map((r) => r.id)).toEqual([ids[2], ids[3], ids[1], ids[0]]);
    expect(listReferralsForOrganisation(world.organiser, { status: "accepted" }).map((r) => r.id)).toEqual([ids[1], ids[0]]);
  });
});

describe("who is refused", () => {
  it("refuses a consultant of another team, an organiser of another organisation and a resident everything", () => {
    const world = makeReferralWorld();
    const id = sendReferralAsConsultant(world, { contact: TEST_CONTACT });
    const otherConsultant = createStaffedTeam().consultant;
    const otherOrganiser = createOrganisationWithOwner().owner;
    const resident = createUser({ name: "Bewoner" });
    for (const outsider of [otherConsultant, otherOrganiser, resident]) {
      expect(sendReferral(outsider, { householdId: world.household.id, initiativeId: world.initiative.id, message: "", lookingFor: "" })).toMatchObject({
        ok: false,
      });
      expect(prepareReferral(outsider, { householdId: world.household.id, initiativeId: world.initiative.id })).toMatchObject({ ok: false });
      for (const command of ["accept", "waitlist", "decline", "withdraw", "start", "could_not_contact", "complete", "stop"] as const) {
        expect(runReferralCommand(outsider, command, { referralId: id, reason: "other", outcome: "x" })).toEqual({ ok: false, error: "not_found" });
      }
      expect(getReferralForTeam(outsider, id)).toEqual({ ok: false, error: "not_found" });
      expect(getReferralForOrganisation(outsider, id)).toEqual({ ok: false, error: "not_found" });
      expect(listReferralsForOrganisation(outsider)).toEqual([]);
    }
    expect(referralRow(id).status).toBe("sent");
    // The organisation sees its referral in its inbox.
    expect(listReferralsForOrganisation(world.organiser).map((r) => r.id)).toEqual([id]);
    // A consultant does not read the organisation's view, nor an organiser the team's.
    expect(getReferralForOrganisation(world.consultant, id)).toEqual({ ok: false, error: "not_found" });
    expect(getReferralForTeam(world.organiser, id)).toEqual({ ok: false, error: "not_found" });
  });
});

describe("a draft is the team's own (issue 8, defect 2)", () => {
  it("does not exist for the receiving organisation: not in its view, not for its commands, and the attempt is logged", () => {
    const world = makeReferralWorld();
    const draftId = buildReferral({
      householdId: world.household.id,
      initiativeId: world.initiative.id,
      status: "draft",
      contact: { name: "Concept Contactpersoon", phone: "06 99999999", email: "concept@example.org" },
    });
    expect(getReferralForOrganisation(world.organiser, draftId)).toEqual({ ok: false, error: "not_found" });
    for (const command of ["accept", "waitlist", "decline", "start", "could_not_contact", "complete", "stop"] as const) {
      expect(runReferralCommand(world.organiser, command, { referralId: draftId, reason: "other", outcome: "x" })).toEqual({ ok: false, error: "not_found" });
    }
    expect(listReferralsForOrganisation(world.organiser)).toEqual([]);
    expect(referralRow(draftId).status).toBe("draft");
    const refused = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(draftId)), eq(auditLog.action, "refused")))
      .all();
    expect(refused).toHaveLength(8);
    expect(refused.every((row) => row.actorId === world.organiser.id && !row.detail.includes("Concept"))).toBe(true);
    // The team still sees its draft.
    expect(getReferralForTeam(world.consultant, draftId)).toMatchObject({ ok: true, referral: { status: "draft" } });
  });

  it("becomes visible to the organisation once sent", () => {
    const world = makeReferralWorld();
    const id = buildReferral({ householdId: world.household.id, initiativeId: world.initiative.id, status: "sent" });
    expect(getReferralForOrganisation(world.organiser, id)).toMatchObject({ ok: true, referral: { status: "sent" } });
  });
});

describe("every read of referral data is audited (issue 8, defect 9)", () => {
  it("logs the referral form, the organisation's inbox and detail, with the reader's name", () => {
    const world = makeReferralWorld();
    expect(prepareReferral(world.consultant, { householdId: world.household.id, initiativeId: world.initiative.id }).ok).toBe(true);
    expect(db.select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({
      action: "view",
      entityType: "referral_form",
      entityId: String(world.initiative.id),
      householdId: world.household.id,
      actorId: world.consultant.id,
      actorLabel: world.consultant.name,
    });
    const id = sendReferralAsConsultant(world, { contact: TEST_CONTACT });
    expect(listReferralsForOrganisation(world.organiser)).toHaveLength(1);
    expect(db.select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({
      action: "view",
      entityType: "referral_inbox",
      entityId: String(world.organisation.id),
      detail: `1 referrals: ${id}`,
      actorId: world.organiser.id,
    });
    expect(getReferralForOrganisation(world.organiser, id).ok).toBe(true);
    expect(db.select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({
      action: "view",
      entityType: "referral",
      entityId: String(id),
      householdId: world.household.id,
      actorId: world.organiser.id,
      actorLabel: world.organiser.name,
    });
  });

  it("keeps the reader's name in the household's log after their account is deleted", () => {
    const world = makeReferralWorld();
    const id = sendReferralAsConsultant(world);
    getReferralForOrganisation(world.organiser, id);
    const editor = addOrganisationMember(world.organisation.id, createUser({ name: "Ilse Tijdelijk" }), "editor");
    getReferralForOrganisation(editor, id);
    expect(deleteAccount(editor, { confirmEmail: editor.email })).toEqual({ ok: true });
    const log = listAuditForHousehold(world.coordinator, { householdId: world.household.id });
    if (!log.ok) throw new Error(log.error);
    expect(log.entries.find((entry) => entry.actorName === "Ilse Tijdelijk")).toMatchObject({ actorDeleted: true, entityType: "referral" });
    expect(log.entries.find((entry) => entry.actorName === world.organiser.name)).toMatchObject({ actorDeleted: false });
  });
});
