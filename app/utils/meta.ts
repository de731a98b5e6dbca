import type { MetaDescriptor } from "@remix-run/node";
import { lookupMessage } from "./i18n";

type Matches = { id: string; data: unknown }[];

/** A message in the page's language, for meta tags (which run outside React). */
export function message(matches: Matches, key: string, params: Record<string, string | number> = {}): string {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: string } | undefined;
  return lookupMessage(root?.locale ?? "nl", key, params);
}

/** "Wijkmarkt · Gemeente X": the product's name, then the municipality that runs it. */
export function siteName(matches: Matches): string {
  const root = matches.find((m) => m.id === "root")?.data as { municipality?: { name: string } } | undefined;
  return root?.municipality ? `Wijkmarkt · ${root.municipality.name}` : "Wijkmarkt";
}

export function metaTitle(matches: Matches, key: string, params?: Record<string, string | number>): MetaDescriptor[] {
  return [{ title: `${message(matches, key, params)} · ${siteName(matches)}` }];
}

export function metaPage(matches: Matches, title: string, description: string): MetaDescriptor[] {
  return [
    { title: `${title} · ${siteName(matches)}` },
    { name: "description", content: description },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
  ];
}
