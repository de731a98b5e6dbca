import { createCookie } from "@remix-run/node";
import type { TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "~/locales";
import { ownCookieHeader } from "./cookies.server";
import { serverI18n } from "./messages.server";

export const localeCookie = createCookie("wm_lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/**
 * Language: a signed-in user's choice, else ?lang= in the address (so each language has its own
 * URL for search engines), else the remembered cookie, else Accept-Language, else Dutch.
 */
const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    cookie: localeCookie,
    searchParamKey: "lang",
    order: ["searchParams", "cookie", "header"],
  },
});

export async function detectLocale(request: Request, userLocale?: Locale | null): Promise<Locale> {
  if (userLocale) return userLocale;
  // The detector sees only our cookies: a stranger's cookie must never decide or break anything.
  const headers = new Headers({ Cookie: ownCookieHeader(request), "Accept-Language": request.headers.get("Accept-Language") ?? "" });
  const detected = await detector.getLocale(new Request(request.url, { headers }));
  return isLocale(detected) ? detected : DEFAULT_LOCALE;
}

/** A translator for server-side text: page titles, emails, validation messages. */
export function getTranslator(locale: Locale): TFunction {
  return serverI18n(locale).t;
}
