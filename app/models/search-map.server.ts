/**
 * The directory search on a map: every listing that matches (not one page), as markers for the
 * ones with a place, and counts for the rest. Online listings have no place to mark; a listing
 * that meets in person but has no postcode (so no coordinates) is counted, never guessed at.
 */
import { cachedStatement, cardsFor, toCard, type InitiativeCard } from "~/models/initiative.server";
import { searchQuery } from "~/models/search.server";
import type { SearchParams } from "~/schemas/search";
import { haversineKm } from "~/utils/geo";

/** More markers than this would bury the map; the page says so and the list shows them all. */
const MAP_MARKER_LIMIT = 300;

export type MapPoint = InitiativeCard & { lat: number; lng: number };

export type SearchMap = {
  points: MapPoint[];
  total: number;
  online: number;
  withoutPlace: number;
  /** In-person listings with a place beyond MAP_MARKER_LIMIT, not drawn. */
  notShown: number;
};

export function searchMap(search: SearchParams): SearchMap {
  const { from, where, params, location } = searchQuery(search);
  const counts = cachedStatement(
    `SELECT count(*) AS total, coalesce(sum(i.is_online = 1), 0) AS online,
       coalesce(sum(i.is_online = 0 AND (i.lat IS NULL OR i.lng IS NULL)), 0) AS withoutPlace
     FROM ${from} WHERE ${where}`,
  ).get(...params) as { total: number; online: number; withoutPlace: number };
  const located = counts.total - counts.online - counts.withoutPlace;
  const ids = (
    cachedStatement(
      `SELECT i.id AS id FROM ${from} WHERE ${where} AND i.is_online = 0 AND i.lat IS NOT NULL AND i.lng IS NOT NULL
       ORDER BY i.published_at DESC, i.id DESC LIMIT ?`,
    ).all(...params, MAP_MARKER_LIMIT) as { id: number }[]
  ).map((row) => row.id);
  const points = cardsFor(ids).flatMap((card) => {
    if (card.lat === null || card.lng === null) return [];
    const distanceKm = location ? haversineKm(location.lat, location.lng, card.lat, card.lng) : null;
    return [{ ...toCard(card), distanceKm, lat: card.lat, lng: card.lng }];
  });
  return { points, total: counts.total, online: counts.online, withoutPlace: counts.withoutPlace, notShown: Math.max(0, located - points.length) };
}
