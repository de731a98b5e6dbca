import { createCookie } from "@remix-run/node";
import { createInstance, type TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { DEFAULT_LOCALE, isLocale, LOCALES, messages, type Locale } from "~/locales";

export const localeCookie = createCookie("wm_lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** Language: a signed-in user's choice, else the remembered cookie, else Accept-Language, else Dutch. */
const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    cookie: localeCookie,
    order: ["cookie", "header"],
  },
});

export async function detectLocale(request: Request, userLocale?: Locale | null): Promise<Locale> {
  if (userLocale) return userLocale;
  const detected = await detector.getLocale(request);
  return isLocale(detected) ? detected : DEFAULT_LOCALE;
}

const translators = new Map<Locale, TFunction>();

/** A translator for server-side text: page titles, emails, validation messages. */
export function getTranslator(locale: Locale): TFunction {
  let t = translators.get(locale);
  if (!t) {
    const instance = createInstance();
    void instance.init({
      lng: locale,
      resources: { [locale]: { translation: messages[locale] } },
      interpolation: { escapeValue: false },
      initImmediate: false,
    });
    t = instance.t;
    translators.set(locale, t);
  }
  return t;
}
