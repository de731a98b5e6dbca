/**
 * A wijkteam's caseload: the households of the actor's teams, filtered and searched by reference.
 * Scoped to the actor's teams (docs/decisions/002-household-scoping.md).
 */
import { and, asc, desc, eq, exists, inArray, isNull, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { households, neighbourhoods, needs, plans, postcodes, referrals, teamNeighbourhoods, teams, users } from "~db/schema";
import type { LifeDomain, TeamRole } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { fewestCalendarDaysFor, workingDaysBetween } from "~/utils/working-days.server";
import { recordAudit } from "~/models/audit.server";
import { OPEN_REFERRAL_STATUSES } from "~/domain/referral-states";
import { type Refused } from "~/models/household-scope.server";
import { todayInAmsterdam } from "~/utils/dates";

/** An organiser who has not answered a sent referral in this many working days is flagged. */
export const UNANSWERED_FLAG_WORKING_DAYS = 10;

/**
 * The caseload shows this many households per page. A team holds up to a few thousand; rendering
 * them all at once made `/werkplek` the slowest signed-in page (decision 024).
 */
export const CASELOAD_PAGE_SIZE = 50;

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
  /** From 1; a page past the end shows the last one. */
  page?: number;
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
      /** One page of the households found, newest first. */
      households: CaseloadRow[];
      /** All households found, on every page. */
      total: number;
      page: number;
      pageCount: number;
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
  const where = and(...conditions);
  // The household whose reference was typed in full comes first.
  const order = [...(searchKey ? [desc(sql`${referenceKeySql} = ${searchKey}`)] : []), desc(households.createdAt), desc(households.id)];
  let found: { total: number; page: number; rows: Omit<CaseloadRow, "openNeeds">[] };
  if (filters.flaggedOnly) {
    // The SQL finds candidates; whether a referral waited 10 working days is decided here, so
    // the pages are cut after that.
    const flagged = withReferrals(caseloadRows(where, order).rows, today, now).filter((row) => row.flags.reviewOverdue || row.flags.unansweredReferrals > 0);
    const page = pageWithin(filters.page, flagged.length);
    found = { total: flagged.length, page, rows: flagged.slice((page - 1) * CASELOAD_PAGE_SIZE, page * CASELOAD_PAGE_SIZE) };
  } else {
    let page = Math.max(1, Math.floor(filters.page ?? 1) || 1);
    let { rows, total } = caseloadRows(where, order, page);
    // An old link past the end: the last page.
    if (rows.length === 0 && page > 1) {
      page = pageWithin(page, caseloadRows(where, order, 1).total);
      ({ rows, total } = caseloadRows(where, order, page));
    }
    found = { total, page, rows: withReferrals(rows, today, now) };
  }
  const ids = found.rows.map((r) => r.id);
  const openNeeds = ids.length
    ? db
        .select({ id: needs.id, householdId: needs.householdId, domain: needs.domain, score: needs.score, status: needs.status })
        .from(needs)
        .where(and(inArray(needs.householdId, ids), inArray(needs.status, [...UNRESOLVED_NEED_STATUSES])))
        .orderBy(asc(needs.score), asc(needs.id))
        .all()
    : [];
  const needsOf = byHousehold(openNeeds);
  const neighbourhoodOptions = db
    .selectDistinct({ id: neighbourhoods.id, name: neighbourhoods.name })
    .from(teamNeighbourhoods)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, teamNeighbourhoods.neighbourhoodId))
    .where(inArray(teamNeighbourhoods.teamId, teamIds))
    .orderBy(asc(neighbourhoods.name))
    .all();
  recordAudit(db, actor, { action: "view", entityType: "caseload", entityId: teamIds.join(","), detail: `${found.rows.length} households` });
  return {
    ok: true,
    teams: myTeams,
    filters: { ...filters, scope, page: found.page },
    neighbourhoods: neighbourhoodOptions,
    households: found.rows.map((row) => ({ ...row, openNeeds: (needsOf.get(row.id) ?? []).map(({ householdId: _, ...need }) => need) })),
    total: found.total,
    page: found.page,
    pageCount: pageCountOf(found.total),
  };
}

/**
 * The caseload's households, each with the number found (a window count: one pass yields the
 * page and the total); one page of them, or all when no page is given.
 */
function caseloadRows(where: SQL | undefined, order: SQL[], page?: number) {
  const query = db
    .select({
      id: households.id,
      reference: households.reference,
      pc4: households.pc4,
      teamName: teams.name,
      neighbourhoodName: neighbourhoods.name,
      consultantName: users.name,
      nextReviewDate: plans.reviewDate,
      total: sql<number>`count(*) over ()`,
    })
    .from(households)
    .innerJoin(teams, eq(teams.id, households.teamId))
    .leftJoin(postcodes, eq(postcodes.pc4, households.pc4))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, postcodes.neighbourhoodId))
    .leftJoin(users, eq(users.id, households.consultantId))
    .leftJoin(plans, eq(plans.householdId, households.id))
    .where(where)
    .orderBy(...order);
  const found =
    page === undefined
      ? query.all()
      : query
          .limit(CASELOAD_PAGE_SIZE)
          .offset((page - 1) * CASELOAD_PAGE_SIZE)
          .all();
  return { total: found[0]?.total ?? 0, rows: found.map(({ total: _, ...row }) => row) };
}

/** Rows grouped by their household, in the order read (Map.groupBy needs Node 21). */
function byHousehold<Row extends { householdId: number }>(rows: Row[]): Map<number, Row[]> {
  const grouped = new Map<number, Row[]>();
  for (const row of rows) {
    const list = grouped.get(row.householdId);
    if (list) list.push(row);
    else grouped.set(row.householdId, [row]);
  }
  return grouped;
}

const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE));

/** The page asked for, within the pages there are (an old link past the end shows the last). */
function pageWithin(requested: number | undefined, total: number): number {
  return Math.min(Math.max(1, Math.floor(requested ?? 1) || 1), pageCountOf(total));
}

/** Open referrals and flags for a set of rows: one query however many rows. */
function withReferrals<Row extends { id: number; nextReviewDate: string | null }>(rows: Row[], today: string, now: Date) {
  const ids = rows.map((row) => row.id);
  const openReferrals = ids.length
    ? db
        .select({ householdId: referrals.householdId, status: referrals.status, sentAt: referrals.sentAt })
        .from(referrals)
        .where(and(inArray(referrals.householdId, ids), inArray(referrals.status, [...OPEN_REFERRAL_STATUSES])))
        .all()
    : [];
  const referralsOf = byHousehold(openReferrals);
  return rows.map((row) => {
    const mine = referralsOf.get(row.id) ?? [];
    const unanswered = mine.filter((r) => r.status === "sent" && r.sentAt !== null && workingDaysBetween(r.sentAt, now) >= UNANSWERED_FLAG_WORKING_DAYS).length;
    return {
      ...row,
      openReferrals: mine.length,
      flags: { unansweredReferrals: unanswered, reviewOverdue: row.nextReviewDate !== null && row.nextReviewDate < today },
    };
  });
}
