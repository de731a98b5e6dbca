import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime, type DateValue } from "~/utils/dates";

/** Dates in the reader's language, in Amsterdam time (app/utils/dates.ts). */
export function useFormatDate() {
  const { i18n } = useTranslation();
  return {
    day: (value: DateValue) => formatDate(value, i18n.language),
    moment: (value: DateValue) => formatDateTime(value, i18n.language),
    time: (value: Date) => value.toLocaleTimeString(i18n.language, { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" }),
  };
}
