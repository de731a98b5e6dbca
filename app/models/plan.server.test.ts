import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, plans } from "~db/schema";
import { db } from "~/utils/db.server";
import { createWorkspace } from "#tests/factories/workspace";
import { addAction, addGoal, getPlan, markActionDone, markGoalAchieved, setReviewDate } from "./plan.server";
import { buildHousehold } from "#tests/factories/household";

let w: ReturnType<typeof createWorkspace>;
let household: { id: number; needIds: number[] };
beforeEach(() => {
  w = createWorkspace();
  household = buildHousehold({
    teamId: w.team.id,
    pc4: w.team.postcodes[0],
    consultantId: w.consultant.id,
    needs: [{ domain: "social_network", score: 2 }],
  });
});

describe("plan", () => {
  it("holds goals per need and actions with an owner and a due date, in one plan", () => {
    const goal = addGoal(w.consultant, { householdId: household.id, needId: household.needIds[0], description: "Nieuwe mensen leren kennen" });
    if (!goal.ok) throw new Error("goal refused");
    const action = addAction(w.consultant, {
      householdId: household.id,
      goalId: goal.goalId,
      description: "Naar de buurtkamer op dinsdag",
      owner: "household",
      dueDate: "2026-12-15",
    });
    expect(action.ok).toBe(true);
    addGoal(w.consultant, { householdId: household.id, description: "Zelf de administratie doen" });
    const result = getPlan(w.consultant, { householdId: household.id });
    if (!result.ok || !result.plan) throw new Error("no plan");
    expect(result.plan.goals.map((g) => [g.description, g.needDomain])).toEqual([
      ["Nieuwe mensen leren kennen", "social_network"],
      ["Zelf de administratie doen", null],
    ]);
    expect(result.plan.goals[0].actions).toEqual([
      expect.objectContaining({ description: "Naar de buurtkamer op dinsdag", owner: "household", dueDate: "2026-12-15", doneAt: null }),
    ]);
    expect(db.select().from(plans).where(eq(plans.householdId, household.id)).all()).toHaveLength(1);
    expect(result.needs.map((n) => n.domain)).toEqual(["social_network"]);
  });

  it("adds a goal or action pressed twice (double click, back and resubmit) only once", () => {
    const first = addGoal(w.consultant, { householdId: household.id, description: "Vaker buiten komen" });
    const again = addGoal(w.consultant, { householdId: household.id, description: "  vaker BUITEN komen " });
    expect(first).toMatchObject({ ok: true, alreadyThere: false });
    expect(again).toMatchObject({ ok: true, alreadyThere: true });
    if (!first.ok || !again.ok) throw new Error("goal refused");
    expect(again.goalId).toBe(first.goalId);
    const action = { householdId: household.id, goalId: first.goalId, description: "Wandelgroep proberen", owner: "household" as const };
    expect(addAction(w.consultant, action)).toMatchObject({ ok: true, alreadyThere: false });
    expect(addAction(w.consultant, action)).toMatchObject({ ok: true, alreadyThere: true });
    const plan = getPlan(w.consultant, { householdId: household.id });
    if (!plan.ok || !plan.plan) throw new Error("no plan");
    expect(plan.plan.goals.filter((g) => g.description === "Vaker buiten komen")).toHaveLength(1);
    expect(plan.plan.goals.find((g) => g.description === "Vaker buiten komen")!.actions).toHaveLength(1);
  });

  it("sets a review date and marks it overdue once passed", () => {
    expect(setReviewDate(w.consultant, { householdId: household.id, reviewDate: "2020-01-01" })).toEqual({ ok: true });
    const result = getPlan(w.consultant, { householdId: household.id });
    expect(result.ok && result.plan).toMatchObject({ reviewDate: "2020-01-01", reviewOverdue: true });
  });

  it("marks actions done and goals achieved, keeping the first date", () => {
    const goal = addGoal(w.consultant, { householdId: household.id, description: "Doel" });
    if (!goal.ok) throw new Error();
    const action = addAction(w.consultant, { householdId: household.id, goalId: goal.goalId, description: "Actie", owner: "network" });
    if (!action.ok) throw new Error();
    expect(markActionDone(w.consultant, { householdId: household.id, actionId: action.actionId })).toEqual({ ok: true });
    const first = getPlan(w.consultant, { householdId: household.id });
    const doneAt = first.ok && first.plan?.goals[0].actions[0].doneAt;
    expect(doneAt).toBeInstanceOf(Date);
    markActionDone(w.consultant, { householdId: household.id, actionId: action.actionId });
    const second = getPlan(w.consultant, { householdId: household.id });
    expect(second.ok && second.plan?.goals[0].actions[0].doneAt).toEqual(doneAt);
    expect(markGoalAchieved(w.consultant, { householdId: household.id, goalId: goal.goalId })).toEqual({ ok: true });
    const third = getPlan(w.consultant, { householdId: household.id });
    expect(third.ok && third.plan?.goals[0].achievedAt).toBeInstanceOf(Date);
  });

  it("refuses a need, goal or action of another household", () => {
    const other = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], needs: [{ domain: "finances", score: 1 }] });
    expect(addGoal(w.consultant, { householdId: household.id, needId: other.needIds[0], description: "x" })).toEqual({ ok: false, error: "need_not_found" });
    const foreignGoal = addGoal(w.consultant, { householdId: other.id, description: "x" });
    if (!foreignGoal.ok) throw new Error();
    expect(addAction(w.consultant, { householdId: household.id, goalId: foreignGoal.goalId, description: "y", owner: "household" })).toEqual({
      ok: false,
      error: "goal_not_found",
    });
    const foreignAction = addAction(w.consultant, { householdId: other.id, goalId: foreignGoal.goalId, description: "y", owner: "household" });
    if (!foreignAction.ok) throw new Error();
    expect(markActionDone(w.consultant, { householdId: household.id, actionId: foreignAction.actionId })).toEqual({ ok: false, error: "action_not_found" });
    expect(markGoalAchieved(w.consultant, { householdId: household.id, goalId: foreignGoal.goalId })).toEqual({ ok: false, error: "goal_not_found" });
  });

  it("writes audit rows for reading and changing the plan", () => {
    getPlan(w.consultant, { householdId: household.id });
    setReviewDate(w.consultant, { householdId: household.id, reviewDate: "2027-01-01" });
    const goal = addGoal(w.consultant, { householdId: household.id, description: "Doel" });
    if (!goal.ok) throw new Error();
    addAction(w.consultant, { householdId: household.id, goalId: goal.goalId, description: "Actie", owner: "professional" });
    const rows = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.householdId, household.id), eq(auditLog.entityType, "plan")))
      .all();
    expect(rows.map((r) => `${r.action}:${r.detail}`)).toEqual(["view:", "update:review_date", "create:goal_added", "create:action_added"]);
  });
});
