/** Readable addresses: "Taalcafé De Ster!" → /initiatieven/taalcafe-de-ster. */

const MAX_SLUG_LENGTH = 60;

/** "Taalcafé De Ster!" → "taalcafe-de-ster"; empty when nothing readable is left. */
export function slugify(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
}

/** The base itself when free, else base-2, base-3, … (the first number not yet taken). */
export function firstFreeSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** What a title that leaves no readable slug is called instead, per kind of page. */
export const SLUG_FALLBACKS = {
  initiative: "initiatief",
  organisation: "organisatie",
  collectiveNeed: "vraag",
  neighbourhood: "wijk",
  team: "wijkteam",
} as const;
