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
    const unanswered = mine.filter((r) => r.status === "sent" && r.sentAt !== null && workingDaysBetween(r.sentAt, now) >= UNANSWERED_FLAG_WORKING_DAYS).length;
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
    households: filters.flaggedOnly ? withFlags.filter((h) => h.flags.reviewOverdue || h.flags.unansweredReferrals > 0) : withFlags,
    truncated,
  };
}
