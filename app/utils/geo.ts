/** Postcodes and distances. Pure functions, usable on server and client. */
import { numberFormat } from "./number-format";
import { haversineKm } from "~/matching/rank";

export { haversineKm };

export type ParsedPostcode = {
  /** The four digits: distances use the centroid of this area. */
  pc4: string;
  /** "3521AB" when letters were given, else null. */
  full: string | null;
};

/** "3521 AB", "3521ab" or "3521" → its parts; anything else → null. */
export function parsePostcode(input: string): ParsedPostcode | null {
  const compact = input.replace(/\s+/g, "").toUpperCase();
  const match = /^([1-9]\d{3})([A-Z]{2})?$/.exec(compact);
  if (!match) return null;
  return { pc4: match[1]!, full: match[2] ? `${match[1]}${match[2]}` : null };
}

/** "3521AB" → "3521 AB", as people write it. */
export function formatPostcode(postcode: string): string {
  const parsed = parsePostcode(postcode);
  if (!parsed) return postcode;
  return parsed.full ? `${parsed.pc4} ${parsed.full.slice(4)}` : parsed.pc4;
}

const KM_PER_DEGREE_LAT = 111.195;

/**
 * Scale factors for a flat-earth distance around a point. Within a municipality (a few tens of
 * km) the error against haversine is far below 0.1 %, and the database can compute it with
 * plain arithmetic, so search can filter and sort by distance without a custom SQL function.
 */
export function planarScale(lat: number): { kmPerLat: number; kmPerLng: number } {
  return { kmPerLat: KM_PER_DEGREE_LAT, kmPerLng: KM_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180) };
}

/** Distance for people: one decimal below 10 km ("1,2 km"), whole km above. */
export function formatKm(km: number, locale: string): string {
  const digits = km < 10 ? 1 : 0;
  return numberFormat(locale === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(km);
}
