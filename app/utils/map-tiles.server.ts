import { getEnv, type Env } from "./env.server";

/** What a map needs to draw its background; null when tiles are switched off (MAP_TILE_URL empty). */
export type MapTiles = { url: string; attribution: string } | null;

export function mapTiles(env: Pick<Env, "MAP_TILE_URL" | "MAP_TILE_ATTRIBUTION"> = getEnv()): MapTiles {
  return env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION } : null;
}

/**
 * The one origin the CSP lets images come from for the tiles (scheme, host and port of
 * MAP_TILE_URL), or nothing when tiles are off or the setting is not a usable URL.
 */
export function tileImageSources(tileUrl: string | undefined): string[] {
  if (!tileUrl) return [];
  try {
    const url = new URL(tileUrl);
    if (url.protocol !== "https:" && url.protocol !== "http:") return [];
    // Only a plain host name: a template ({s}.tile…) would need a wildcard, and a quote or space
    // could add words to the policy.
    if (!/^[a-z0-9.-]+(:\d+)?$/i.test(url.host)) return [];
    return [url.origin];
  } catch {
    return [];
  }
}
