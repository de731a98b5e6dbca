/** The statements an admin maintains in the site (accessibility, privacy), per language. */
import { and, eq } from "drizzle-orm";
import { siteContent, users } from "~db/schema";
import { DEFAULT_STATEMENTS, type StatementKey } from "~/content/statements";
import type { Locale } from "~/locales";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { recordAudit } from "./audit.server";

export type Statement = { body: string; updatedAt: Date | null; updatedBy: string | null; isDefault: boolean };

/** The admin's text when there is one, else the text that ships with Wijkmarkt. */
export function getStatement(key: StatementKey, locale: Locale): Statement {
  const row = db
    .select({ body: siteContent.body, updatedAt: siteContent.updatedAt, updatedBy: users.name })
    .from(siteContent)
    .leftJoin(users, eq(users.id, siteContent.updatedBy))
    .where(and(eq(siteContent.key, key), eq(siteContent.locale, locale)))
    .get();
  if (!row) return { body: DEFAULT_STATEMENTS[key][locale], updatedAt: null, updatedBy: null, isDefault: true };
  return { ...row, isDefault: false };
}

export type SaveStatementResult = { ok: true } | { ok: false; error: "forbidden" };

/** Saves both languages at once; text equal to the shipped default removes the admin's version. */
export function saveStatement(actor: Actor, key: StatementKey, bodies: Record<Locale, string>, now = new Date()): SaveStatementResult {
  if (!can(actor, "admin.manage")) return { ok: false, error: "forbidden" };
  db.transaction((tx) => {
    for (const locale of Object.keys(bodies) as Locale[]) {
      const body = bodies[locale].replace(/\r\n/g, "\n").trim();
      const where = and(eq(siteContent.key, key), eq(siteContent.locale, locale));
      if (body === DEFAULT_STATEMENTS[key][locale]) {
        tx.delete(siteContent).where(where).run();
        continue;
      }
      tx.insert(siteContent)
        .values({ key, locale, body, updatedAt: now, updatedBy: actor.id })
        .onConflictDoUpdate({ target: [siteContent.key, siteContent.locale], set: { body, updatedAt: now, updatedBy: actor.id } })
        .run();
    }
    recordAudit(tx, actor, { action: "update", entityType: "site_content", entityId: key });
  });
  return { ok: true };
}
