import type { MetaDescriptor } from "@remix-run/node";
import { lookupMessage } from "./i18n";

type Matches = { id: string; data: unknown }[];

/** A message in the page's language, for meta tags (which run outside React). */
export function message(matches: Matches, key: string, params: Record<string, string | number> = {}): string {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: string } | undefined;
  return lookupMessage(root?.locale ?? "nl", key, params);
}

export function metaTitle(matches: Matches, key: string, params?: Record<string, string | number>): MetaDescriptor[] {
  return [{ title: `${message(matches, key, params)} · Wijkmarkt` }];
}

export function metaPage(matches: Matches, title: string, description: string): MetaDescriptor[] {
  return [
    { title: `${title} · Wijkmarkt` },
    { name: "description", content: description },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
  ];
}
