import { eq, like, or } from "drizzle-orm";
import { collectiveNeeds, initiatives, neighbourhoods, organisations, teams } from "~db/schema";
import { firstFreeSlug } from "~/domain/slug";
import type { Conn } from "~/utils/db.server";

type SluggedTable = typeof initiatives | typeof organisations | typeof collectiveNeeds | typeof neighbourhoods | typeof teams;

/** The base itself when no row of the table has it, else the first free base-2, base-3, … */
export function allocateSlug(conn: Conn, table: SluggedTable, base: string): string {
  const taken = conn
    .select({ slug: table.slug })
    .from(table)
    .where(or(eq(table.slug, base), like(table.slug, `${base}-%`)))
    .all()
    .map((row) => row.slug);
  return firstFreeSlug(base, new Set(taken));
}
