/**
 * Open-data ids (HSDS asks for UUIDs that never change). Organisations and listings keep theirs in
 * a `public_id` column, filled once and then left alone: a rename, a migration that rebuilds the
 * table or a restart cannot change it. The value filled in is a UUIDv5 of the slug, so a reseed
 * of unchanged data (new rows, maybe other integer ids) gets the very same ids again.
 * Everything below a listing (its schedule, place, contact…) is a UUIDv5 of the listing's id plus
 * what the part is, so it is as stable as the listing. See docs/decisions/008-open-data.md.
 */
import { createHash } from "node:crypto";
import { cachedStatement } from "~/models/initiative.server";
import { db } from "~/utils/db.server";

/** Wijkmarkt's own namespace for UUIDv5 (random, fixed forever). */
const WIJKMARKT_NAMESPACE = "6b0f5c2e-3d8a-4f6e-9c1b-7a2d4e8f0b13";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A well-formed UUID (any version), lower or upper case. */
export function isUuid(value: string): boolean {
  return UUID.test(value.toLowerCase());
}

/** RFC 9562 UUIDv5: SHA-1 of namespace and name, with version and variant bits set. */
export function uuidv5(name: string, namespace = WIJKMARKT_NAMESPACE): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replaceAll("-", ""), "hex"))
    .update(name, "utf8")
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of a part of a record, e.g. childId(serviceId, "schedule", "2", "10:00", "12:00"). */
export function childId(parentId: string, ...parts: (string | number)[]): string {
  return uuidv5(`${parentId}/${parts.join("/")}`);
}

/** Fixed mask for the node part of a service id (any 48 bits; fixed forever). */
const AT_LOCATION_MASK = 0x5a17c3e9b2d4n;

/**
 * A listing has at most one place, so its service_at_location id is its service id with the last
 * 48 bits flipped by a fixed mask: still a UUID, never equal to the service id, and reversible,
 * so /service_at_locations/{id} finds the listing through the index instead of a scan.
 * Applying it twice gives the service id back.
 */
export function flipServiceAtLocationId(id: string): string {
  const node = BigInt(`0x${id.slice(24)}`) ^ AT_LOCATION_MASK;
  return `${id.slice(0, 24)}${node.toString(16).padStart(12, "0")}`;
}

const TABLES = [
  { table: "organisations", kind: "organisation" },
  { table: "initiatives", kind: "initiative" },
] as const;

/**
 * Gives every organisation and listing without a public id its id. Cheap when there is nothing to
 * do (one look at the unique index), so the API calls it before each read.
 */
export function ensurePublicIds(): void {
  for (const { table, kind } of TABLES) {
    const missing = cachedStatement(`SELECT id, slug FROM ${table} WHERE public_id IS NULL`).all() as { id: number; slug: string }[];
    if (missing.length === 0) continue;
    // Should a slug ever come back after its record left, the newcomer gets an id of its own.
    const update = cachedStatement(
      `UPDATE ${table} SET public_id = CASE WHEN EXISTS (SELECT 1 FROM ${table} WHERE public_id = @fromSlug) THEN @fallback ELSE @fromSlug END
       WHERE id = @id AND public_id IS NULL`,
    );
    db.$client.transaction(() => {
      for (const row of missing) {
        update.run({ fromSlug: uuidv5(`${kind}:${row.slug}`), fallback: uuidv5(`${kind}:${row.slug}#${row.id}`), id: row.id });
      }
    })();
  }
}
