/**
 * Intl.NumberFormat made once per locale and options: making one costs far more than using it,
 * and a page formats a distance per match or card (decision 024). The keys are few (site
 * languages × a handful of option sets); the bound only guards against a caller passing input.
 */
const MAX_FORMATS = 100;
const formats = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    // A bad locale or option throws here, as `new Intl.NumberFormat` does, and is never stored.
    found = new Intl.NumberFormat(locale, options);
    if (formats.size >= MAX_FORMATS) formats.clear();
    formats.set(key, found);
  }
  return found;
}
