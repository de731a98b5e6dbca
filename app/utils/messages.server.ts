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

/** Values i18next reads itself besides filling them in. */
const I18NEXT_VALUES = new Set(["count", "context", "ordinal"]);
/** A message with only `{{name}}` placeholders, split at them: text, name, text, name, …, text. */
type Template = { texts: string[]; names: string[] };
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** The message as a template, or null when i18next must read it (nesting, formats, objects, unknown keys). */
function templateOf(message: unknown): Template | null {
  if (typeof message !== "string" || message.includes("$t(")) return null;
  const texts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    texts.push(message.slice(last, match.index));
    names.push(match[1]!);
    last = match.index + match[0].length;
  }
  texts.push(message.slice(last));
  // Anything else between braces ({{- raw}}, {{x, number}}, {{a.b}}) is i18next's to read, and
  // a count or context picks another form of the message.
  if (texts.some((text) => text.includes("{{")) || names.some((name) => I18NEXT_VALUES.has(name))) return null;
  return { texts, names };
}

/**
 * A page looks up hundreds of messages, and i18next resolves and interpolates each one anew
 * (about 5 % of a directory page's CPU, and again as much for the ones with values). The server's
 * instance has one fixed language and fixed messages, so:
 * - a lookup without parameters, plurals or a default always gives the same text: it is
 *   remembered per key;
 * - a lookup whose only parameters are the values of its `{{name}}` placeholders, each a string
 *   or a number, is filled in from the message split once at its placeholders.
 * Every other call (plurals, context, defaults, nesting, formats, another language) goes to
 * i18next as before.
 */
function rememberPlainMessages(instance: i18n): i18n {
  const translate = instance.t.bind(instance) as (key: unknown, options?: unknown) => unknown;
  const remembered = new Map<string, string>();
  const templates = new Map<string, Template | null>();
  const isDefault = (name: string, value: unknown) =>
    FIXED_T_OPTIONS.has(name) &&
    (value === undefined || value === null || (name === "ns" && value === "translation") || (name === "lng" && value === instance.language));
  // Looped by hand: this runs for every message of every page.
  const plain = (options: unknown) => {
    if (options === undefined) return true;
    if (typeof options !== "object" || options === null) return false;
    for (const name in options) if (Object.hasOwn(options, name) && !isDefault(name, (options as Record<string, unknown>)[name])) return false;
    return true;
  };

  function templateFor(key: string): Template | null {
    let template = templates.get(key);
    if (template === undefined) {
      template = templateOf(instance.getResource(instance.language, "translation", key));
      if (templates.size < MAX_REMEMBERED) templates.set(key, template);
    }
    return template;
  }

  /** The message with its values filled in, or null when the call is not only values for its placeholders. */
  function fillIn(key: string, options: object): string | null {
    const template = templateFor(key);
    if (!template) return null;
    const values = options as Record<string, unknown>;
    for (const name in values) {
      if (!Object.hasOwn(values, name)) continue;
      const value = values[name];
      if (isDefault(name, value)) continue;
      if (!template.names.includes(name) || (typeof value !== "string" && typeof value !== "number")) return null;
    }
    let text = template.texts[0]!;
    for (let i = 0; i < template.names.length; i++) {
      const value = values[template.names[i]!];
      if (value === undefined) return null;
      text += String(value) + template.texts[i + 1]!;
    }
    return text;
  }

  instance.t = ((key: unknown, options?: unknown) => {
    if (typeof key !== "string") return translate(key, options);
    if (!plain(options)) {
      const filled = typeof options === "object" && options !== null ? fillIn(key, options) : null;
      return filled ?? translate(key, options);
    }
    const known = remembered.get(key);
    if (known !== undefined) return known;
    const text = translate(key, options);
    if (typeof text === "string" && remembered.size < MAX_REMEMBERED) remembered.set(key, text);
    return text;
  }) as i18n["t"];
  return instance;
}
