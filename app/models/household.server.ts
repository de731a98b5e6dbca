/**
 * Households of a wijkteam: the caseload, the pseudonymous record (no name, BSN, birth date or
 * address), the single view and its timeline. Every use case is scoped to the actor's teams and
 * audited (docs/decisions/002-household-scoping.md).
 */
import { and, asc, desc, eq, exists, inArray, isNull, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  auditLog,
  consents,
  householdChildren,
  households,
  initiatives,
  intakes,
  neighbourhoods,
  needs,
  planActions,
  planGoals,
  plans,
  postcodes,
  referralEvents,
  referrals,
  teamMembers,
  teamNeighbourhoods,
  teams,
  users,
} from "~db/schema";
import type {
  AgeBand,
  Budget,
  LifeDomain,
  Mobility,
  ReferralStatus,
  TeamRole,
} from "~/domain/vocabulary";
import { db, type Tx } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { fewestCalendarDaysFor, workingDaysBetween } from "~/utils/working-days.server";
import { recordAudit } from "./audit.server";
import { OPEN_REFERRAL_STATUSES } from "~/domain/referral-states";
import { activeConsent } from "./consent.server";
import { householdFor, type Refused } from "./household-scope.server";
import { loadConversationNotes, loadIntakeSummary, type ConversationNotes, type IntakeSummary } from "./intake.server";
import { loadPlan, type PlanView } from "./plan.server";
import { todayInAmsterdam } from "~/utils/dates";

/** An organiser who has not answered a sent referral in this many working days is flagged. */
const UNANSWERED_FLAG_WORKING_DAYS = 10;
/** The caseload shows at most this many households at once; filters narrow it down. */
export const CASELOAD_LIMIT = 200;

const UNRESOLVED_NEED_STATUSES = ["open", "referred", "unmet"] as const;

export type NeedStatus = (typeof needs.$inferSelect)["status"];

export type MyTeam = { id: number; name: string; role: TeamRole };

/** The teams the actor works in, by name: for the team switcher and the new-household form. */
export function listMyTeams(actor: Actor): MyTeam[] {
  const ids = actor.teams.filter((t) => can(actor, "household.list", { teamId: t.id })).map((t) => t.id);
  if (ids.length === 0) return [];
  const rows = db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, ids)).orderBy(asc(teams.name)).all();
  return rows.map((row) => ({ ...row, role: actor.teams.find((t) => t.id === row.id)!.role }));
}

export type CaseloadFilters = {
  teamId?: number;
  scope?: "mine" | "team";
  neighbourhoodId?: number;
  domain?: LifeDomain;
  flaggedOnly?: boolean;
  /** Part of a reference, as typed: case, spaces and punctuation do not matter. */
  reference?: string;
};

/** A reference reduced to its letters and digits, lower case: "E2E-ab 12" and "e2eab12" are the same. */
export function referenceKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** The same reduction in SQL, for the punctuation a reference may hold (see householdSchema). */
const referenceKeySql = sql`replace(replace(replace(replace(replace(lower(${households.reference}), '-', ''), ' ', ''), '.', ''), '/', ''), '_', '')`;

export type CaseloadRow = {
  id: number;
  reference: string;
  pc4: string;
  teamName: string;
  neighbourhoodName: string | null;
  consultantName: string | null;
  openNeeds: { id: number; domain: LifeDomain; score: number; status: NeedStatus }[];
  openReferrals: number;
  nextReviewDate: string | null;
  flags: { unansweredReferrals: number; reviewOverdue: boolean };
};

export type Caseload =
  | {
      ok: true;
      teams: MyTeam[];
      /** The filters as applied, with defaults filled in. */
      filters: Required<Pick<CaseloadFilters, "scope">> & CaseloadFilters;
      neighbourhoods: { id: number; name: string }[];
      households: CaseloadRow[];
      truncated: boolean;
    }
  | Refused;

/**
 * The households of the actor's teams (one team or all), with open needs, open referrals, next
 * review date and flags. Four queries whatever the number of households: no query per row.
 */
