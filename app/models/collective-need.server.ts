import { and, asc, count, countDistinct, desc, eq, exists, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import {
  checklistItems,
  collectiveNeedEvidence,
  collectiveNeedFollowers,
  collectiveNeeds,
  collectiveNeedUpdates,
  erasedEvidence,
  initiativeDomains,
  initiatives,
  initiativeTargetGroups,
  needs,
  neighbourhoods,
  organisations,
  pledges,
  supports,
  teamNeighbourhoods,
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
import { recordAudit } from "~/models/audit.server";
import { notify } from "~/models/notification.server";
import { SLUG_FALLBACKS, slugify } from "~/domain/slug";
import { allocateSlug } from "~/models/slug.server";
import { db, type Conn, type Tx } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { teamUnmetNeedIds } from "./signals.server";

/** Needs the public can see and help with. */
const ACTIVE: CollectiveNeedStatus[] = ["open", "in_progress"];
const PUBLIC: CollectiveNeedStatus[] = ["open", "in_progress", "answered", "closed"];

export type CollectiveNeedCard = {
  slug: string;
  title: string;
  description: string;
  status: "open" | "in_progress";
  domain: LifeDomain;
  targetGroup: TargetGroup;
  neighbourhoodName: string;
};

export type NeedFilter = { neighbourhoodId?: number; domain?: LifeDomain; checklistKind?: ChecklistKind };

function filterConditions(filter: NeedFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.neighbourhoodId !== undefined) conditions.push(eq(collectiveNeeds.neighbourhoodId, filter.neighbourhoodId));
  if (filter.domain) conditions.push(eq(collectiveNeeds.domain, filter.domain));
  if (filter.checklistKind) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(checklistItems)
          .where(and(eq(checklistItems.collectiveNeedId, collectiveNeeds.id), eq(checklistItems.kind, filter.checklistKind))),
      ),
    );
  }
  return conditions;
}

const cardColumns = {
  slug: collectiveNeeds.slug,
  title: collectiveNeeds.title,
  description: collectiveNeeds.description,
  status: collectiveNeeds.status,
  domain: collectiveNeeds.domain,
  targetGroup: collectiveNeeds.targetGroup,
  neighbourhoodName: neighbourhoods.name,
};

/** Open and under-way needs, newest first: what the neighbourhood can still help with. */
export function listOpenNeeds(limit: number, filter: NeedFilter = {}): CollectiveNeedCard[] {
  return db
    .select(cardColumns)
    .from(collectiveNeeds)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, collectiveNeeds.neighbourhoodId))
    .where(and(inArray(collectiveNeeds.status, ACTIVE), ...filterConditions(filter)))
    .orderBy(desc(collectiveNeeds.publishedAt), desc(collectiveNeeds.id))
    .limit(limit)
    .all() as CollectiveNeedCard[];
}

export type NeedListItem = Omit<CollectiveNeedCard, "status"> & {
  status: CollectiveNeedStatus;
  supporters: number;
  kinds: ChecklistKind[];
};

export const NEEDS_PER_PAGE = 24;

