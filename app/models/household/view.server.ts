/** The single view of a household: needs, kitchen-table notes, plan, referrals, consent and its timeline. */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  auditLog,
  consents,
  households,
  initiatives,
  intakes,
  needs,
  planActions,
  planGoals,
  plans,
  referralEvents,
  referrals,
  teamMembers,
  users,
} from "~db/schema";
import type { LifeDomain, ReferralStatus } from "~/domain/vocabulary";
import { db, type Tx } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { workingDaysBetween } from "~/utils/working-days.server";
import { recordAudit } from "~/models/audit.server";
import { activeConsent } from "~/models/consent.server";
import { householdFor, type Refused } from "~/models/household-scope.server";
import { loadConversationNotes, loadIntakeSummary, type ConversationNotes, type IntakeSummary } from "~/models/intake.server";
import { loadPlan, type PlanView } from "~/models/plan.server";
import { UNANSWERED_FLAG_WORKING_DAYS, type NeedStatus } from "./caseload.server";
import { loadProfile, type HouseholdProfile } from "./record.server";

export type NeedView = { id: number; domain: LifeDomain; score: number; status: NeedStatus; unmetReason: string | null; createdAt: Date };

export type HouseholdReferral = {
  id: number;
  status: ReferralStatus;
  initiativeTitle: string;
  needDomain: LifeDomain | null;
  sentAt: Date | null;
  updatedAt: Date;
  unanswered: boolean;
};

export type TimelineKind =
  | "household_created"
  | "household_edited"
  | "household_reassigned"
  | "intake_started"
  | "intake_completed"
  | "review_date_set"
  | "goal_added"
  | "goal_achieved"
  | "action_added"
  | "action_done"
  | "referral_event"
  | "consent_given"
  | "consent_withdrawn";

export type TimelineEntry = {
  at: Date;
  kind: TimelineKind;
  actorName: string | null;
  /** What it is about: a goal or action text, an initiative's title, a consent's scope. */
  subject: string | null;
  status: ReferralStatus | null;
  note: string | null;
};

export type HouseholdView = {
  household: HouseholdProfile;
  needs: NeedView[];
  intakes: IntakeSummary;
  /** The question behind the question and the household's own strengths, per life domain. */
  notes: ConversationNotes;
  plan: PlanView | null;
  referrals: HouseholdReferral[];
  consent: { active: boolean; givenOn: string | null; scope: string | null };
  timeline: TimelineEntry[];
  /** Set for a coordinator: whom the household can be handed to. */
  teamConsultants: { id: string; name: string }[] | null;
  canViewAudit: boolean;
};

export type GetHouseholdResult = { ok: true; view: HouseholdView } | Refused;

/** The single view: record, needs, intakes, plan, referrals, consent and timeline. */
export function getHousehold(actor: Actor, input: { householdId: number }, now = new Date()): GetHouseholdResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.view");
    if (!access.ok) return access;
    const { teamId } = access.household;
    const householdNeeds = tx
      .select({
        id: needs.id,
        domain: needs.domain,
        score: needs.score,
        status: needs.status,
        unmetReason: needs.unmetReason,
        createdAt: needs.createdAt,
      })
      .from(needs)
      .where(eq(needs.householdId, input.householdId))
      .orderBy(sql`${needs.status} = 'resolved'`, asc(needs.score), asc(needs.id))
      .all();
    const referralRows = tx
      .select({
        id: referrals.id,
        status: referrals.status,
        initiativeTitle: initiatives.title,
        needDomain: needs.domain,
        sentAt: referrals.sentAt,
        updatedAt: referrals.updatedAt,
      })
      .from(referrals)
      .innerJoin(initiatives, eq(initiatives.id, referrals.initiativeId))
      .leftJoin(needs, eq(needs.id, referrals.needId))
      .where(eq(referrals.householdId, input.householdId))
      .orderBy(desc(referrals.updatedAt), desc(referrals.id))
      .all();
    const consent = activeConsent(tx, input.householdId);
    const canReassign = can(actor, "household.reassign", { teamId });
    const teamConsultants = canReassign
      ? tx
          .select({ id: users.id, name: users.name })
          .from(teamMembers)
          .innerJoin(users, eq(users.id, teamMembers.userId))
          .where(eq(teamMembers.teamId, teamId))
          .orderBy(asc(users.name))
          .all()
      : null;
    recordAudit(tx, actor, { action: "view", entityType: "household", entityId: input.householdId, householdId: input.householdId });
    return {
      ok: true,
      view: {
        household: loadProfile(tx, input.householdId),
        needs: householdNeeds,
        intakes: loadIntakeSummary(tx, input.householdId),
        notes: loadConversationNotes(tx, input.householdId),
        plan: loadPlan(tx, input.householdId, now),
        referrals: referralRows.map((r) => ({
          ...r,
          unanswered: r.status === "sent" && r.sentAt !== null && workingDaysBetween(r.sentAt, now) >= UNANSWERED_FLAG_WORKING_DAYS,
        })),
        consent: { active: consent !== null, givenOn: consent?.givenOn ?? null, scope: consent?.scope ?? null },
        timeline: loadTimeline(tx, input.householdId),
        teamConsultants,
        canViewAudit: can(actor, "household.view_audit", { teamId }),
      },
    } as const;
  });
}

