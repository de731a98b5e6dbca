import type { Statement } from "better-sqlite3";
import { desc, eq } from "drizzle-orm";
import { initiatives } from "~db/schema";
import type { LifeDomain } from "~/domain/vocabulary";
import type { TakingPart } from "~/domain/taking-part";
import { db } from "~/utils/db.server";
import type { ScheduleSlot } from "~/utils/schedule";

export type InitiativeCard = {
  slug: string;
  title: string;
  summary: string;
  kind: "activity" | "service" | "volunteers";
  organisationName: string;
  neighbourhoodName: string | null;
  isOnline: boolean;
  isFree: boolean;
  domains: LifeDomain[];
  takingPart: TakingPart;
  /** When it takes place, week by week; empty when the organiser gave no times. */
  schedule: ScheduleSlot[];
  /** From the visitor's postcode, when one was given and the listing has a place. */
  distanceKm?: number | null;
};

/** A card plus what callers need to place it (distances); not sent to pages as such. */
export type LocatedCard = InitiativeCard & { id: number; lat: number | null; lng: number | null };

/**
 * A prepared statement (the connection reuses it, see db/client.ts). The directory's hot paths
 * (search, cards) use raw SQL this way: building a query through the ORM costs more than running
 * it at this size.
 */
export function cachedStatement(text: string): Statement {
  return db.$client.prepare(text);
}

/** Domains per initiative, for cards: one query for the whole page. */
function domainsFor(ids: number[]): Map<number, LifeDomain[]> {
  const byInitiative = new Map<number, LifeDomain[]>();
  if (ids.length === 0) return byInitiative;
  const rows = cachedStatement(
    "SELECT initiative_id AS initiativeId, domain FROM initiative_domains WHERE initiative_id IN (SELECT value FROM json_each(?))",
  ).all(JSON.stringify(ids)) as { initiativeId: number; domain: LifeDomain }[];
  for (const row of rows) {
    const list = byInitiative.get(row.initiativeId) ?? [];
    list.push(row.domain);
    byInitiative.set(row.initiativeId, list);
  }
  return byInitiative;
}

/** Weekly times per initiative, for cards: one query for the whole page. */
function schedulesFor(ids: number[]): Map<number, ScheduleSlot[]> {
  const byInitiative = new Map<number, ScheduleSlot[]>();
  const rows = cachedStatement(
    `SELECT initiative_id AS initiativeId, weekday, start_time AS startTime, end_time AS endTime FROM schedule_slots
     WHERE initiative_id IN (SELECT value FROM json_each(?)) ORDER BY initiative_id, weekday, start_time`,
  ).all(JSON.stringify(ids)) as (ScheduleSlot & { initiativeId: number })[];
  for (const { initiativeId, ...slot } of rows) {
    const list = byInitiative.get(initiativeId) ?? [];
    list.push(slot);
    byInitiative.set(initiativeId, list);
  }
  return byInitiative;
}

type CardRow = Omit<LocatedCard, "domains" | "schedule" | "isOnline" | "isFree"> & { isOnline: 0 | 1; isFree: 0 | 1 | null };

/** Cards for a page of ids, in the order given: two queries however long the page. */
export function cardsFor(ids: number[]): LocatedCard[] {
  if (ids.length === 0) return [];
  const rows = cachedStatement(
    `SELECT i.id, i.slug, i.title, i.summary, i.kind, o.name AS organisationName, n.name AS neighbourhoodName,
       i.is_online AS isOnline, i.is_free AS isFree, i.taking_part AS takingPart, i.lat, i.lng
     FROM initiatives i
     JOIN organisations o ON o.id = i.organisation_id
     LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id
     WHERE i.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as CardRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const domains = domainsFor(ids);
  const schedules = schedulesFor(ids);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, isOnline: row.isOnline === 1, isFree: row.isFree === 1, domains: domains.get(id) ?? [], schedule: schedules.get(id) ?? [] }] : [];
  });
}

/** Strips the fields only the server needs. */
export function toCard({ id: _id, lat: _lat, lng: _lng, ...card }: LocatedCard): InitiativeCard {
  return card;
}

/** The most recently published listings, for the home page. */
export function listNewestInitiatives(limit: number): InitiativeCard[] {
  const ids = db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(eq(initiatives.status, "published"))
    .orderBy(desc(initiatives.publishedAt), desc(initiatives.id))
    .limit(limit)
    .all()
    .map((row) => row.id);
  return cardsFor(ids).map(toCard);
}