/** The public list at /vragen: one page of needs with supporter counts and what they ask for. */
export function listNeeds(
  filter: NeedFilter & { status?: "active" | "answered" | "closed"; page?: number },
): { needs: NeedListItem[]; total: number } {
  const statuses: CollectiveNeedStatus[] =
    filter.status === "answered" ? ["answered"] : filter.status === "closed" ? ["closed"] : ACTIVE;
  const where = and(inArray(collectiveNeeds.status, statuses), ...filterConditions(filter));
  const total = db.select({ n: count() }).from(collectiveNeeds).where(where).get()?.n ?? 0;
  const page = Math.max(1, filter.page ?? 1);
  const rows = db
    .select({ id: collectiveNeeds.id, ...cardColumns })
    .from(collectiveNeeds)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, collectiveNeeds.neighbourhoodId))
    .where(where)
    .orderBy(desc(collectiveNeeds.publishedAt), desc(collectiveNeeds.id))
    .limit(NEEDS_PER_PAGE)
    .offset((page - 1) * NEEDS_PER_PAGE)
    .all();
  const ids = rows.map((r) => r.id);
  const supporterCounts = new Map<number, number>();
  const kinds = new Map<number, ChecklistKind[]>();
  if (ids.length > 0) {
    for (const row of db
      .select({ id: supports.collectiveNeedId, n: count() })
      .from(supports)
      .where(inArray(supports.collectiveNeedId, ids))
      .groupBy(supports.collectiveNeedId)
      .all())
      supporterCounts.set(row.id, row.n);
    for (const row of db
      .selectDistinct({ id: checklistItems.collectiveNeedId, kind: checklistItems.kind })
      .from(checklistItems)
      .where(inArray(checklistItems.collectiveNeedId, ids))
      .all())
      kinds.set(row.id, [...(kinds.get(row.id) ?? []), row.kind]);
  }
  return {
    total,
    needs: rows.map(({ id, ...card }) => ({ ...card, supporters: supporterCounts.get(id) ?? 0, kinds: kinds.get(id) ?? [] })),
  };
}

// ── Drafting ────────────────────────────────────────────────────────────────

export type ChecklistRow = { kind: ChecklistKind; quantity: number; description: string };

export type DraftInput = {
  neighbourhoodId: number;
  domain: LifeDomain;
  targetGroup: TargetGroup;
  title: string;
  description: string;
  targetDate?: string;
  checklist: ChecklistRow[];
  /** Link the team's unmet needs of this wijk × domain × target group as evidence. */
  linkSignalEvidence?: boolean;
};

type DraftError = "forbidden" | "neighbourhood_not_served";

/** The wijken the actor's teams serve, each with the team that serves it (first team wins). */
export function wijkenOfActor(actor: Actor): { id: number; name: string; teamId: number }[] {
  const teamIds = actor.teams.map((t) => t.id);
  if (teamIds.length === 0) return [];
  const rows = db
    .select({ id: neighbourhoods.id, name: neighbourhoods.name, teamId: teamNeighbourhoods.teamId })
    .from(teamNeighbourhoods)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, teamNeighbourhoods.neighbourhoodId))
    .where(inArray(teamNeighbourhoods.teamId, teamIds))
    .orderBy(asc(neighbourhoods.name))
    .all();
  const seen = new Set<number>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

export function draftCollectiveNeed(actor: Actor, input: DraftInput): { ok: true; id: number } | { ok: false; error: DraftError } {
  const wijk = wijkenOfActor(actor).find((w) => w.id === input.neighbourhoodId);
  if (!wijk) return { ok: false, error: actor.teams.length === 0 ? "forbidden" : "neighbourhood_not_served" };
  const teamId = wijk.teamId;
  if (!can(actor, "collective_need.draft", { teamId })) return { ok: false, error: "forbidden" };
  const id = db.transaction((tx) => {
    const need = tx
      .insert(collectiveNeeds)
      .values({
        slug: allocateSlug(tx, collectiveNeeds, slugify(input.title) || SLUG_FALLBACKS.collectiveNeed),
        teamId,
        neighbourhoodId: input.neighbourhoodId,
        domain: input.domain,
        targetGroup: input.targetGroup,
        title: input.title,
        description: input.description,
        targetDate: input.targetDate ?? null,
        createdBy: actor.id,
      })
      .returning({ id: collectiveNeeds.id })
      .get();
    if (input.checklist.length > 0) {
      tx.insert(checklistItems)
        .values(input.checklist.map((row) => ({ ...row, collectiveNeedId: need.id })))
        .run();
    }
    if (input.linkSignalEvidence) linkEvidence(tx, actor, need.id, teamId, input);
    return need.id;
  });
  return { ok: true, id };
}