export function listCaseload(actor: Actor, filters: CaseloadFilters = {}, now = new Date()): Caseload {
  const myTeams = listMyTeams(actor);
  if (myTeams.length === 0) return { ok: false, error: "forbidden" };
  if (filters.teamId !== undefined && !myTeams.some((t) => t.id === filters.teamId)) return { ok: false, error: "not_found" };
  const teamIds = filters.teamId !== undefined ? [filters.teamId] : myTeams.map((t) => t.id);
  // A coordinator looks after the whole team; a consultant starts with their own households.
  const leadsAll = teamIds.every((id) => can(actor, "household.reassign", { teamId: id }));
  const searchKey = filters.reference ? referenceKey(filters.reference) : "";
  // A reference may be a colleague's household: a search looks in the whole team unless asked otherwise.
  const scope = filters.scope ?? (leadsAll || searchKey ? "team" : "mine");
  const today = todayInAmsterdam(now);
  const flagSentBefore = new Date(now.getTime() - fewestCalendarDaysFor(UNANSWERED_FLAG_WORKING_DAYS) * 86_400_000);

  const conditions: SQL[] = [inArray(households.teamId, teamIds), isNull(households.closedAt)];
  if (scope === "mine") conditions.push(eq(households.consultantId, actor.id));
  if (filters.neighbourhoodId !== undefined) conditions.push(eq(postcodes.neighbourhoodId, filters.neighbourhoodId));
  if (filters.domain !== undefined) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(needs)
          .where(and(eq(needs.householdId, households.id), eq(needs.domain, filters.domain), ne(needs.status, "resolved"))),
      ),
    );
  }
  if (searchKey) conditions.push(sql`instr(${referenceKeySql}, ${searchKey}) > 0`);
  if (filters.flaggedOnly) {
    // Candidates only: the exact working-day count is decided below.
    conditions.push(
      or(
        lt(plans.reviewDate, today),
        exists(
          db
            .select({ one: sql`1` })
            .from(referrals)
            .where(and(eq(referrals.householdId, households.id), eq(referrals.status, "sent"), lte(referrals.sentAt, flagSentBefore))),
        ),
      )!,
    );
  }
  const rows = db
    .select({
      id: households.id,
      reference: households.reference,
      pc4: households.pc4,
      teamName: teams.name,
      neighbourhoodName: neighbourhoods.name,
      consultantName: users.name,
      nextReviewDate: plans.reviewDate,
    })
    .from(households)
    .innerJoin(teams, eq(teams.id, households.teamId))
    .leftJoin(postcodes, eq(postcodes.pc4, households.pc4))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, postcodes.neighbourhoodId))
    .leftJoin(users, eq(users.id, households.consultantId))
    .leftJoin(plans, eq(plans.householdId, households.id))
    .where(and(...conditions))
    // The household whose reference was typed in full comes first.
    .orderBy(...(searchKey ? [desc(sql`${referenceKeySql} = ${searchKey}`)] : []), desc(households.createdAt), desc(households.id))
    .limit(CASELOAD_LIMIT + 1)
    .all();
  const truncated = rows.length > CASELOAD_LIMIT;
  const page = rows.slice(0, CASELOAD_LIMIT);
  const ids = page.map((r) => r.id);
  const openNeeds = ids.length
    ? db
        .select({ id: needs.id, householdId: needs.householdId, domain: needs.domain, score: needs.score, status: needs.status })
        .from(needs)
        .where(and(inArray(needs.householdId, ids), inArray(needs.status, [...UNRESOLVED_NEED_STATUSES])))
        .orderBy(asc(needs.score), asc(needs.id))
        .all()
    : [];
  const openReferrals = ids.length
    ? db
        .select({ householdId: referrals.householdId, status: referrals.status, sentAt: referrals.sentAt })
        .from(referrals)
        .where(and(inArray(referrals.householdId, ids), inArray(referrals.status, [...OPEN_REFERRAL_STATUSES])))
        .all()
    : [];

  const withFlags = page.map((row): CaseloadRow => {
    const mine = openReferrals.filter((r) => r.householdId === row.id);
    const unanswered = mine.filter(
      (r) => r.status === "sent" && r.sentAt !== null && workingDaysBetween(r.sentAt, now) >= UNANSWERED_FLAG_WORKING_DAYS,
    ).length;
    return {
      ...row,
      openNeeds: openNeeds.filter((n) => n.householdId === row.id).map(({ householdId: _, ...need }) => need),
      openReferrals: mine.length,
      flags: { unansweredReferrals: unanswered, reviewOverdue: row.nextReviewDate !== null && row.nextReviewDate < today },
    };
  });
  const neighbourhoodOptions = db
    .selectDistinct({ id: neighbourhoods.id, name: neighbourhoods.name })
    .from(teamNeighbourhoods)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, teamNeighbourhoods.neighbourhoodId))
    .where(inArray(teamNeighbourhoods.teamId, teamIds))
    .orderBy(asc(neighbourhoods.name))
    .all();
  recordAudit(db, actor, { action: "view", entityType: "caseload", entityId: teamIds.join(","), detail: `${page.length} households` });
  return {
    ok: true,
    teams: myTeams,
    filters: { ...filters, scope },
    neighbourhoods: neighbourhoodOptions,
    households: filters.flaggedOnly
      ? withFlags.filter((h) => h.flags.reviewOverdue || h.flags.unansweredReferrals > 0)
      : withFlags,
    truncated,
  };
}

