/**
 * Admins maintain the neighbourhoods: name, description, the PC4 postcodes that belong to each and its
 * centroid. A postcode belongs to one neighbourhood; moving it is done by taking it out of the other first.
 */
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { neighbourhoods, postcodes } from "~db/schema";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { recordAudit } from "./audit.server";
import { SLUG_FALLBACKS, slugify } from "~/domain/slug";
import { allocateSlug } from "./slug.server";

type Refused = { ok: false; error: "forbidden" | "not_found" };

export type NeighbourhoodInput = { name: string; description?: string; lat: number; lng: number; postcodes: string[] };

export type AdminNeighbourhood = { id: number; slug: string; name: string; description: string; lat: number; lng: number; postcodes: string[] };

export function listNeighbourhoodsForAdmin(actor: Actor): { ok: true; neighbourhoods: AdminNeighbourhood[] } | Refused {
  if (!can(actor, "admin.manage")) return { ok: false, error: "forbidden" };
  const rows = db.select().from(neighbourhoods).orderBy(asc(neighbourhoods.name)).all();
  const codes = db.select({ pc4: postcodes.pc4, neighbourhoodId: postcodes.neighbourhoodId }).from(postcodes).orderBy(asc(postcodes.pc4)).all();
  return {
    ok: true,
    neighbourhoods: rows.map((row) => ({ ...row, postcodes: codes.filter((c) => c.neighbourhoodId === row.id).map((c) => c.pc4) })),
  };
}

export function getNeighbourhoodForAdmin(actor: Actor, id: number): { ok: true; neighbourhood: AdminNeighbourhood } | Refused {
  if (!can(actor, "admin.manage")) return { ok: false, error: "forbidden" };
  const row = db.select().from(neighbourhoods).where(eq(neighbourhoods.id, id)).get();
  if (!row) return { ok: false, error: "not_found" };
  const codes = db.select({ pc4: postcodes.pc4 }).from(postcodes).where(eq(postcodes.neighbourhoodId, id)).orderBy(asc(postcodes.pc4)).all();
  return { ok: true, neighbourhood: { ...row, postcodes: codes.map((c) => c.pc4) } };
}

export type SaveNeighbourhoodResult =
  | { ok: true; id: number; slug: string }
  | Refused
  | { ok: false; error: "postcode_taken"; postcode: string; neighbourhood: string }
  | { ok: false; error: "name_taken" };

/** Creates a neighbourhood (no id) or changes one. Its slug, and so its public address, stays when renamed. */
export function saveNeighbourhood(actor: Actor, id: number | null, input: NeighbourhoodInput): SaveNeighbourhoodResult {
  if (!can(actor, "admin.manage")) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    if (id !== null && !tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.id, id)).get()) {
      return { ok: false, error: "not_found" } as const;
    }
    const sameName = tx
      .select({ id: neighbourhoods.id })
      .from(neighbourhoods)
      .where(id === null ? eq(neighbourhoods.name, input.name) : and(eq(neighbourhoods.name, input.name), ne(neighbourhoods.id, id)))
      .get();
    if (sameName) return { ok: false, error: "name_taken" } as const;
    const codes = [...new Set(input.postcodes)];
    const elsewhere = tx
      .select({ pc4: postcodes.pc4, neighbourhood: neighbourhoods.name, neighbourhoodId: postcodes.neighbourhoodId })
      .from(postcodes)
      .innerJoin(neighbourhoods, eq(neighbourhoods.id, postcodes.neighbourhoodId))
      .where(inArray(postcodes.pc4, codes))
      .all()
      .find((row) => row.neighbourhoodId !== id);
    if (elsewhere) return { ok: false, error: "postcode_taken", postcode: elsewhere.pc4, neighbourhood: elsewhere.neighbourhood } as const;

    const values = { name: input.name, description: input.description ?? "", lat: input.lat, lng: input.lng };
    let neighbourhoodId = id;
    if (neighbourhoodId === null) {
      const slug = allocateSlug(tx, neighbourhoods, slugify(input.name) || SLUG_FALLBACKS.neighbourhood);
      neighbourhoodId = tx
        .insert(neighbourhoods)
        .values({ ...values, slug })
        .returning({ id: neighbourhoods.id })
        .get().id;
    } else {
      tx.update(neighbourhoods).set(values).where(eq(neighbourhoods.id, neighbourhoodId)).run();
    }
    const before = new Set(
      tx
        .select({ pc4: postcodes.pc4 })
        .from(postcodes)
        .where(eq(postcodes.neighbourhoodId, neighbourhoodId))
        .all()
        .map((r) => r.pc4),
    );
    const removed = [...before].filter((code) => !codes.includes(code));
    const added = codes.filter((code) => !before.has(code));
    if (removed.length > 0) tx.delete(postcodes).where(inArray(postcodes.pc4, removed)).run();
    // A new postcode starts at the neighbourhood's centroid: good enough for distances until someone knows better.
    if (added.length > 0)
      tx.insert(postcodes)
        .values(added.map((pc4) => ({ pc4, neighbourhoodId, lat: input.lat, lng: input.lng })))
        .run();
    recordAudit(tx, actor, {
      action: id === null ? "create" : "update",
      entityType: "neighbourhood",
      entityId: neighbourhoodId,
      detail: [input.name, added.length ? `+${added.join(",")}` : "", removed.length ? `-${removed.join(",")}` : ""].filter(Boolean).join(" "),
    });
    const slug = tx.select({ slug: neighbourhoods.slug }).from(neighbourhoods).where(eq(neighbourhoods.id, neighbourhoodId)).get()!.slug;
    return { ok: true, id: neighbourhoodId, slug } as const;
  });
}
