/**
 * /sitemap.xml and /robots.txt: every public page with the date it last changed, each with its
 * English alternate (?lang=en); the workspace, accounts, private feeds and the API stay out.
 */
import { cachedStatement } from "~/models/initiative.server";
import { PUBLIC_ORGANISATION } from "./rows.server";

type Entry = { path: string; lastmod: number | null };

const STATIC_PAGES = ["/", "/initiatieven", "/wijken", "/vragen", "/open-data"];

/** Where crawlers may not go. Private calendar feeds carry a secret in their address. */
const DISALLOWED = [
  "/werkplek",
  "/mijn",
  "/mijn-organisatie",
  "/beheer",
  "/account",
  "/inloggen",
  "/registreren",
  "/uitloggen",
  "/meldingen",
  "/uitnodiging",
  "/taal",
  "/agenda/",
  "/api/",
];

function entries(): Entry[] {
  const initiatives = cachedStatement(
    "SELECT '/initiatieven/' || slug AS path, updated_at AS lastmod FROM initiatives WHERE status = 'published' ORDER BY id",
  ).all() as Entry[];
  const organisations = cachedStatement(
    `SELECT '/organisaties/' || o.slug AS path,
       max(coalesce(o.verified_at, 0), o.created_at,
           coalesce((SELECT max(updated_at) FROM initiatives p WHERE p.organisation_id = o.id AND p.status = 'published'), 0)) AS lastmod
     FROM organisations o WHERE ${PUBLIC_ORGANISATION} ORDER BY o.id`,
  ).all() as Entry[];
  const neighbourhoods = cachedStatement(
    `SELECT '/wijken/' || n.slug AS path,
       (SELECT max(updated_at) FROM initiatives p WHERE p.neighbourhood_id = n.id AND p.status = 'published') AS lastmod
     FROM neighbourhoods n ORDER BY n.id`,
  ).all() as Entry[];
  const needs = cachedStatement(
    `SELECT '/vragen/' || c.slug AS path,
       max(coalesce(c.published_at, c.created_at), coalesce((SELECT max(created_at) FROM collective_need_updates u WHERE u.collective_need_id = c.id), 0)) AS lastmod
     FROM collective_needs c WHERE c.status IN ('open', 'in_progress', 'answered', 'closed') ORDER BY c.id`,
  ).all() as Entry[];
  return [...STATIC_PAGES.map((path) => ({ path, lastmod: null })), ...initiatives, ...organisations, ...neighbourhoods, ...needs];
}

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!);

export function sitemapXml(baseUrl: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const entry of entries()) {
    const dutch = escapeXml(`${baseUrl}${entry.path}`);
    const english = escapeXml(`${baseUrl}${entry.path}?lang=en`);
    lines.push(
      `<url><loc>${dutch}</loc>${entry.lastmod ? `<lastmod>${new Date(entry.lastmod).toISOString()}</lastmod>` : ""}` +
        `<xhtml:link rel="alternate" hreflang="nl" href="${dutch}"/><xhtml:link rel="alternate" hreflang="en" href="${english}"/></url>`,
    );
  }
  lines.push("</urlset>");
  return `${lines.join("\n")}\n`;
}

export function robotsTxt(baseUrl: string): string {
  return ["User-agent: *", ...DISALLOWED.map((path) => `Disallow: ${path}`), "", `Sitemap: ${baseUrl}/sitemap.xml`, ""].join("\n");
}
