import type { TFunction } from "i18next";
import type { Reason } from "~/matching";
import { numberFormat } from "~/utils/number-format";

/** Distances as people read them: "1,2 km" in Dutch, "1.2 km" in English. */
export function formatKm(km: number, locale: string) {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(km);
}

/** One matching reason in plain words, in the reader's language. */
export function reasonText(t: TFunction, reason: Reason, locale: string): string {
  const params = reason.params ?? {};
  switch (reason.code) {
    case "domain_primary":
    case "domain_listed":
      return t(`referrals.reason.${reason.code}`, { domain: t(`vocab.domain.${params.domain}`) });
    case "distance_km":
      return t("referrals.reason.distance_km", { km: formatKm(Number(params.km), locale) });
    case "target_group_match":
      return t("referrals.reason.target_group_match", { group: t(`vocab.targetGroup.${params.group}`).toLowerCase() });
    case "day_fits":
      return t("referrals.reason.day_fits", { weekday: t(`vocab.weekday.${params.weekday}`) });
    case "language_match":
      return t("referrals.reason.language_match", { language: t(`vocab.language.${params.language}`, { defaultValue: String(params.language) }) });
    case "access_met":
    case "access_unmet":
    case "access_unknown":
      return t(`referrals.reason.${reason.code}_${params.feature}`);
    case "places_available":
      return t("referrals.reason.places_available", { count: Number(params.count) });
    default:
      return t(`referrals.reason.${reason.code}`);
  }
}
