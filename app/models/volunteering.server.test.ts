import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications, volunteerApplications } from "~db/schema";
import { db } from "~/utils/db.server";
import { createOrganisation, createUser, reloadActor } from "#tests/factories/core";
import { createVolunteerOpening } from "#tests/factories/helping";
import {
  acceptApplication,
  applyAsVolunteer,
  declineApplication,
  listApplicationsForOrganisation,
  listMyApplications,
  withdrawApplication,
} from "./volunteering.server";

function setting() {
  const owner = createUser({ name: "Karim" });
  const editor = createUser({ name: "Lotte" });
  const org = createOrganisation({
    name: "Buurtkracht",
    members: [
      { actor: owner, role: "owner" },
      { actor: editor, role: "editor" },
    ],
  });
  const opening = createVolunteerOpening(org.id, { title: "Gastvrouw buurtkamer" });
  return { owner: reloadActor(owner), editor: reloadActor(editor), org, opening };
}

function apply(actor: ReturnType<typeof createUser>, initiativeId: number) {
  const result = applyAsVolunteer(actor, { initiativeId, message: "Ik help graag op maandag." });
  if (!result.ok) throw new Error(result.error);
  return result.applicationId;
}

const kindsFor = (userId: string) =>
  db
    .select({ kind: notifications.kind })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .all()
    .map((n) => n.kind);

describe("applying as a volunteer", () => {
  it("applies to a published volunteers listing and tells every member of the organisation", () => {
    const { owner, editor, opening } = setting();
    const resident = createUser({ name: "Sanne" });
    const id = apply(resident, opening.id);
    expect(db.select().from(volunteerApplications).where(eq(volunteerApplications.id, id)).get()).toMatchObject({
      status: "pending",
      message: "Ik help graag op maandag.",
      userId: resident.id,
    });
    expect(kindsFor(owner.id)).toEqual(["helping.notify.applicationReceived"]);
    expect(kindsFor(editor.id)).toEqual(["helping.notify.applicationReceived"]);
  });

  it("refuses other kinds of listings and unpublished ones", () => {
    const { org } = setting();
    const resident = createUser();
    for (const initiative of [
      createVolunteerOpening(org.id, { kind: "activity" }),
      createVolunteerOpening(org.id, { status: "draft" }),
      createVolunteerOpening(org.id, { status: "paused" }),
    ]) {
      expect(applyAsVolunteer(resident, { initiativeId: initiative.id, message: "Hoi" })).toEqual({ ok: false, error: "not_found" });
    }
    expect(applyAsVolunteer(resident, { initiativeId: 99999, message: "Hoi" })).toEqual({ ok: false, error: "not_found" });
  });

  it("allows one open application per resident per initiative; after withdrawing, a new one", () => {
    const { opening } = setting();
    const resident = createUser();
    const first = apply(resident, opening.id);
    expect(applyAsVolunteer(resident, { initiativeId: opening.id, message: "Nog een keer" })).toEqual({
      ok: false,
      error: "already_applied",
    });
    expect(withdrawApplication(resident, { applicationId: first })).toEqual({ ok: true });
    expect(applyAsVolunteer(resident, { initiativeId: opening.id, message: "Toch wel" }).ok).toBe(true);
  });
});

describe("organisers decide", () => {
  it("accepts: the resident sees the status and is told", () => {
    const { owner, org, opening } = setting();
    const resident = createUser({ name: "Sanne" });
    const id = apply(resident, opening.id);
    expect(acceptApplication(owner, { applicationId: id })).toEqual({ ok: true });
    expect(listMyApplications(resident)).toEqual([
      expect.objectContaining({ id, status: "accepted", initiativeTitle: "Gastvrouw buurtkamer", organisationName: "Buurtkracht" }),
    ]);
    expect(kindsFor(resident.id)).toEqual(["helping.notify.applicationAccepted"]);
    const listed = listApplicationsForOrganisation(owner, org.id);
    expect(listed.ok && listed.applications[0]).toMatchObject({ id, applicantName: "Sanne", applicantEmail: resident.email });
  });

  it("declines only with a reason, which the resident sees", () => {
    const { editor, opening } = setting();
    const resident = createUser();
    const id = apply(resident, opening.id);
    expect(declineApplication(editor, { applicationId: id, reason: "   " })).toEqual({ ok: false, error: "reason_required" });
    expect(declineApplication(editor, { applicationId: id, reason: "We zoeken iemand voor de avond." })).toEqual({ ok: true });
    expect(listMyApplications(resident)[0]).toMatchObject({ status: "declined", declineReason: "We zoeken iemand voor de avond." });
    expect(kindsFor(resident.id)).toEqual(["helping.notify.applicationDeclined"]);
  });

  it("refuses an organiser of another organisation, and decisions on decided applications", () => {
    const { owner, opening } = setting();
    const stranger = setting().owner;
    const resident = createUser();
    const id = apply(resident, opening.id);
    expect(acceptApplication(stranger, { applicationId: id })).toEqual({ ok: false, error: "forbidden" });
    expect(declineApplication(stranger, { applicationId: id, reason: "Nee" })).toEqual({ ok: false, error: "forbidden" });
    expect(acceptApplication(resident, { applicationId: id })).toEqual({ ok: false, error: "forbidden" });
    expect(acceptApplication(owner, { applicationId: id })).toEqual({ ok: true });
    expect(declineApplication(owner, { applicationId: id, reason: "Toch niet" })).toEqual({ ok: false, error: "not_pending" });
    expect(withdrawApplication(resident, { applicationId: id })).toEqual({ ok: false, error: "not_pending" });
    expect(acceptApplication(owner, { applicationId: 99999 })).toEqual({ ok: false, error: "not_found" });
  });

  it("lists applications only to members, and hides the email until accepted", () => {
    const { owner, org, opening } = setting();
    const stranger = setting().owner;
    const resident = createUser();
    apply(resident, opening.id);
    expect(listApplicationsForOrganisation(stranger, org.id)).toEqual({ ok: false, error: "forbidden" });
    const listed = listApplicationsForOrganisation(owner, org.id);
    expect(listed.ok && listed.applications.map((a) => [a.status, a.applicantEmail])).toEqual([["pending", null]]);
  });
});

describe("residents' own applications", () => {
  it("a resident sees only their own and can withdraw only their own pending one; the organisation is told", () => {
    const { owner, opening } = setting();
    const sanne = createUser({ name: "Sanne" });
    const tim = createUser({ name: "Tim" });
    const sanneApplication = apply(sanne, opening.id);
    apply(tim, opening.id);
    expect(listMyApplications(sanne).map((a) => a.id)).toEqual([sanneApplication]);
    expect(withdrawApplication(tim, { applicationId: sanneApplication })).toEqual({ ok: false, error: "not_found" });
    expect(withdrawApplication(sanne, { applicationId: sanneApplication })).toEqual({ ok: true });
    expect(listMyApplications(sanne)[0]?.status).toBe("withdrawn");
    expect(kindsFor(owner.id)).toContain("helping.notify.applicationWithdrawn");
  });
});
