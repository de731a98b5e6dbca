/** One need as the public page shows it (evidence, checklist with progress, pledges) and as its team sees it. */
import { and, asc, count, countDistinct, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  checklistItems,
  collectiveNeedEvidence,
  collectiveNeedFollowers,
  collectiveNeeds,
  collectiveNeedUpdates,
  erasedEvidence,
  initiatives,
  needs,
  neighbourhoods,
  organisations,
  pledges,
  supports,
  teams,
  users,
} from "~db/schema";
import {
  PUBLIC_COUNT_THRESHOLD,
  type ChecklistKind,
  type CollectiveNeedStatus,
  type LifeDomain,
  type SupportKind,
  type TargetGroup,
} from "~/domain/vocabulary";
import { db, type Conn } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import type { NeedChange } from "~/domain/need-changes";
import type { ChecklistRow } from "./drafting.server";
import { ACTIVE, PUBLIC, STATUSES_OF_STATE, TEAM_NEED_STATES, type TeamNeedState } from "./statuses";

// ── Reading one need ────────────────────────────────────────────────────────

export type Evidence = { shown: true; count: number } | { shown: false };

/** Public statistics suppress counts below 5 (DESIGN.md). */
export function publicEvidence(households: number): Evidence {
  return households >= PUBLIC_COUNT_THRESHOLD ? { shown: true, count: households } : { shown: false };
}

/** Distinct households behind the linked needs, including those erased since (as anonymous tokens). */
function evidenceCount(conn: Conn, needId: number): number {
  const live =
    conn
      .select({ n: countDistinct(needs.householdId) })
      .from(collectiveNeedEvidence)
      .innerJoin(needs, eq(needs.id, collectiveNeedEvidence.needId))
      .where(eq(collectiveNeedEvidence.collectiveNeedId, needId))
      .get()?.n ?? 0;
  const erased = conn.select({ n: count() }).from(erasedEvidence).where(eq(erasedEvidence.collectiveNeedId, needId)).get()?.n ?? 0;
  return live + erased;
}

export type ChecklistProgress = {
  id: number;
  kind: ChecklistKind;
  quantity: number;
  description: string;
  /** Counted toward the need, never above the quantity. */
  filled: number;
  /** Offered beyond the quantity: welcome, shown apart. */
  extra: number;
};

export type PublicPledge = {
  id: number;
  kind: ChecklistKind | null;
  amount: number;
  message: string;
  isExtra: boolean;
  /** Only when the pledger chose to show it. */
  name: string | null;
  mine: boolean;
};

/** Pledges and updates come ten at a time: a need with many helpers stays one readable page. */
export const NEED_ACTIVITY_PAGE_SIZE = 10;

export type PageInfo = { page: number; pageCount: number; total: number };

/** The page asked for, within what exists (a stale link to page 9 of 3 shows page 3). */
function pageOf(requested: number, total: number): PageInfo & { offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / NEED_ACTIVITY_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pageCount);
  return { page, pageCount, total, offset: (page - 1) * NEED_ACTIVITY_PAGE_SIZE };
}

export type PublicNeed = {
  id: number;
  slug: string;
  teamId: number;
  teamName: string;
  title: string;
  description: string;
  status: CollectiveNeedStatus;
  closeReason: string | null;
  domain: LifeDomain;
  targetGroup: TargetGroup;
  targetDate: string | null;
  neighbourhood: { name: string; slug: string };
  publishedAt: Date | null;
  evidence: Evidence;
  checklist: ChecklistProgress[];
  supporters: { total: number; needToo: number };
  /** One page of the pledges, oldest first, and where that page is. */
  pledges: PublicPledge[];
  pledgePages: PageInfo;
  /** One page of the updates, newest first; `changes` when the update is the site's note of an edit. */
  updates: { id: number; body: string; changes: NeedChange[] | null; createdAt: Date }[];
  updatePages: PageInfo;
  activity: { slug: string; title: string } | null;
  mergedInto: { slug: string; title: string } | null;
  viewer: { support: SupportKind | null; following: boolean } | null;
};

