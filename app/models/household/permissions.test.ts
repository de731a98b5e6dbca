/**
 * Everyone outside the household's team is refused every household, intake, plan and consent use
 * case when calling the models directly, and learns nothing: the household is "not found", and
 * nothing is written but one audit row saying who was refused what (docs/decisions/005).
 * Visitors never reach the models: the routes send
 * them to the login page (tests/e2e/consultant-household.test.ts).
 */
import { count, desc, eq, gt } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, consents, householdChildren, households, intakeAnswers, intakes, needs, planActions, planGoals, plans, referrals } from "~db/schema";
import { LIFE_DOMAINS } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";
import { createInitiative, createOrganisationWithOwner, createUser } from "#tests/factories/core";
import { createWorkspace } from "#tests/factories/workspace";
import { listAuditForHousehold } from "~/models/audit.server";
import { getConsent, recordConsent, withdrawConsent } from "~/models/consent.server";
import {
  createHousehold as createHouseholdUseCase,
  getHousehold,
  getHouseholdProfile,
  listCaseload,
  reassignHousehold,
  updateHousehold,
} from "~/models/household";
import { completeIntake, getIntake, saveIntakeAnswers, startIntake } from "~/models/intake.server";
import { addAction, addGoal, getPlan, markActionDone, markGoalAchieved, setReviewDate } from "~/models/plan.server";
import { buildHousehold } from "#tests/factories/household";
import { buildReferral } from "#tests/factories/referral";

let w: ReturnType<typeof createWorkspace>;
let householdId: number;
let needId: number;
let goalId: number;
let actionId: number;
let outsiders: [string, Actor][];

const record = {
  reference: "GEHEIM-1",
  pc4: "",
  adults: 1,
  children: [],
  languages: [],
  availableDays: [],
  needsWheelchairAccess: false,
  needsHearingLoop: false,
};

beforeAll(() => {
  w = createWorkspace();
  const household = buildHousehold({
    teamId: w.team.id,
    pc4: w.team.postcodes[0],
    consultantId: w.consultant.id,
    needs: [{ domain: "social_network", score: 2 }],
  });
  householdId = household.id;
  needId = household.needIds[0];
  const goal = addGoal(w.consultant, { householdId, needId, description: "Doel" });
  if (!goal.ok) throw new Error();
  goalId = goal.goalId;
  const action = addAction(w.consultant, { householdId, goalId, description: "Actie", owner: "household" });
  if (!action.ok) throw new Error();
  actionId = action.actionId;
  recordConsent(w.consultant, { householdId, givenOn: "2026-11-01", scope: "Delen" });
  const { organisation, owner: organiser } = createOrganisationWithOwner();
  buildReferral({ householdId, initiativeId: createInitiative(organisation.id).id, status: "sent", contact: { name: "A" } });
  outsiders = [
    ["a consultant of another team", w.outsider],
    ["an organiser (even one receiving this household's referral)", organiser],
    ["a resident", createUser()],
    ["an admin without a team", createUser({ isAdmin: true })],
  ];
});

/** Every table of household data a use case could touch, counted (the audit log is checked on its own). */
function snapshot() {
  const tables = { households, householdChildren, intakes, intakeAnswers, needs, plans, planGoals, planActions, consents, referrals };
  return Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, db.select({ n: count() }).from(table).get()!.n]));
}

const useCases: [string, (actor: Actor) => unknown][] = [
  ["getHousehold", (a) => getHousehold(a, { householdId })],
  ["getHouseholdProfile", (a) => getHouseholdProfile(a, { householdId })],
  ["updateHousehold", (a) => updateHousehold(a, { ...record, householdId, pc4: w.team.postcodes[0] })],
  ["reassignHousehold", (a) => reassignHousehold(a, { householdId, consultantId: a.id })],
  ["listAuditForHousehold", (a) => listAuditForHousehold(a, { householdId })],
  ["startIntake", (a) => startIntake(a, { householdId })],
  ["getIntake", (a) => getIntake(a, { householdId })],
  ["saveIntakeAnswers", (a) => saveIntakeAnswers(a, { householdId, answers: [{ domain: "finances", score: 1 }] })],
  ["completeIntake", (a) => completeIntake(a, { householdId, answers: LIFE_DOMAINS.map((domain) => ({ domain, score: 2 })) })],
  ["getPlan", (a) => getPlan(a, { householdId })],
  ["setReviewDate", (a) => setReviewDate(a, { householdId, reviewDate: "2027-01-01" })],
  ["addGoal", (a) => addGoal(a, { householdId, needId, description: "Ingebroken" })],
  ["addAction", (a) => addAction(a, { householdId, goalId, description: "Ingebroken", owner: "household" })],
  ["markActionDone", (a) => markActionDone(a, { householdId, actionId })],
  ["markGoalAchieved", (a) => markGoalAchieved(a, { householdId, goalId })],
  ["getConsent", (a) => getConsent(a, { householdId })],
  ["recordConsent", (a) => recordConsent(a, { householdId, givenOn: "2026-11-02", scope: "x" })],
  ["withdrawConsent", (a) => withdrawConsent(a, { householdId })],
];

describe.each([0, 1, 2, 3])("outsider %i", (index) => {
  it.each(useCases)("is refused %s as if the household did not exist, nothing changes, and the refusal is logged", (_name, run) => {
    const [, actor] = outsiders[index];
    const before = snapshot();
    const lastAudit = db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).get()?.id ?? 0;
    expect(run(actor)).toEqual({ ok: false, error: "not_found" });
    expect(snapshot()).toEqual(before);
    expect(db.select().from(referrals).get()!.contactName).toBe("A");
    const logged = db.select().from(auditLog).where(gt(auditLog.id, lastAudit)).all();
    expect(logged).toMatchObject([
      { action: "refused", entityType: "household", entityId: String(householdId), householdId, actorId: actor.id, actorLabel: actor.name },
    ]);
    // The refusal names what was asked for, never the household's data.
    expect(logged[0]!.detail).toMatch(/^household\.[a-z_]+$/);
  });

  it("cannot add a household to the team, nor list the team's caseload", () => {
    const [, actor] = outsiders[index];
    expect(createHouseholdUseCase(actor, { ...record, teamId: w.team.id, pc4: w.team.postcodes[0] })).toEqual({ ok: false, error: "forbidden" });
    const caseload = listCaseload(actor, { teamId: w.team.id });
    expect(caseload.ok).toBe(false);
  });
});

describe("inside the team", () => {
  it("a consultant may not reassign or read the audit log: those are the coordinator's", () => {
    expect(reassignHousehold(w.consultant, { householdId, consultantId: w.consultant.id })).toEqual({ ok: false, error: "forbidden" });
    expect(listAuditForHousehold(w.consultant, { householdId })).toEqual({ ok: false, error: "forbidden" });
  });

  it("the coordinator reads the household's audit log, newest first, and that reading is logged too", () => {
    getHousehold(w.consultant, { householdId });
    const result = listAuditForHousehold(w.coordinator, { householdId });
    if (!result.ok) throw new Error("refused");
    expect(result.entries[0]).toMatchObject({ action: "view", entityType: "household", actorName: "Eva Consulent" });
    const last = db.select().from(auditLog).where(eq(auditLog.householdId, householdId)).all().at(-1);
    expect(last).toMatchObject({ action: "view", entityType: "audit_log", actorId: w.coordinator.id });
  });
});
