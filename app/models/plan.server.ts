/** One household, one plan: goals per need, actions with an owner and a due date, a review date. */
import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import { needs, planActions, planGoals, plans } from "~db/schema";
import type { LifeDomain, PlanActionOwner } from "~/domain/vocabulary";
import { db, type Conn, type Tx } from "~/utils/db.server";
import { sameText } from "~/utils/same-text.server";
import type { Actor } from "~/utils/permissions";
import { recordAudit } from "./audit.server";
import { householdFor, type Refused } from "./household-scope.server";
import { loadConversationNotes, type ConversationNotes } from "./intake.server";
import { todayInAmsterdam } from "~/utils/dates";

export type PlanActionView = {
  id: number;
  description: string;
  owner: PlanActionOwner;
  dueDate: string | null;
  overdue: boolean;
  doneAt: Date | null;
  createdAt: Date;
};

export type PlanGoalView = {
  id: number;
  description: string;
  needId: number | null;
  needDomain: LifeDomain | null;
  achievedAt: Date | null;
  createdAt: Date;
  actions: PlanActionView[];
};

export type PlanView = { id: number; reviewDate: string | null; reviewOverdue: boolean; updatedAt: Date; goals: PlanGoalView[] };

/** The plan with its goals and actions in three queries, whatever its size. */
export function loadPlan(tx: Conn, householdId: number, now = new Date()): PlanView | null {
  const plan = tx.select().from(plans).where(eq(plans.householdId, householdId)).get();
  if (!plan) return null;
  const today = todayInAmsterdam(now);
  const goals = tx
    .select({
      id: planGoals.id,
      description: planGoals.description,
      needId: planGoals.needId,
      needDomain: needs.domain,
      achievedAt: planGoals.achievedAt,
      createdAt: planGoals.createdAt,
    })
    .from(planGoals)
    .leftJoin(needs, eq(needs.id, planGoals.needId))
    .where(eq(planGoals.planId, plan.id))
    .orderBy(asc(planGoals.createdAt), asc(planGoals.id))
    .all();
  const actions = goals.length
    ? tx
        .select()
        .from(planActions)
        .where(
          inArray(
            planActions.goalId,
            goals.map((g) => g.id),
          ),
        )
        .orderBy(asc(planActions.createdAt), asc(planActions.id))
        .all()
    : [];
  return {
    id: plan.id,
    reviewDate: plan.reviewDate,
    reviewOverdue: plan.reviewDate !== null && plan.reviewDate < today,
    updatedAt: plan.updatedAt,
    goals: goals.map((goal) => ({
      ...goal,
      actions: actions
        .filter((a) => a.goalId === goal.id)
        .map((a) => ({
          id: a.id,
          description: a.description,
          owner: a.owner,
          dueDate: a.dueDate,
          overdue: a.doneAt === null && a.dueDate !== null && a.dueDate < today,
          doneAt: a.doneAt,
          createdAt: a.createdAt,
        })),
    })),
  };
}

/** The household's plan row, made on first use: there is only ever one. */
function ensurePlan(tx: Tx, householdId: number) {
  const existing = tx.select({ id: plans.id }).from(plans).where(eq(plans.householdId, householdId)).get();
  if (existing) {
    tx.update(plans).set({ updatedAt: new Date() }).where(eq(plans.id, existing.id)).run();
    return existing.id;
  }
  return tx.insert(plans).values({ householdId }).returning({ id: plans.id }).get().id;
}

export type PlanNeedOption = { id: number; domain: LifeDomain; score: number };

export type GetPlanResult = { ok: true; reference: string; teamId: number; plan: PlanView | null; needs: PlanNeedOption[]; notes: ConversationNotes } | Refused;

export function getPlan(actor: Actor, input: { householdId: number }): GetPlanResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.view");
    if (!access.ok) return access;
    const plan = loadPlan(tx, input.householdId);
    const openNeeds = tx
      .select({ id: needs.id, domain: needs.domain, score: needs.score })
      .from(needs)
      .where(and(eq(needs.householdId, input.householdId), ne(needs.status, "resolved")))
      .orderBy(asc(needs.score), asc(needs.id))
      .all();
    recordAudit(tx, actor, { action: "view", entityType: "plan", entityId: plan?.id ?? "none", householdId: input.householdId });
    return {
      ok: true,
      reference: access.household.reference,
      teamId: access.household.teamId,
      plan,
      needs: openNeeds,
      notes: loadConversationNotes(tx, input.householdId),
    };
  });
}

export type PlanChangeResult = { ok: true } | Refused;

export function setReviewDate(actor: Actor, input: { householdId: number; reviewDate: string }): PlanChangeResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    const planId = ensurePlan(tx, input.householdId);
    tx.update(plans).set({ reviewDate: input.reviewDate }).where(eq(plans.id, planId)).run();
    recordAudit(tx, actor, { action: "update", entityType: "plan", entityId: planId, householdId: input.householdId, detail: "review_date" });
    return { ok: true };
  });
}