function checklistWithProgress(conn: Conn, needId: number): ChecklistProgress[] {
  const items = conn.select().from(checklistItems).where(eq(checklistItems.collectiveNeedId, needId)).orderBy(asc(checklistItems.id)).all();
  const sums = new Map(
    conn
      .select({ itemId: pledges.checklistItemId, total: sql<number>`coalesce(sum(${pledges.amount}), 0)` })
      .from(pledges)
      .where(and(eq(pledges.collectiveNeedId, needId), isNull(pledges.withdrawnAt)))
      .groupBy(pledges.checklistItemId)
      .all()
      .map((r) => [r.itemId, Number(r.total)]),
  );
  return items.map((item) => {
    const pledged = sums.get(item.id) ?? 0;
    const filled = Math.min(pledged, item.quantity);
    return { id: item.id, kind: item.kind, quantity: item.quantity, description: item.description, filled, extra: pledged - filled };
  });
}

/** The public page of a need; drafts are not public. Never any household detail. */
export function getPublicNeed(slug: string, actor: Actor | null, pages: { pledges?: number; updates?: number } = {}): PublicNeed | null {
  const row = db
    .select({ need: collectiveNeeds, neighbourhood: { name: neighbourhoods.name, slug: neighbourhoods.slug }, teamName: teams.name })
    .from(collectiveNeeds)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, collectiveNeeds.neighbourhoodId))
    .innerJoin(teams, eq(teams.id, collectiveNeeds.teamId))
    .where(and(eq(collectiveNeeds.slug, slug), inArray(collectiveNeeds.status, PUBLIC)))
    .get();
  if (!row) return null;
  const need = row.need;
  const supportRows = db.select({ kind: supports.kind, n: count() }).from(supports).where(eq(supports.collectiveNeedId, need.id)).groupBy(supports.kind).all();
  const activePledges = and(eq(pledges.collectiveNeedId, need.id), isNull(pledges.withdrawnAt));
  const { offset: pledgeOffset, ...pledgePages } = pageOf(pages.pledges ?? 1, db.select({ n: count() }).from(pledges).where(activePledges).get()?.n ?? 0);
  const pledgeRows = db
    .select({
      id: pledges.id,
      kind: checklistItems.kind,
      amount: pledges.amount,
      message: pledges.message,
      isExtra: pledges.isExtra,
      showName: pledges.showName,
      userId: pledges.userId,
      userName: users.name,
      organisationId: pledges.organisationId,
      organisationName: organisations.name,
    })
    .from(pledges)
    .leftJoin(checklistItems, eq(checklistItems.id, pledges.checklistItemId))
    .leftJoin(users, eq(users.id, pledges.userId))
    .leftJoin(organisations, eq(organisations.id, pledges.organisationId))
    .where(activePledges)
    .orderBy(asc(pledges.createdAt), asc(pledges.id))
    .limit(NEED_ACTIVITY_PAGE_SIZE)
    .offset(pledgeOffset)
    .all();
  const ofNeed = eq(collectiveNeedUpdates.collectiveNeedId, need.id);
  const { offset: updateOffset, ...updatePages } = pageOf(
    pages.updates ?? 1,
    db.select({ n: count() }).from(collectiveNeedUpdates).where(ofNeed).get()?.n ?? 0,
  );
  const updates = db
    .select({
      id: collectiveNeedUpdates.id,
      body: collectiveNeedUpdates.body,
      changes: collectiveNeedUpdates.changes,
      createdAt: collectiveNeedUpdates.createdAt,
    })
    .from(collectiveNeedUpdates)
    .where(ofNeed)
    .orderBy(desc(collectiveNeedUpdates.createdAt), desc(collectiveNeedUpdates.id))
    .limit(NEED_ACTIVITY_PAGE_SIZE)
    .offset(updateOffset)
    .all();
  const activity =
    need.initiativeId === null
      ? null
      : (db
          .select({ slug: initiatives.slug, title: initiatives.title })
          .from(initiatives)
          .where(and(eq(initiatives.id, need.initiativeId), eq(initiatives.status, "published")))
          .get() ?? null);
  const mergedInto =
    need.mergedIntoId === null
      ? null
      : (db.select({ slug: collectiveNeeds.slug, title: collectiveNeeds.title }).from(collectiveNeeds).where(eq(collectiveNeeds.id, need.mergedIntoId)).get() ??
        null);
  const mySupport = actor
    ? (db
        .select({ kind: supports.kind })
        .from(supports)
        .where(and(eq(supports.collectiveNeedId, need.id), eq(supports.userId, actor.id)))
        .get()?.kind ?? null)
    : null;
  const following = actor
    ? Boolean(
        db
          .select({ one: sql`1` })
          .from(collectiveNeedFollowers)
          .where(and(eq(collectiveNeedFollowers.collectiveNeedId, need.id), eq(collectiveNeedFollowers.userId, actor.id)))
          .get(),
      )
    : false;
  const isMine = (p: (typeof pledgeRows)[number]) =>
    actor !== null && (p.organisationId !== null ? actor.organisations.some((o) => o.id === p.organisationId) : p.userId === actor.id);
  return {
    id: need.id,
    slug: need.slug,
    teamId: need.teamId,
    teamName: row.teamName,
    title: need.title,
    description: need.description,
    status: need.status,
    closeReason: need.closeReason,
    domain: need.domain,
    targetGroup: need.targetGroup,
    targetDate: need.targetDate,
    neighbourhood: row.neighbourhood,
    publishedAt: need.publishedAt,
    evidence: publicEvidence(evidenceCount(db, need.id)),
    checklist: checklistWithProgress(db, need.id),
    supporters: {
      total: supportRows.reduce((sum, r) => sum + r.n, 0),
      needToo: supportRows.find((r) => r.kind === "need_too")?.n ?? 0,
    },
    pledges: pledgeRows.map((p) => ({
      id: p.id,
      kind: p.kind,
      amount: p.amount,
      message: p.message,
      isExtra: p.isExtra,
      name: p.showName ? (p.organisationName ?? p.userName) : null,
      mine: isMine(p),
    })),
    pledgePages,
    updates,
    updatePages,
    activity,
    mergedInto,
    viewer: actor ? { support: mySupport, following } : null,
  };
}

