/** Residents and organisations support, pledge to and follow a need; the team posts updates. */
import { and, asc, eq, isNull } from "drizzle-orm";
import { checklistItems, collectiveNeedFollowers, collectiveNeedUpdates, pledges, supports } from "~db/schema";
import { type SupportKind } from "~/domain/vocabulary";
import { notify } from "~/models/notification.server";
import { db, type Conn, type Tx } from "~/utils/db.server";
import { sameText } from "~/utils/same-text.server";
import { can, type Actor } from "~/utils/permissions";
import { type Loaded, loadNeed } from "./drafting.server";
import { ACTIVE } from "./statuses";

// ── Supporting, pledging, following ─────────────────────────────────────────

export type HelpError = "not_found" | "not_active";

export function activeNeed(conn: Conn, id: number): { ok: true; need: Loaded } | { ok: false; error: HelpError } {
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
  const inserted = db.insert(supports).values({ collectiveNeedId: input.needId, userId: actor.id, kind: input.kind }).onConflictDoNothing().run();
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
export function recountItem(tx: Tx, itemId: number) {
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

/** `alreadyThere`: the same person had already offered exactly this, so a second press added nothing. */
export function pledgeToNeed(
  actor: Actor,
  input: PledgeInput,
): { ok: true; isExtra: boolean; alreadyThere: boolean } | { ok: false; error: HelpError | "forbidden" | "unknown_item" } {
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
    const organisationId = input.organisationId ?? null;
    const same = tx
      .select({ id: pledges.id, isExtra: pledges.isExtra })
      .from(pledges)
      .where(
        and(
          eq(pledges.checklistItemId, item.id),
          isNull(pledges.withdrawnAt),
          organisationId === null ? and(isNull(pledges.organisationId), eq(pledges.userId, actor.id)) : eq(pledges.organisationId, organisationId),
          eq(pledges.amount, input.amount),
          sameText(pledges.message, input.message),
        ),
      )
      .get();
    if (same) return { ok: true as const, isExtra: same.isExtra, alreadyThere: true };
    const pledge = tx
      .insert(pledges)
      .values({
        collectiveNeedId: input.needId,
        checklistItemId: item.id,
        userId: actor.id,
        organisationId: input.organisationId ?? null,
        amount: input.amount,
        message: input.message.trim(),
        showName: input.showName,
      })
      .returning({ id: pledges.id })
      .get();
    recountItem(tx, item.id);
    const saved = tx.select({ isExtra: pledges.isExtra }).from(pledges).where(eq(pledges.id, pledge.id)).get();
    return { ok: true as const, isExtra: saved?.isExtra ?? false, alreadyThere: false };
  });
}

/** The pledger, or a member of the organisation the pledge was made for, may withdraw it. */
export function withdrawPledge(actor: Actor, pledgeId: number): { ok: true } | { ok: false; error: "not_found" } {
  return db.transaction((tx) => {
    const pledge = tx
      .select()
      .from(pledges)
      .where(and(eq(pledges.id, pledgeId), isNull(pledges.withdrawnAt)))
      .get();
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
export function tellAudience(tx: Tx, need: Loaded, message: string, except: string | null, params: Record<string, string> = {}) {
  const audience = audienceOf(need.id).filter((id) => id !== except);
  notify(tx, audience, message, { title: need.title, ...params }, `/vragen/${need.slug}`);
}

// ── The team's updates ──────────────────────────────────────────────────────

/** The same text posted twice (a double click, a resubmitted form) is one update, told once. */
export function postUpdate(
  actor: Actor,
  input: { needId: number; body: string },
): { ok: true; alreadyThere: boolean } | { ok: false; error: "not_found" | "forbidden" } {
  const need = loadNeed(db, input.needId);
  if (!need || need.status === "draft") return { ok: false, error: "not_found" };
  if (!can(actor, "collective_need.post_update", { teamId: need.teamId })) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const same = tx
      .select({ id: collectiveNeedUpdates.id })
      .from(collectiveNeedUpdates)
      .where(and(eq(collectiveNeedUpdates.collectiveNeedId, need.id), sameText(collectiveNeedUpdates.body, input.body)))
      .get();
    if (same) return { ok: true as const, alreadyThere: true };
    tx.insert(collectiveNeedUpdates).values({ collectiveNeedId: need.id, authorId: actor.id, body: input.body.trim() }).run();
    tellAudience(tx, need, "collective.notify.update", actor.id);
    return { ok: true as const, alreadyThere: false };
  });
}
