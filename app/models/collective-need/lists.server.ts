/** Collective needs in lists: the public overview and the cards on other pages. */
import { and, count, desc, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { checklistItems, collectiveNeeds, neighbourhoods, supports } from "~db/schema";
import { type ChecklistKind, type CollectiveNeedStatus, type LifeDomain, type TargetGroup } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { ACTIVE } from "./statuses";

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
export function listNeeds(filter: NeedFilter & { status?: "active" | "answered" | "closed"; page?: number }): { needs: NeedListItem[]; total: number } {
  const statuses: CollectiveNeedStatus[] = filter.status === "answered" ? ["answered"] : filter.status === "closed" ? ["closed"] : ACTIVE;
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