/** Needs a duplicate can be merged into: other open needs, by title. */
export function listMergeTargets(needId: number): { id: number; title: string; neighbourhoodName: string }[] {
  return db
    .select({ id: collectiveNeeds.id, title: collectiveNeeds.title, neighbourhoodName: neighbourhoods.name })
    .from(collectiveNeeds)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, collectiveNeeds.neighbourhoodId))
    .where(and(inArray(collectiveNeeds.status, ACTIVE), sql`${collectiveNeeds.id} <> ${needId}`))
    .orderBy(asc(collectiveNeeds.title))
    .limit(200)
    .all();
}

/** The organisations the actor may start an activity for (or pledge as). */
export function organisationsOf(actor: Actor | null): { id: number; name: string }[] {
  const ids = actor?.organisations.map((o) => o.id) ?? [];
  if (ids.length === 0) return [];
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(asc(organisations.name))
    .all();
}

// ── The team's view ─────────────────────────────────────────────────────────

export type TeamNeed = {
  id: number;
  slug: string;
  title: string;
  status: CollectiveNeedStatus;
  neighbourhoodName: string;
  domain: LifeDomain;
};

/**
 * The needs of the actor's teams in one state, drafts first then newest: the team's own to-do
 * list, and what it answered or closed before. `counts` gives every state's total, for the tabs.
 */
