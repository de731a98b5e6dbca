import { createHash } from "node:crypto";
import type { i18n } from "i18next";
import { LOCALES, messages, type Locale } from "~/locales";
import { createI18n } from "./i18n";

globalThis.__wmMessages = messages;

/**
 * Each language's messages as a small script the browser caches for good: the address carries a
 * hash of the content, so pages stay light and a new release still gets new texts.
 */
const scripts = Object.fromEntries(
  LOCALES.map((locale) => {
    const body = `globalThis.__wmMessages={${JSON.stringify(locale)}:${JSON.stringify(messages[locale])}};`;
    const version = createHash("sha256").update(body).digest("hex").slice(0, 12);
    return [locale, { body, version }];
  }),
) as Record<Locale, { body: string; version: string }>;

export function messageScript(locale: Locale) {
  return scripts[locale];
}

const instances = new Map<Locale, i18n>();

export function serverI18n(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = rememberPlainMessages(createI18n(locale, messages[locale]));
    instances.set(locale, instance);
  }
  return instance;
}

/** What react-i18next's `t` adds to a call without options of its own. */
const FIXED_T_OPTIONS = new Set(["lng", "lngs", "ns", "keyPrefix"]);
/** Far above the number of message keys: a key made from input can never grow the map without bound. */
const MAX_REMEMBERED = 10_000;

/**
 * A page looks up hundreds of messages, most without parameters, and i18next resolves each one
 * anew (about 5 % of a directory page's CPU). The server's instance has one fixed language and
 * fixed messages, so a lookup without parameters, plurals or a default always gives the same
 * text: it is remembered per key. Every other call goes to i18next as before.
 */
function rememberPlainMessages(instance: i18n): i18n {
  const translate = instance.t.bind(instance) as (key: unknown, options?: unknown) => unknown;
  const remembered = new Map<string, string>();
  const plain = (options: unknown) =>
    options === undefined ||
    (typeof options === "object" &&
      options !== null &&
      Object.entries(options).every(
        ([name, value]) =>
          FIXED_T_OPTIONS.has(name) &&
          (value === undefined || value === null || (name === "ns" && value === "translation") || (name === "lng" && value === instance.language)),
      ));
  instance.t = ((key: unknown, options?: unknown) => {
    if (typeof key !== "string" || !plain(options)) return translate(key, options);
    const known = remembered.get(key);
    if (known !== undefined) return known;
    const text = translate(key, options);
    if (typeof text === "string" && remembered.size < MAX_REMEMBERED) remembered.set(key, text);
    return text;
  }) as i18n["t"];
  return instance;
}
