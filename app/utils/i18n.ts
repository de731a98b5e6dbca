import { createInstance, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";

export type MessageTree = Record<string, unknown>;

declare global {
  // The messages of the page's language: set by /locales/<lang>.js in the browser, by entry.server on the server.
  var __wmMessages: Partial<Record<string, MessageTree>> | undefined;
}

/** An i18next instance for one language; interpolation is left to React, which escapes. */
export function createI18n(locale: string, messages: MessageTree): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: messages } },
    interpolation: { escapeValue: false },
    initImmediate: false,
    react: { useSuspense: false },
  });
  return instance;
}

/** Looks a message up outside React (meta tags), in the messages registered for the language. */
export function lookupMessage(locale: string, key: string, params: Record<string, string | number> = {}): string {
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as MessageTree)[part] : undefined), globalThis.__wmMessages?.[locale]);
  if (typeof value !== "string") return key;
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
}