export type HouseholdInput = {
  reference: string;
  pc4: string;
  adults: number;
  /** Someone is 65 or older; not known (false) when left out. */
  hasOlderAdult?: boolean;
  children: AgeBand[];
  languages: string[];
  mobility?: Mobility | null;
  maxTravelKm?: number | null;
  availableDays: number[];
  budget?: Budget | null;
  needsWheelchairAccess: boolean;
  needsHearingLoop: boolean;
};

type InputError = { ok: false; error: "unknown_postcode" | "reference_taken" };

function checkInput(tx: Tx, teamId: number, input: HouseholdInput, householdId?: number): InputError | null {
  if (!tx.select({ pc4: postcodes.pc4 }).from(postcodes).where(eq(postcodes.pc4, input.pc4.trim())).get()) {
    return { ok: false, error: "unknown_postcode" };
  }
  const clash = tx
    .select({ id: households.id })
    .from(households)
    .where(
      and(
        eq(households.teamId, teamId),
        sql`lower(${households.reference}) = lower(${input.reference.trim()})`,
        householdId !== undefined ? ne(households.id, householdId) : undefined,
      ),
    )
    .get();
  return clash ? { ok: false, error: "reference_taken" } : null;
}

function recordValues(input: HouseholdInput) {
  return {
    reference: input.reference.trim(),
    pc4: input.pc4.trim(),
    adults: input.adults,
    hasOlderAdult: input.hasOlderAdult ?? false,
    languages: [...new Set(input.languages)],
    mobility: input.mobility ?? null,
    maxTravelKm: input.maxTravelKm ?? null,
    availableDays: [...new Set(input.availableDays)].sort((a, b) => a - b),
    budget: input.budget ?? null,
    needsWheelchairAccess: input.needsWheelchairAccess,
    needsHearingLoop: input.needsHearingLoop,
  };
}

function replaceChildren(tx: Tx, householdId: number, children: AgeBand[]) {
  tx.delete(householdChildren).where(eq(householdChildren.householdId, householdId)).run();
  if (children.length) tx.insert(householdChildren).values(children.map((ageBand) => ({ householdId, ageBand }))).run();
}

export type CreateHouseholdResult = { ok: true; id: number } | { ok: false; error: "forbidden" } | InputError;

/** A new household of the team, looked after by the consultant who adds it. */
export function createHousehold(actor: Actor, input: HouseholdInput & { teamId: number }): CreateHouseholdResult {
  if (!can(actor, "household.create", { teamId: input.teamId })) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const invalid = checkInput(tx, input.teamId, input);
    if (invalid) return invalid;
    const id = tx
      .insert(households)
      .values({ ...recordValues(input), teamId: input.teamId, consultantId: actor.id, createdBy: actor.id })
      .returning({ id: households.id })
      .get().id;
    replaceChildren(tx, id, input.children);
    recordAudit(tx, actor, { action: "create", entityType: "household", entityId: id, householdId: id });
    return { ok: true, id } as const;
  });
}