/** Links the team's unmet needs of the signal as evidence; the link itself is audited, never shown. */
function linkEvidence(
  tx: Tx,
  actor: Actor,
  collectiveNeedId: number,
  teamId: number,
  group: { neighbourhoodId: number; domain: LifeDomain; targetGroup: TargetGroup },
) {
  const needIds = teamUnmetNeedIds([teamId], group);
  if (needIds.length === 0) return;
  tx.insert(collectiveNeedEvidence)
    .values(needIds.map((needId) => ({ collectiveNeedId, needId })))
    .onConflictDoNothing()
    .run();
  recordAudit(tx, actor, {
    action: "link_evidence",
    entityType: "collective_need",
    entityId: collectiveNeedId,
    detail: `${needIds.length} needs`,
  });
}

type Loaded = typeof collectiveNeeds.$inferSelect;

function loadNeed(conn: Conn, id: number): Loaded | undefined {
  return conn.select().from(collectiveNeeds).where(eq(collectiveNeeds.id, id)).get();
}

export function updateDraft(
  actor: Actor,
  id: number,
  input: Omit<DraftInput, "neighbourhoodId" | "linkSignalEvidence">,
): { ok: true } | { ok: false; error: "not_found" | "forbidden" | "not_draft" } {
  const need = loadNeed(db, id);
  if (!need) return { ok: false, error: "not_found" };
  if (!can(actor, "collective_need.draft", { teamId: need.teamId })) return { ok: false, error: "forbidden" };
  if (need.status !== "draft") return { ok: false, error: "not_draft" };
  db.transaction((tx) => {
    tx.update(collectiveNeeds)
      .set({
        title: input.title,
        description: input.description,
        domain: input.domain,
        targetGroup: input.targetGroup,
        targetDate: input.targetDate ?? null,
      })
      .where(eq(collectiveNeeds.id, id))
      .run();
    // Drafts have no pledges yet, so the checklist can simply be replaced.
    tx.delete(checklistItems).where(eq(checklistItems.collectiveNeedId, id)).run();
    if (input.checklist.length > 0) {
      tx.insert(checklistItems)
        .values(input.checklist.map((row) => ({ ...row, collectiveNeedId: id })))
        .run();
    }
  });
  return { ok: true };
}

export type SimilarNeed = { slug: string; title: string; neighbourhoodName: string; status: CollectiveNeedStatus; domain: LifeDomain };

const STOP_WORDS = new Set(["voor", "met", "door", "naar", "over", "bij", "een", "het", "van", "the", "and", "with", "for", "die", "dat", "wat", "zijn"]);

/** Distinct meaningful words, lower case without accents. */
function words(text: string) {
  return new Set(
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4 && !STOP_WORDS.has(w)),
  );
}

/**
 * Open needs that may be the same question: same wijk or same domain, ranked by shared words in
 * title and description (with same wijk and domain together counting as a match on their own).
 */
export function findSimilarNeeds(input: {
  title: string;
  description?: string;
  neighbourhoodId: number;
  domain: LifeDomain;
  excludeId?: number;
}): SimilarNeed[] {
  const candidates = db
    .select({
      id: collectiveNeeds.id,
      slug: collectiveNeeds.slug,
      title: collectiveNeeds.title,
      description: collectiveNeeds.description,
      neighbourhoodId: collectiveNeeds.neighbourhoodId,
      neighbourhoodName: neighbourhoods.name,
      status: collectiveNeeds.status,
      domain: collectiveNeeds.domain,
    })
    .from(collectiveNeeds)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, collectiveNeeds.neighbourhoodId))
    .where(
      and(
        inArray(collectiveNeeds.status, ACTIVE),
        or(eq(collectiveNeeds.neighbourhoodId, input.neighbourhoodId), eq(collectiveNeeds.domain, input.domain)),
      ),
    )
    .all();
  const mine = words(`${input.title} ${input.description ?? ""}`);
  return candidates
    .filter((c) => c.id !== input.excludeId)
    .map((c) => {
      const theirs = words(`${c.title} ${c.description}`);
      const shared = [...mine].filter((w) => theirs.has(w)).length;
      const sameBoth = c.neighbourhoodId === input.neighbourhoodId && c.domain === input.domain;
      return { c, score: shared * 2 + (sameBoth ? 3 : 0) };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.c.id - b.c.id)
    .slice(0, 5)
    .map(({ c }) => ({ slug: c.slug, title: c.title, neighbourhoodName: c.neighbourhoodName, status: c.status, domain: c.domain }));
}

