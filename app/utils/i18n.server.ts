import { createCookie } from "@remix-run/node";
import type { TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "~/locales";
import { readRawCookie } from "./cookies.server";
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

export function detectLocale(request: Request, userLocale?: Locale | null): Promise<Locale> {
  if (userLocale) return Promise.resolve(userLocale);
  return localeOf(request.url, request.headers.get("Cookie"), request.headers.get("Accept-Language"));
}

/** Inputs longer than any browser sends are detected each time rather than remembered. */
const MAX_REMEMBERED_INPUTS = 512;
const MAX_REMEMBERED = 1000;
const detected = new Map<string, Locale>();
const NOT_HEADER_TEXT = /[^\x20-\x7e]/g;

/**
 * A visitor's language from what decides it: ?lang= in the address, our language cookie and
 * Accept-Language. The detector parses them anew on every call (about 2 % of a directory page's
 * CPU, with the Request built for it); the same inputs always give the same language, so each
 * answer is remembered. Only these inputs reach the detector: a stranger's cookie never decides
 * or breaks anything.
 */
export async function localeOf(url: string, cookieHeader: string | null | undefined, acceptLanguage: string | null | undefined): Promise<Locale> {
  const query = url.indexOf("?");
  const lang = query < 0 || !url.includes("lang=", query) ? null : new URLSearchParams(url.slice(query + 1)).get("lang");
  const cookie = cookieHeader?.includes(localeCookie.name) ? readRawCookie(cookieHeader, localeCookie.name) : null;
  const inputs = `${lang ?? ""}\n${cookie ?? ""}\n${acceptLanguage ?? ""}`;
  const known = detected.get(inputs);
  if (known) return known;
  // Language tags are plain ASCII; anything else would make the header invalid, not another language.
  const headers = new Headers({
    Cookie: cookie === null ? "" : `${localeCookie.name}=${cookie.replace(NOT_HEADER_TEXT, "")}`,
    "Accept-Language": (acceptLanguage ?? "").replace(NOT_HEADER_TEXT, ""),
  });
  const address = lang === null ? "http://localhost/" : `http://localhost/?${new URLSearchParams({ lang })}`;
  const locale = await detector.getLocale(new Request(address, { headers }));
  const result = isLocale(locale) ? locale : DEFAULT_LOCALE;
  if (inputs.length <= MAX_REMEMBERED_INPUTS) {
    if (detected.size >= MAX_REMEMBERED) detected.clear();
    detected.set(inputs, result);
  }
  return result;
}

/** A translator for server-side text: page titles, emails, validation messages. */
export function getTranslator(locale: Locale): TFunction {
  return serverI18n(locale).t;
}