export function listTeamNeeds(actor: Actor, state: TeamNeedState = "current"): { needs: TeamNeed[]; counts: Record<TeamNeedState, number> } {
  const counts: Record<TeamNeedState, number> = { current: 0, answered: 0, closed: 0 };
  const teamIds = actor.teams.map((t) => t.id);
  if (teamIds.length === 0) return { needs: [], counts };
  const perStatus = db
    .select({ status: collectiveNeeds.status, n: count() })
    .from(collectiveNeeds)
    .where(inArray(collectiveNeeds.teamId, teamIds))
    .groupBy(collectiveNeeds.status)
    .all();
  for (const row of perStatus) {
    const owner = TEAM_NEED_STATES.find((s) => STATUSES_OF_STATE[s].includes(row.status));
    if (owner) counts[owner] += row.n;
  }
  const needs = db
    .select({
      id: collectiveNeeds.id,
      slug: collectiveNeeds.slug,
      title: collectiveNeeds.title,
      status: collectiveNeeds.status,
      neighbourhoodName: neighbourhoods.name,
      domain: collectiveNeeds.domain,
    })
    .from(collectiveNeeds)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, collectiveNeeds.neighbourhoodId))
    .where(and(inArray(collectiveNeeds.teamId, teamIds), inArray(collectiveNeeds.status, STATUSES_OF_STATE[state])))
    .orderBy(sql`${collectiveNeeds.status} = 'draft' DESC`, desc(collectiveNeeds.createdAt), desc(collectiveNeeds.id))
    .limit(100)
    .all();
  return { needs, counts };
}

export type TeamNeedDetail = {
  id: number;
  slug: string;
  teamId: number;
  title: string;
  description: string;
  status: CollectiveNeedStatus;
  neighbourhoodId: number;
  neighbourhoodName: string;
  domain: LifeDomain;
  targetGroup: TargetGroup;
  targetDate: string | null;
  /** The team sees the exact number; the public page suppresses small counts. */
  evidenceHouseholds: number;
  checklist: (ChecklistRow & { id: number; pledged: number })[];
};

/** A need as its own team sees it (drafts included); other teams get nothing. */
export function getTeamNeed(actor: Actor, id: number): TeamNeedDetail | null {
  const row = db
    .select({ need: collectiveNeeds, neighbourhoodName: neighbourhoods.name })
    .from(collectiveNeeds)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, collectiveNeeds.neighbourhoodId))
    .where(eq(collectiveNeeds.id, id))
    .get();
  if (!row || !can(actor, "collective_need.draft", { teamId: row.need.teamId })) return null;
  const n = row.need;
  return {
    id: n.id,
    slug: n.slug,
    teamId: n.teamId,
    title: n.title,
    description: n.description,
    status: n.status,
    neighbourhoodId: n.neighbourhoodId,
    neighbourhoodName: row.neighbourhoodName,
    domain: n.domain,
    targetGroup: n.targetGroup,
    targetDate: n.targetDate,
    evidenceHouseholds: evidenceCount(db, n.id),
    checklist: checklistWithProgress(db, n.id).map(({ id, kind, quantity, description, filled, extra }) => ({
      id,
      kind,
      quantity,
      description,
      pledged: filled + extra,
    })),
  };
}

/** Just enough of a public need to act on it from its page. */
export function findNeedBySlug(slug: string): { id: number; slug: string; teamId: number } | null {
  return (
    db
      .select({ id: collectiveNeeds.id, slug: collectiveNeeds.slug, teamId: collectiveNeeds.teamId })
      .from(collectiveNeeds)
      .where(and(eq(collectiveNeeds.slug, slug), inArray(collectiveNeeds.status, PUBLIC)))
      .get() ?? null
  );
}

/** The public need an activity was started from, so its organiser can go back to what was asked. */
export function needBehindActivity(initiativeId: number): { slug: string; title: string } | null {
  return (
    db
      .select({ slug: collectiveNeeds.slug, title: collectiveNeeds.title })
      .from(initiatives)
      .innerJoin(collectiveNeeds, eq(collectiveNeeds.id, initiatives.collectiveNeedId))
      .where(and(eq(initiatives.id, initiativeId), inArray(collectiveNeeds.status, PUBLIC)))
      .get() ?? null
  );
}
