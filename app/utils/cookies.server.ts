/**
 * Reading our own cookies from a Cookie header that may hold anything: other sites' and scripts'
 * cookies on the same host, bad percent-encoding (`analytics=50%`), no `=` at all. Nothing here
 * throws, and cookies that are not ours are never looked at.
 */
const OWN_PREFIX = "wm_";

function* cookiePairs(header: string | null): Generator<[string, string]> {
  if (!header) return;
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    yield [part.slice(0, at).trim(), part.slice(at + 1).trim()];
  }
}

/** The value of one cookie as sent (still encoded); null when it is missing. */
export function readRawCookie(header: string | null, name: string): string | null {
  for (const [key, raw] of cookiePairs(header)) if (key === name) return raw;
  return null;
}

/** The value of one cookie, decoded; null when it is missing or not decodable. */
export function readCookie(header: string | null, name: string): string | null {
  for (const [key, raw] of cookiePairs(header)) {
    if (key !== name) continue;
    const value = raw.startsWith('"') && raw.endsWith('"') && raw.length > 1 ? raw.slice(1, -1) : raw;
    try {
      return decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  return null;
}

/** A Cookie header with only this site's cookies, for libraries that parse the whole header. */
export function ownCookieHeader(request: Request): string {
  return [...cookiePairs(request.headers.get("Cookie"))]
    .filter(([key]) => key.startsWith(OWN_PREFIX))
    .map(([key, value]) => `${key}=${value}`)
    .join("; ");
}