type ManageError = "not_found" | "forbidden" | "wrong_status";

export function publishCollectiveNeed(actor: Actor, id: number): { ok: true; slug: string } | { ok: false; error: ManageError } {
  const need = loadNeed(db, id);
  if (!need) return { ok: false, error: "not_found" };
  if (!can(actor, "collective_need.publish", { teamId: need.teamId })) return { ok: false, error: "forbidden" };
  if (need.status !== "draft") return { ok: false, error: "wrong_status" };
  db.update(collectiveNeeds)
    .set({ status: "open", publishedAt: new Date(), publishedBy: actor.id })
    .where(and(eq(collectiveNeeds.id, id), eq(collectiveNeeds.status, "draft")))
    .run();
  return { ok: true, slug: need.slug };
}

// ── Supporting, pledging, following ─────────────────────────────────────────

type HelpError = "not_found" | "not_active";

function activeNeed(conn: Conn, id: number): { ok: true; need: Loaded } | { ok: false; error: HelpError } {
  const need = loadNeed(conn, id);
  if (!need || need.status === "draft") return { ok: false, error: "not_found" };
  if (!ACTIVE.includes(need.status)) return { ok: false, error: "not_active" };
  return { ok: true, need };
}

export function supportNeed(
  actor: Actor,
  input: { needId: number; kind: SupportKind },
): { ok: true } | { ok: false; error: HelpError | "forbidden" | "already_supported" } {
  if (!can(actor, "collective_need.support")) return { ok: false, error: "forbidden" };
  const found = activeNeed(db, input.needId);
  if (!found.ok) return found;
  // The unique index decides: two quick clicks still leave one support.
  const inserted = db
    .insert(supports)
    .values({ collectiveNeedId: input.needId, userId: actor.id, kind: input.kind })
    .onConflictDoNothing()
    .run();
  return inserted.changes === 1 ? { ok: true } : { ok: false, error: "already_supported" };
}

export function withdrawSupport(actor: Actor, needId: number): { ok: true } | { ok: false; error: "not_supported" } {
  const removed = db
    .delete(supports)
    .where(and(eq(supports.collectiveNeedId, needId), eq(supports.userId, actor.id)))
    .run();
  return removed.changes === 1 ? { ok: true } : { ok: false, error: "not_supported" };
}

/**
 * Marks pledges that go beyond the item's quantity as extra, oldest first; run after every change
 * so a withdrawal lets a later extra pledge count again.
 */
function recountItem(tx: Tx, itemId: number) {
  const item = tx.select().from(checklistItems).where(eq(checklistItems.id, itemId)).get();
  if (!item) return;
  const active = tx
    .select({ id: pledges.id, amount: pledges.amount, isExtra: pledges.isExtra })
    .from(pledges)
    .where(and(eq(pledges.checklistItemId, itemId), isNull(pledges.withdrawnAt)))
    .orderBy(asc(pledges.createdAt), asc(pledges.id))
    .all();
  let before = 0;
  for (const pledge of active) {
    const isExtra = before >= item.quantity;
    if (isExtra !== pledge.isExtra) tx.update(pledges).set({ isExtra }).where(eq(pledges.id, pledge.id)).run();
    before += pledge.amount;
  }
}

export type PledgeInput = {
  needId: number;
  checklistItemId: number;
  amount: number;
  message: string;
  showName: boolean;
  organisationId?: number;
};

