/**
 * The content version (decision 018): database triggers raise it on every write that can change a
 * public page, so one read tells the page cache whether its stored pages are still current.
 */
import type { Db } from "~db/client";

/**
 * Tables whose writes never change a public page, so they carry no content-version trigger: logs,
 * sessions, mail, invitations and the workspace's own household records. Every other table must
 * have the three triggers (a test checks this when tables are added).
 */
export const TABLES_WITHOUT_PUBLIC_CONTENT = [
  "__drizzle_migrations",
  "sqlite_sequence",
  "content_version",
  "listings_version",
  "places_version",
  "initiatives_fts",
  "initiatives_fts_config",
  "initiatives_fts_content",
  "initiatives_fts_data",
  "initiatives_fts_docsize",
  "initiatives_fts_idx",
  "audit_log",
  "calendar_feeds",
  "consents",
  "email_outbox",
  "email_preferences",
  "helper_invites",
  "household_children",
  "households",
  "intake_answers",
  "intakes",
  "login_throttles",
  "notifications",
  "organisation_invites",
  "plan_actions",
  "plan_goals",
  "plans",
  "referral_events",
  "search_gaps",
  "sessions",
  "user_identities",
] as const;

/** A reader of the current content version on `db`, prepared once: a single-row lookup. */
export function contentVersionReader(db: Db): () => number {
  const statement = db.$client.prepare("select version from content_version where id = 1").pluck();
  return () => statement.get() as number;
}