export type UpdateHouseholdResult = { ok: true } | Refused | InputError;

export function updateHousehold(actor: Actor, input: HouseholdInput & { householdId: number }): UpdateHouseholdResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    const invalid = checkInput(tx, access.household.teamId, input, input.householdId);
    if (invalid) return invalid;
    tx.update(households).set(recordValues(input)).where(eq(households.id, input.householdId)).run();
    replaceChildren(tx, input.householdId, input.children);
    recordAudit(tx, actor, { action: "update", entityType: "household", entityId: input.householdId, householdId: input.householdId, detail: "edited" });
    return { ok: true } as const;
  });
}

export type ReassignResult = { ok: true; consultantName: string } | Refused | { ok: false; error: "not_in_team" };

/** A coordinator hands a household to another consultant of the same team. */
export function reassignHousehold(actor: Actor, input: { householdId: number; consultantId: string }): ReassignResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.reassign");
    if (!access.ok) return access;
    const member = tx
      .select({ name: users.name })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .where(and(eq(teamMembers.teamId, access.household.teamId), eq(teamMembers.userId, input.consultantId)))
      .get();
    if (!member) return { ok: false, error: "not_in_team" } as const;
    tx.update(households).set({ consultantId: input.consultantId }).where(eq(households.id, input.householdId)).run();
    recordAudit(tx, actor, {
      action: "update",
      entityType: "household",
      entityId: input.householdId,
      householdId: input.householdId,
      detail: "reassigned",
    });
    return { ok: true, consultantName: member.name } as const;
  });
}

export type HouseholdProfile = {
  id: number;
  teamId: number;
  teamName: string;
  reference: string;
  pc4: string;
  neighbourhoodName: string | null;
  adults: number;
  hasOlderAdult: boolean;
  children: AgeBand[];
  languages: string[];
  mobility: Mobility | null;
  maxTravelKm: number | null;
  availableDays: number[];
  budget: Budget | null;
  needsWheelchairAccess: boolean;
  needsHearingLoop: boolean;
  consultantId: string | null;
  consultantName: string | null;
  createdAt: Date;
};

function loadProfile(tx: Tx, householdId: number): HouseholdProfile {
  const row = tx
    .select({
      id: households.id,
      teamId: households.teamId,
      teamName: teams.name,
      reference: households.reference,
      pc4: households.pc4,
      neighbourhoodName: neighbourhoods.name,
      adults: households.adults,
      hasOlderAdult: households.hasOlderAdult,
      languages: households.languages,
      mobility: households.mobility,
      maxTravelKm: households.maxTravelKm,
      availableDays: households.availableDays,
      budget: households.budget,
      needsWheelchairAccess: households.needsWheelchairAccess,
      needsHearingLoop: households.needsHearingLoop,
      consultantId: households.consultantId,
      consultantName: users.name,
      createdAt: households.createdAt,
    })
    .from(households)
    .innerJoin(teams, eq(teams.id, households.teamId))
    .leftJoin(postcodes, eq(postcodes.pc4, households.pc4))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, postcodes.neighbourhoodId))
    .leftJoin(users, eq(users.id, households.consultantId))
    .where(eq(households.id, householdId))
    .get()!;
  const children = tx
    .select({ ageBand: householdChildren.ageBand })
    .from(householdChildren)
    .where(eq(householdChildren.householdId, householdId))
    .orderBy(asc(householdChildren.ageBand))
    .all()
    .map((c) => c.ageBand);
  return { ...row, children };
}

export type GetProfileResult = { ok: true; household: HouseholdProfile } | Refused;

/** The household's record alone, for the edit form. */
export function getHouseholdProfile(actor: Actor, input: { householdId: number }): GetProfileResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    recordAudit(tx, actor, { action: "view", entityType: "household", entityId: input.householdId, householdId: input.householdId, detail: "profile" });
    return { ok: true, household: loadProfile(tx, input.householdId) } as const;
  });
}

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
    .where(
      and(
        eq(auditLog.householdId, householdId),
        eq(auditLog.action, "update"),
        inArray(auditLog.detail, ["edited", "reassigned", "review_date"]),
      ),
    )
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