export function pledgeToNeed(
  actor: Actor,
  input: PledgeInput,
): { ok: true; isExtra: boolean } | { ok: false; error: HelpError | "forbidden" | "unknown_item" } {
  if (!can(actor, "collective_need.pledge")) return { ok: false, error: "forbidden" };
  if (input.organisationId !== undefined && !can(actor, "collective_need.pledge_as_organisation", { organisationId: input.organisationId }))
    return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const found = activeNeed(tx, input.needId);
    if (!found.ok) return found;
    const item = tx
      .select({ id: checklistItems.id })
      .from(checklistItems)
      .where(and(eq(checklistItems.id, input.checklistItemId), eq(checklistItems.collectiveNeedId, input.needId)))
      .get();
    if (!item) return { ok: false as const, error: "unknown_item" as const };
    const pledge = tx
      .insert(pledges)
      .values({
        collectiveNeedId: input.needId,
        checklistItemId: item.id,
        userId: actor.id,
        organisationId: input.organisationId ?? null,
        amount: input.amount,
        message: input.message,
        showName: input.showName,
      })
      .returning({ id: pledges.id })
      .get();
    recountItem(tx, item.id);
    const saved = tx.select({ isExtra: pledges.isExtra }).from(pledges).where(eq(pledges.id, pledge.id)).get();
    return { ok: true as const, isExtra: saved?.isExtra ?? false };
  });
}

/** The pledger, or a member of the organisation the pledge was made for, may withdraw it. */
export function withdrawPledge(actor: Actor, pledgeId: number): { ok: true } | { ok: false; error: "not_found" } {
  return db.transaction((tx) => {
    const pledge = tx.select().from(pledges).where(and(eq(pledges.id, pledgeId), isNull(pledges.withdrawnAt))).get();
    const allowed =
      pledge &&
      (pledge.organisationId !== null
        ? can(actor, "collective_need.pledge_as_organisation", { organisationId: pledge.organisationId })
        : pledge.userId === actor.id);
    if (!pledge || !allowed) return { ok: false as const, error: "not_found" as const };
    tx.update(pledges).set({ withdrawnAt: new Date(), isExtra: false }).where(eq(pledges.id, pledgeId)).run();
    if (pledge.checklistItemId !== null) recountItem(tx, pledge.checklistItemId);
    return { ok: true as const };
  });
}

export function followNeed(actor: Actor, needId: number): { ok: true } | { ok: false; error: HelpError } {
  const found = activeNeed(db, needId);
  if (!found.ok) return found;
  db.insert(collectiveNeedFollowers).values({ collectiveNeedId: needId, userId: actor.id }).onConflictDoNothing().run();
  return { ok: true };
}

export function unfollowNeed(actor: Actor, needId: number): { ok: true } {
  db.delete(collectiveNeedFollowers)
    .where(and(eq(collectiveNeedFollowers.collectiveNeedId, needId), eq(collectiveNeedFollowers.userId, actor.id)))
    .run();
  return { ok: true };
}

/** Everyone who asked to hear about a need: supporters, active pledgers and followers. */
function audienceOf(needId: number): string[] {
  // Raw SQL for the union; the same connection as the open transaction.
  const rows = db.$client
    .prepare(
      `SELECT user_id FROM supports WHERE collective_need_id = ?
       UNION SELECT user_id FROM pledges WHERE collective_need_id = ? AND withdrawn_at IS NULL AND user_id IS NOT NULL
       UNION SELECT user_id FROM collective_need_followers WHERE collective_need_id = ?`,
    )
    .all(needId, needId, needId) as { user_id: string }[];
  return rows.map((r) => r.user_id);
}

/** Tells the need's audience (minus the one who acted); the email digest bundles these later. */
function tellAudience(tx: Tx, need: Loaded, message: string, except: string | null, params: Record<string, string> = {}) {
  const audience = audienceOf(need.id).filter((id) => id !== except);
  notify(tx, audience, message, { title: need.title, ...params }, `/vragen/${need.slug}`);
}

// ── The team's updates ──────────────────────────────────────────────────────

