/** A team drafts a collective need from its households' unmet needs, edits it, and publishes it. */
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { checklistItems, collectiveNeedEvidence, collectiveNeeds, neighbourhoods, teamNeighbourhoods } from "~db/schema";
import { type ChecklistKind, type CollectiveNeedStatus, type LifeDomain, type TargetGroup } from "~/domain/vocabulary";
import { recordAudit } from "~/models/audit.server";
import { SLUG_FALLBACKS, slugify } from "~/domain/slug";
import { allocateSlug } from "~/models/slug.server";
import { db, type Conn, type Tx } from "~/utils/db.server";
import { sameText } from "~/utils/same-text.server";
import { can, type Actor } from "~/utils/permissions";
import { teamUnmetNeedIds } from "~/models/signals.server";
import { ACTIVE } from "./statuses";

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
  /** Link the team's unmet needs of this neighbourhood × domain × target group as evidence. */
  linkSignalEvidence?: boolean;
};

type DraftError = "forbidden" | "neighbourhood_not_served";

/** The neighbourhoods the actor's teams serve, each with the team that serves it (first team wins). */
export function neighbourhoodsOfActor(actor: Actor): { id: number; name: string; teamId: number }[] {
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

/** `alreadyThere`: the team's draft with this title and neighbourhood existed, so a resubmit made no second draft. */
export function draftCollectiveNeed(actor: Actor, input: DraftInput): { ok: true; id: number; alreadyThere: boolean } | { ok: false; error: DraftError } {
  const neighbourhood = neighbourhoodsOfActor(actor).find((w) => w.id === input.neighbourhoodId);
  if (!neighbourhood) return { ok: false, error: actor.teams.length === 0 ? "forbidden" : "neighbourhood_not_served" };
  const teamId = neighbourhood.teamId;
  if (!can(actor, "collective_need.draft", { teamId })) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const same = tx
      .select({ id: collectiveNeeds.id })
      .from(collectiveNeeds)
      .where(
        and(
          eq(collectiveNeeds.teamId, teamId),
          eq(collectiveNeeds.neighbourhoodId, input.neighbourhoodId),
          eq(collectiveNeeds.status, "draft"),
          sameText(collectiveNeeds.title, input.title),
        ),
      )
      .get();
    if (same) return { ok: true as const, id: same.id, alreadyThere: true };
    const need = tx
      .insert(collectiveNeeds)
      .values({
        slug: allocateSlug(tx, collectiveNeeds, slugify(input.title) || SLUG_FALLBACKS.collectiveNeed),
        teamId,
        neighbourhoodId: input.neighbourhoodId,
        domain: input.domain,
        targetGroup: input.targetGroup,
        title: input.title.trim(),
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
    return { ok: true as const, id: need.id, alreadyThere: false };
  });
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

export type Loaded = typeof collectiveNeeds.$inferSelect;

export function loadNeed(conn: Conn, id: number): Loaded | undefined {
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
 * Open needs that may be the same question: same neighbourhood or same domain, ranked by shared words in
 * title and description (with same neighbourhood and domain together counting as a match on their own).
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
      and(inArray(collectiveNeeds.status, ACTIVE), or(eq(collectiveNeeds.neighbourhoodId, input.neighbourhoodId), eq(collectiveNeeds.domain, input.domain))),
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

export type ManageError = "not_found" | "forbidden" | "wrong_status";

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
