import type { MetaDescriptor } from "@remix-run/node";
import { lookupMessage } from "./i18n";

type Matches = { id: string; data: unknown; pathname?: string }[];

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

/**
 * The address of this page in a language: Dutch without a parameter, English with ?lang=en
 * (the language detection reads it), always on the public URL and without other parameters.
 */
function pageUrl(matches: Matches, locale: string): string | null {
  const root = matches.find((m) => m.id === "root")?.data as { publicUrl?: string } | undefined;
  const pathname = matches.at(-1)?.pathname;
  if (!root?.publicUrl || !pathname) return null;
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  return `${root.publicUrl}${path}${locale === "en" ? "?lang=en" : ""}`;
}

/** Title, description, canonical URL, Open Graph and the nl/en alternates of a public page. */
export function metaPage(matches: Matches, title: string, description: string): MetaDescriptor[] {
  const locale = (matches.find((m) => m.id === "root")?.data as { locale?: string } | undefined)?.locale ?? "nl";
  const own = pageUrl(matches, locale);
  const dutch = pageUrl(matches, "nl");
  const english = pageUrl(matches, "en");
  const links: MetaDescriptor[] =
    own && dutch && english
      ? [
          { tagName: "link", rel: "canonical", href: own },
          { tagName: "link", rel: "alternate", hrefLang: "nl", href: dutch },
          { tagName: "link", rel: "alternate", hrefLang: "en", href: english },
          { tagName: "link", rel: "alternate", hrefLang: "x-default", href: dutch },
          { property: "og:url", content: own },
        ]
      : [];
  return [
    { title: `${title} · ${siteName(matches)}` },
    { name: "description", content: description },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: "Wijkmarkt" },
    { property: "og:locale", content: locale === "en" ? "en_GB" : "nl_NL" },
    { property: "og:locale:alternate", content: locale === "en" ? "nl_NL" : "en_GB" },
    ...links,
  ];
}