export function postUpdate(
  actor: Actor,
  input: { needId: number; body: string },
): { ok: true } | { ok: false; error: "not_found" | "forbidden" } {
  const need = loadNeed(db, input.needId);
  if (!need || need.status === "draft") return { ok: false, error: "not_found" };
  if (!can(actor, "collective_need.post_update", { teamId: need.teamId })) return { ok: false, error: "forbidden" };
  db.transaction((tx) => {
    tx.insert(collectiveNeedUpdates).values({ collectiveNeedId: need.id, authorId: actor.id, body: input.body }).run();
    tellAudience(tx, need, "collective.notify.update", actor.id);
  });
  return { ok: true };
}

// ── Starting an activity, and its publication ───────────────────────────────

export function startActivity(
  actor: Actor,
  input: { needId: number; organisationId: number },
): { ok: true; initiativeId: number; slug: string } | { ok: false; error: HelpError | "forbidden" } {
  if (!can(actor, "collective_need.start_activity", { organisationId: input.organisationId })) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const found = activeNeed(tx, input.needId);
    if (!found.ok) return found;
    const need = found.need;
    const summary = need.description.length > 200 ? `${need.description.slice(0, 197).trimEnd()}…` : need.description;
    const initiative = tx
      .insert(initiatives)
      .values({
        slug: allocateSlug(tx, initiatives, slugify(need.title) || SLUG_FALLBACKS.initiative),
        organisationId: input.organisationId,
        title: need.title,
        summary,
        description: need.description,
        kind: "activity",
        status: "draft",
        neighbourhoodId: need.neighbourhoodId,
        acceptsReferrals: true,
        collectiveNeedId: need.id,
        lastConfirmedAt: new Date(),
        createdBy: actor.id,
      })
      .returning({ id: initiatives.id, slug: initiatives.slug })
      .get();
    tx.insert(initiativeDomains).values({ initiativeId: initiative.id, domain: need.domain }).run();
    tx.insert(initiativeTargetGroups).values({ initiativeId: initiative.id, targetGroup: need.targetGroup }).run();
    if (need.status === "open") {
      tx.update(collectiveNeeds).set({ status: "in_progress" }).where(eq(collectiveNeeds.id, need.id)).run();
      const organisation = tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.organisationId)).get();
      tellAudience(tx, need, "collective.notify.started", actor.id, { organisation: organisation?.name ?? "" });
    }
    return { ok: true as const, initiativeId: initiative.id, slug: initiative.slug };
  });
}

/**
 * Called by the listing lifecycle inside its publish transaction: an activity started from a need
 * answers that need, and everyone who helped or follows it hears so.
 */
export function onInitiativePublished(tx: Tx, initiativeId: number) {
  const initiative = tx
    .select({ collectiveNeedId: initiatives.collectiveNeedId, slug: initiatives.slug, title: initiatives.title })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId))
    .get();
  if (!initiative?.collectiveNeedId) return;
  const need = loadNeed(tx, initiative.collectiveNeedId);
  if (!need || !ACTIVE.includes(need.status)) return;
  tx.update(collectiveNeeds)
    .set({ status: "answered", answeredAt: new Date(), initiativeId })
    .where(eq(collectiveNeeds.id, need.id))
    .run();
  tellAudience(tx, need, "collective.notify.answered", null, { activity: initiative.title });
}

// ── Merge and close (coordinators) ──────────────────────────────────────────

