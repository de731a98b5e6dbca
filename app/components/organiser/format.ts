/** "25 november 2026" / "25 November 2026", in the reader's language. */
export function formatDate(value: Date | string, locale: string) {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(
    new Date(value),
  );
}
