/** "25 november 2026" in the reader's language, the same on server and client (fixed time zone). */
export function formatDate(value: Date | string, locale: string) {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(value));
}
