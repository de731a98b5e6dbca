import type { MetaDescriptor } from "@remix-run/node";

type Matches = { id: string; data: unknown }[];

type Messages = Record<string, unknown>;

/** Looks a message up in the root's messages, for meta tags (which run outside React). */
export function message(matches: Matches, key: string, params: Record<string, string | number> = {}): string {
  const root = matches.find((m) => m.id === "root")?.data as { messages?: Messages } | undefined;
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Messages)[part] : undefined), root?.messages);
  if (typeof value !== "string") return key;
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
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
