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
    instance = createI18n(locale, messages[locale]);
    instances.set(locale, instance);
  }
  return instance;
}
