import { cachedStatement } from "~/models/initiative.server";

export type NeighbourhoodOption = { id: number; slug: string; name: string };

/** Every neighbourhood by name, for filters and forms (a municipality has tens, not thousands). */
export function listNeighbourhoodOptions(): NeighbourhoodOption[] {
  // On every search request: a prepared statement rather than a freshly built query.
  return cachedStatement("SELECT id, slug, name FROM neighbourhoods ORDER BY name").all() as NeighbourhoodOption[];
}
