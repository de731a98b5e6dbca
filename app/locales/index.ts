import enCollective from "./en/collective";
import enCommon from "./en/common";
import enDirectory from "./en/directory";
import enHelping from "./en/helping";
import enOpenData from "./en/open-data";
import enInsights from "./en/insights";
import enMap from "./en/map";
import enPrint from "./en/print";
import enOrganiser from "./en/organiser";
import enMail from "./en/mail";
import enPlatform from "./en/platform";
import enStatements from "./en/statements";
import enReferrals from "./en/referrals";
import enTakingPart from "./en/taking-part";
import enVocabulary from "./en/vocabulary";
import enWorkspace from "./en/workspace";
import nlCollective from "./nl/collective";
import nlCommon from "./nl/common";
import nlDirectory from "./nl/directory";
import nlHelping from "./nl/helping";
import nlOpenData from "./nl/open-data";
import nlInsights from "./nl/insights";
import nlMap from "./nl/map";
import nlPrint from "./nl/print";
import nlOrganiser from "./nl/organiser";
import nlMail from "./nl/mail";
import nlPlatform from "./nl/platform";
import nlStatements from "./nl/statements";
import nlReferrals from "./nl/referrals";
import nlTakingPart from "./nl/taking-part";
import nlVocabulary from "./nl/vocabulary";
import nlWorkspace from "./nl/workspace";

/** One translation tree per language; each domain owns one file in nl/ and en/, under its own key. */
export const messages = {
  nl: {
    ...nlCommon,
    vocab: nlVocabulary,
    directory: nlDirectory,
    organiser: nlOrganiser,
    workspace: nlWorkspace,
    referrals: nlReferrals,
    collective: nlCollective,
    helping: nlHelping,
    openData: nlOpenData,
    insights: nlInsights,
    map: nlMap,
    print: nlPrint,
    platform: nlPlatform,
    mail: nlMail,
    statements: nlStatements,
    takingPart: nlTakingPart,
  },
  en: {
    ...enCommon,
    vocab: enVocabulary,
    directory: enDirectory,
    organiser: enOrganiser,
    workspace: enWorkspace,
    referrals: enReferrals,
    collective: enCollective,
    helping: enHelping,
    openData: enOpenData,
    insights: enInsights,
    map: enMap,
    print: enPrint,
    platform: enPlatform,
    mail: enMail,
    statements: enStatements,
    takingPart: enTakingPart,
  },
};

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";

export function isLocale(value: unknown): value is Locale {
  return value === "nl" || value === "en";
}