export function mergeNeeds(
  actor: Actor,
  input: { fromId: number; intoId: number },
): { ok: true; slug: string } | { ok: false; error: ManageError | "same_need" } {
  if (input.fromId === input.intoId) return { ok: false, error: "same_need" };
  return db.transaction((tx) => {
    const from = loadNeed(tx, input.fromId);
    const into = loadNeed(tx, input.intoId);
    if (!from || !into) return { ok: false as const, error: "not_found" as const };
    if (!can(actor, "collective_need.merge", { teamId: from.teamId })) return { ok: false as const, error: "forbidden" as const };
    if (!ACTIVE.includes(from.status) || !ACTIVE.includes(into.status)) return { ok: false as const, error: "wrong_status" as const };
    const raw = db.$client;
    // Supports and followers: one per person, whichever need they came from.
    raw
      .prepare(
        `INSERT OR IGNORE INTO supports (collective_need_id, user_id, kind, created_at)
         SELECT ?, user_id, kind, created_at FROM supports WHERE collective_need_id = ?`,
      )
      .run(into.id, from.id);
    tx.delete(supports).where(eq(supports.collectiveNeedId, from.id)).run();
    raw
      .prepare(
        `INSERT OR IGNORE INTO collective_need_followers (collective_need_id, user_id, created_at)
         SELECT ?, user_id, created_at FROM collective_need_followers WHERE collective_need_id = ?`,
      )
      .run(into.id, from.id);
    raw
      .prepare(
        `INSERT OR IGNORE INTO collective_need_evidence (collective_need_id, need_id)
         SELECT ?, need_id FROM collective_need_evidence WHERE collective_need_id = ?`,
      )
      .run(into.id, from.id);
    raw
      .prepare(`INSERT OR IGNORE INTO erased_evidence (collective_need_id, token) SELECT ?, token FROM erased_evidence WHERE collective_need_id = ?`)
      .run(into.id, from.id);
    movePledges(tx, from.id, into.id);
    tx.update(collectiveNeeds)
      .set({ status: "closed", mergedIntoId: into.id, closeReason: null })
      .where(eq(collectiveNeeds.id, from.id))
      .run();
    tellAudience(tx, into, "collective.notify.merged", actor.id, { from: from.title });
    return { ok: true as const, slug: into.slug };
  });
}

/**
 * Pledges follow to the item of the same kind (added to the target when it has none). A pledger
 * who already offered the same on the target keeps one pledge, with the larger amount.
 */
function movePledges(tx: Tx, fromId: number, intoId: number) {
  const fromItems = tx.select().from(checklistItems).where(eq(checklistItems.collectiveNeedId, fromId)).all();
  const intoItems = tx.select().from(checklistItems).where(eq(checklistItems.collectiveNeedId, intoId)).all();
  const itemMap = new Map<number, number>();
  for (const item of fromItems) {
    let target = intoItems.find((i) => i.kind === item.kind);
    if (!target) {
      target = tx
        .insert(checklistItems)
        .values({ collectiveNeedId: intoId, kind: item.kind, quantity: item.quantity, description: item.description })
        .returning()
        .get();
      intoItems.push(target);
    }
    itemMap.set(item.id, target.id);
  }
  const moving = tx
    .select()
    .from(pledges)
    .where(and(eq(pledges.collectiveNeedId, fromId), isNull(pledges.withdrawnAt)))
    .all();
  const touched = new Set<number>();
  for (const pledge of moving) {
    const targetItem = pledge.checklistItemId === null ? null : (itemMap.get(pledge.checklistItemId) ?? null);
    const same = tx
      .select()
      .from(pledges)
      .where(
        and(
          eq(pledges.collectiveNeedId, intoId),
          isNull(pledges.withdrawnAt),
          targetItem === null ? isNull(pledges.checklistItemId) : eq(pledges.checklistItemId, targetItem),
          pledge.userId === null ? isNull(pledges.userId) : eq(pledges.userId, pledge.userId),
          pledge.organisationId === null ? isNull(pledges.organisationId) : eq(pledges.organisationId, pledge.organisationId),
        ),
      )
      .get();
    if (same) {
      tx.update(pledges)
        .set({ amount: Math.max(same.amount, pledge.amount), message: same.message || pledge.message, showName: same.showName || pledge.showName })
        .where(eq(pledges.id, same.id))
        .run();
      tx.delete(pledges).where(eq(pledges.id, pledge.id)).run();
    } else {
      tx.update(pledges).set({ collectiveNeedId: intoId, checklistItemId: targetItem }).where(eq(pledges.id, pledge.id)).run();
    }
    if (targetItem !== null) touched.add(targetItem);
  }
  for (const itemId of touched) recountItem(tx, itemId);
}

