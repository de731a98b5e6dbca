/** A need leads to an activity, is merged into another, or is closed (coordinators). */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { checklistItems, collectiveNeeds, initiativeDomains, initiatives, initiativeTargetGroups, organisations, pledges, supports } from "~db/schema";
import { SLUG_FALLBACKS, slugify } from "~/domain/slug";
import { allocateSlug } from "~/models/slug.server";
import { db, type Tx } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { type ManageError, loadNeed } from "./drafting.server";
import { ACTIVE } from "./statuses";
import { type HelpError, activeNeed, recountItem, tellAudience } from "./support.server";

// ── Starting an activity, and its publication ───────────────────────────────

/**
 * `alreadyThere`: the organisation had already started an activity for this need that is not yet
 * published, so a second press opens that draft instead of making another.
 */
export function startActivity(
  actor: Actor,
  input: { needId: number; organisationId: number },
): { ok: true; initiativeId: number; slug: string; alreadyThere: boolean } | { ok: false; error: HelpError | "forbidden" } {
  if (!can(actor, "collective_need.start_activity", { organisationId: input.organisationId })) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const found = activeNeed(tx, input.needId);
    if (!found.ok) return found;
    const need = found.need;
    const started = tx
      .select({ id: initiatives.id, slug: initiatives.slug })
      .from(initiatives)
      .where(
        and(
          eq(initiatives.collectiveNeedId, need.id),
          eq(initiatives.organisationId, input.organisationId),
          inArray(initiatives.status, ["draft", "submitted"]),
        ),
      )
      .get();
    if (started) return { ok: true as const, initiativeId: started.id, slug: started.slug, alreadyThere: true };
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
        // Nobody has said yet what it costs or whether a wheelchair gets in: the page says "not known".
        isFree: null,
        wheelchairAccessible: null,
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
    return { ok: true as const, initiativeId: initiative.id, slug: initiative.slug, alreadyThere: false };
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
  tx.update(collectiveNeeds).set({ status: "answered", answeredAt: new Date(), initiativeId }).where(eq(collectiveNeeds.id, need.id)).run();
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
    tx.update(collectiveNeeds).set({ status: "closed", mergedIntoId: into.id, closeReason: null }).where(eq(collectiveNeeds.id, from.id)).run();
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

export function closeNeed(actor: Actor, input: { needId: number; reason: string }): { ok: true; slug: string } | { ok: false; error: ManageError } {
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