const AUDITED_CHANGES: Record<string, TimelineKind> = {
  "household:edited": "household_edited",
  "household:reassigned": "household_reassigned",
  "plan:review_date": "review_date_set",
};

/** Everything that happened to the household, newest first, from one query per kind of record. */
function loadTimeline(tx: Tx, householdId: number): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const add = (at: Date | null, kind: TimelineKind, actorName: string | null, rest: Partial<TimelineEntry> = {}) => {
    if (at) entries.push({ at, kind, actorName, subject: null, status: null, note: null, ...rest });
  };
  const creator = tx
    .select({ at: households.createdAt, name: users.name })
    .from(households)
    .leftJoin(users, eq(users.id, households.createdBy))
    .where(eq(households.id, householdId))
    .get();
  add(creator?.at ?? null, "household_created", creator?.name ?? null);

  for (const intake of tx
    .select({ createdAt: intakes.createdAt, completedAt: intakes.completedAt, name: users.name })
    .from(intakes)
    .leftJoin(users, eq(users.id, intakes.conductedBy))
    .where(eq(intakes.householdId, householdId))
    .all()) {
    add(intake.createdAt, "intake_started", intake.name);
    add(intake.completedAt, "intake_completed", intake.name);
  }

  const goals = tx
    .select({ id: planGoals.id, description: planGoals.description, createdAt: planGoals.createdAt, achievedAt: planGoals.achievedAt })
    .from(planGoals)
    .innerJoin(plans, eq(plans.id, planGoals.planId))
    .where(eq(plans.householdId, householdId))
    .all();
  for (const goal of goals) {
    add(goal.createdAt, "goal_added", null, { subject: goal.description });
    add(goal.achievedAt, "goal_achieved", null, { subject: goal.description });
  }
  for (const action of tx
    .select({ description: planActions.description, createdAt: planActions.createdAt, doneAt: planActions.doneAt })
    .from(planActions)
    .innerJoin(planGoals, eq(planGoals.id, planActions.goalId))
    .innerJoin(plans, eq(plans.id, planGoals.planId))
    .where(eq(plans.householdId, householdId))
    .all()) {
    add(action.createdAt, "action_added", null, { subject: action.description });
    add(action.doneAt, "action_done", null, { subject: action.description });
  }

  for (const event of tx
    .select({
      at: referralEvents.createdAt,
      status: referralEvents.toStatus,
      note: referralEvents.note,
      title: initiatives.title,
      name: users.name,
    })
    .from(referralEvents)
    .innerJoin(referrals, eq(referrals.id, referralEvents.referralId))
    .innerJoin(initiatives, eq(initiatives.id, referrals.initiativeId))
    .leftJoin(users, eq(users.id, referralEvents.actorId))
    .where(eq(referrals.householdId, householdId))
    .all()) {
    add(event.at, "referral_event", event.name, { subject: event.title, status: event.status, note: event.note || null });
  }

  const withdrawer = alias(users, "withdrawer");
  for (const consent of tx
    .select({
      createdAt: consents.createdAt,
      givenOn: consents.givenOn,
      scope: consents.scope,
      withdrawnAt: consents.withdrawnAt,
      recordedBy: users.name,
      withdrawnBy: withdrawer.name,
    })
    .from(consents)
    .leftJoin(users, eq(users.id, consents.recordedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, consents.withdrawnBy))
    .where(eq(consents.householdId, householdId))
    .all()) {
    add(consent.createdAt, "consent_given", consent.recordedBy, { subject: consent.scope, note: consent.givenOn });
    add(consent.withdrawnAt, "consent_withdrawn", consent.withdrawnBy);
  }

  // Changes that leave no other trace than the audit log: edits, reassignment, review dates.
  for (const change of tx
    .select({ at: auditLog.createdAt, entityType: auditLog.entityType, detail: auditLog.detail, name: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.householdId, householdId), eq(auditLog.action, "update"), inArray(auditLog.detail, ["edited", "reassigned", "review_date"])))
    .all()) {
    const kind = AUDITED_CHANGES[`${change.entityType}:${change.detail}`];
    if (kind) add(change.at, kind, change.name);
  }

  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || TIMELINE_ORDER.indexOf(b.kind) - TIMELINE_ORDER.indexOf(a.kind));
}

/** Within the same moment, the natural order of things (created before edited, started before completed). */
const TIMELINE_ORDER: TimelineKind[] = [
  "household_created",
  "household_edited",
  "household_reassigned",
  "intake_started",
  "intake_completed",
  "review_date_set",
  "goal_added",
  "action_added",
  "action_done",
  "goal_achieved",
  "referral_event",
  "consent_given",
  "consent_withdrawn",
];
