import { useTranslation } from "react-i18next";

/** Dates in the reader's language; YYYY-MM-DD strings are calendar days, shown as they are. */
export function useFormatDate() {
  const { i18n } = useTranslation();
  const locale = i18n.language === "en" ? "en-GB" : "nl-NL";
  return {
    day: (value: Date | string) =>
      new Date(typeof value === "string" ? `${value}T00:00:00Z` : value).toLocaleDateString(locale, {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: typeof value === "string" ? "UTC" : "Europe/Amsterdam",
      }),
    moment: (value: Date) =>
      value.toLocaleString(locale, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" }),
  };
}