export function closeNeed(
  actor: Actor,
  input: { needId: number; reason: string },
): { ok: true; slug: string } | { ok: false; error: ManageError } {
  return db.transaction((tx) => {
    const need = loadNeed(tx, input.needId);
    if (!need) return { ok: false as const, error: "not_found" as const };
    if (!can(actor, "collective_need.close", { teamId: need.teamId })) return { ok: false as const, error: "forbidden" as const };
    if (need.status === "closed" || need.status === "answered") return { ok: false as const, error: "wrong_status" as const };
    tx.update(collectiveNeeds).set({ status: "closed", closeReason: input.reason }).where(eq(collectiveNeeds.id, need.id)).run();
    if (need.status !== "draft") tellAudience(tx, need, "collective.notify.closed", actor.id);
    return { ok: true as const, slug: need.slug };
  });
}

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
  pledges: PublicPledge[];
  updates: { id: number; body: string; createdAt: Date }[];
  activity: { slug: string; title: string } | null;
  mergedInto: { slug: string; title: string } | null;
  viewer: { support: SupportKind | null; following: boolean } | null;
};

function checklistWithProgress(conn: Conn, needId: number): ChecklistProgress[] {
  const items = conn
    .select()
    .from(checklistItems)
    .where(eq(checklistItems.collectiveNeedId, needId))
    .orderBy(asc(checklistItems.id))
    .all();
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
export function getPublicNeed(slug: string, actor: Actor | null): PublicNeed | null {
  const row = db
    .select({ need: collectiveNeeds, neighbourhood: { name: neighbourhoods.name, slug: neighbourhoods.slug }, teamName: teams.name })
    .from(collectiveNeeds)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, collectiveNeeds.neighbourhoodId))
    .innerJoin(teams, eq(teams.id, collectiveNeeds.teamId))
    .where(and(eq(collectiveNeeds.slug, slug), inArray(collectiveNeeds.status, PUBLIC)))
    .get();
  if (!row) return null;
  const need = row.need;
  const supportRows = db
    .select({ kind: supports.kind, n: count() })
    .from(supports)
    .where(eq(supports.collectiveNeedId, need.id))
    .groupBy(supports.kind)
    .all();
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
    .where(and(eq(pledges.collectiveNeedId, need.id), isNull(pledges.withdrawnAt)))
    .orderBy(asc(pledges.createdAt), asc(pledges.id))
    .all();
  const updates = db
    .select({ id: collectiveNeedUpdates.id, body: collectiveNeedUpdates.body, createdAt: collectiveNeedUpdates.createdAt })
    .from(collectiveNeedUpdates)
    .where(eq(collectiveNeedUpdates.collectiveNeedId, need.id))
    .orderBy(desc(collectiveNeedUpdates.createdAt), desc(collectiveNeedUpdates.id))
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
      : (db
          .select({ slug: collectiveNeeds.slug, title: collectiveNeeds.title })
          .from(collectiveNeeds)
          .where(eq(collectiveNeeds.id, need.mergedIntoId))
          .get() ?? null);
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
    actor !== null &&
    (p.organisationId !== null ? actor.organisations.some((o) => o.id === p.organisationId) : p.userId === actor.id);
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
    updates,
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

/** The needs of the actor's teams, drafts first: the team's own to-do list. */
export function listTeamNeeds(actor: Actor): TeamNeed[] {
  const teamIds = actor.teams.map((t) => t.id);
  if (teamIds.length === 0) return [];
  return db
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
    .where(and(inArray(collectiveNeeds.teamId, teamIds), inArray(collectiveNeeds.status, ["draft", "open", "in_progress"])))
    .orderBy(sql`${collectiveNeeds.status} = 'draft' DESC`, desc(collectiveNeeds.createdAt))
    .limit(100)
    .all();
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
  checklist: ChecklistRow[];
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
    checklist: db
      .select({ kind: checklistItems.kind, quantity: checklistItems.quantity, description: checklistItems.description })
      .from(checklistItems)
      .where(eq(checklistItems.collectiveNeedId, n.id))
      .orderBy(asc(checklistItems.id))
      .all(),
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
