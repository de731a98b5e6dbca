const BASE = "http://same-site.invalid";

/**
 * A return path (after login, after switching language) that stays on this site, or `fallback`.
 * The check is the browser's own: the WHATWG URL parser drops tabs and newlines and reads `\` as
 * `/`, so `/\t/evil.example` and `/\evil.example` become `//evil.example`, another host. A value
 * with a control character (tab, CR, LF) is refused outright, whatever the parser would make of it.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.length > 2000 || hasControlCharacter(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Encoded slashes stay a path for the browser, but a proxy that decodes them would see `//host`.
  if (/^\/(?:\/|\\|%2f|%5c)/i.test(path)) return fallback;
  return path;
}

function hasControlCharacter(text: string) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