/** `alreadyThere`: the same open goal or action was in the plan, so a second press of "add" added nothing. */
export type AddGoalResult = { ok: true; goalId: number; alreadyThere: boolean } | Refused | { ok: false; error: "need_not_found" };

/** A goal, usually for one of the household's needs; a goal without a need is allowed (a wish of the household). */
export function addGoal(actor: Actor, input: { householdId: number; needId?: number; description: string }): AddGoalResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    if (input.needId !== undefined) {
      const need = tx
        .select({ id: needs.id })
        .from(needs)
        .where(and(eq(needs.id, input.needId), eq(needs.householdId, input.householdId)))
        .get();
      if (!need) return { ok: false, error: "need_not_found" } as const;
    }
    const planId = ensurePlan(tx, input.householdId);
    const same = tx
      .select({ id: planGoals.id })
      .from(planGoals)
      .where(
        and(
          eq(planGoals.planId, planId),
          input.needId === undefined ? isNull(planGoals.needId) : eq(planGoals.needId, input.needId),
          sameText(planGoals.description, input.description),
          isNull(planGoals.achievedAt),
        ),
      )
      .get();
    if (same) return { ok: true, goalId: same.id, alreadyThere: true } as const;
    const goalId = tx
      .insert(planGoals)
      .values({ planId, needId: input.needId ?? null, description: input.description.trim() })
      .returning({ id: planGoals.id })
      .get().id;
    recordAudit(tx, actor, { action: "create", entityType: "plan", entityId: planId, householdId: input.householdId, detail: "goal_added" });
    return { ok: true, goalId, alreadyThere: false } as const;
  });
}

/** A goal of this household's plan (and of no other household). */
function goalOfHousehold(tx: Tx, householdId: number, goalId: number) {
  return tx
    .select({ id: planGoals.id, planId: planGoals.planId })
    .from(planGoals)
    .innerJoin(plans, eq(plans.id, planGoals.planId))
    .where(and(eq(planGoals.id, goalId), eq(plans.householdId, householdId)))
    .get();
}

export type AddActionResult = { ok: true; actionId: number; alreadyThere: boolean } | Refused | { ok: false; error: "goal_not_found" };

export function addAction(
  actor: Actor,
  input: { householdId: number; goalId: number; description: string; owner: PlanActionOwner; dueDate?: string },
): AddActionResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    const goal = goalOfHousehold(tx, input.householdId, input.goalId);
    if (!goal) return { ok: false, error: "goal_not_found" } as const;
    const same = tx
      .select({ id: planActions.id })
      .from(planActions)
      .where(and(eq(planActions.goalId, goal.id), sameText(planActions.description, input.description), isNull(planActions.doneAt)))
      .get();
    if (same) return { ok: true, actionId: same.id, alreadyThere: true } as const;
    const actionId = tx
      .insert(planActions)
      .values({ goalId: goal.id, description: input.description.trim(), owner: input.owner, dueDate: input.dueDate ?? null })
      .returning({ id: planActions.id })
      .get().id;
    ensurePlan(tx, input.householdId);
    recordAudit(tx, actor, { action: "create", entityType: "plan", entityId: goal.planId, householdId: input.householdId, detail: "action_added" });
    return { ok: true, actionId, alreadyThere: false } as const;
  });
}

export type MarkDoneResult = PlanChangeResult | { ok: false; error: "action_not_found" | "goal_not_found" };

export function markActionDone(actor: Actor, input: { householdId: number; actionId: number }): MarkDoneResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    const action = tx
      .select({ id: planActions.id, planId: plans.id, doneAt: planActions.doneAt })
      .from(planActions)
      .innerJoin(planGoals, eq(planGoals.id, planActions.goalId))
      .innerJoin(plans, eq(plans.id, planGoals.planId))
      .where(and(eq(planActions.id, input.actionId), eq(plans.householdId, input.householdId)))
      .get();
    if (!action) return { ok: false, error: "action_not_found" } as const;
    // Marking twice keeps the first date: that is when it was really done.
    if (!action.doneAt) tx.update(planActions).set({ doneAt: new Date() }).where(eq(planActions.id, action.id)).run();
    ensurePlan(tx, input.householdId);
    recordAudit(tx, actor, { action: "update", entityType: "plan", entityId: action.planId, householdId: input.householdId, detail: "action_done" });
    return { ok: true } as const;
  });
}

export function markGoalAchieved(actor: Actor, input: { householdId: number; goalId: number }): MarkDoneResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    const goal = goalOfHousehold(tx, input.householdId, input.goalId);
    if (!goal) return { ok: false, error: "goal_not_found" } as const;
    tx.update(planGoals)
      .set({ achievedAt: new Date() })
      .where(and(eq(planGoals.id, goal.id), isNull(planGoals.achievedAt)))
      .run();
    ensurePlan(tx, input.householdId);
    recordAudit(tx, actor, { action: "update", entityType: "plan", entityId: goal.planId, householdId: input.householdId, detail: "goal_achieved" });
    return { ok: true } as const;
  });
}
