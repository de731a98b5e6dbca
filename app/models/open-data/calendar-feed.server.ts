/**
 * A resident's private calendar feed: a secret address that any calendar app can subscribe to,
 * without signing in. Only the SHA-256 of the secret is stored; making a new address replaces
 * the old one, and revoking removes it, so a leaked address can always be stopped from /mijn.
 */
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { calendarFeeds } from "~db/schema";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";
import { myActivitiesForCalendar, type CalendarListing } from "./calendar.server";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const calendarFeedPath = (token: string) => `/agenda/${token}/vrijwilligerswerk.ics`;

/** Whether the resident has a feed, and since when. */
export function getCalendarFeed(actor: Actor): { createdAt: Date; lastUsedAt: Date | null } | null {
  return (
    db
      .select({ createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, actor.id))
      .get() ?? null
  );
}

/** A new secret address; any earlier one stops working. The secret is shown once, never stored. */
export function createCalendarFeed(actor: Actor): { ok: true; path: string } {
  const token = randomBytes(32).toString("base64url");
  db.transaction((tx) => {
    tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, actor.id)).run();
    tx.insert(calendarFeeds)
      .values({ userId: actor.id, tokenHash: hashToken(token) })
      .run();
  });
  return { ok: true, path: calendarFeedPath(token) };
}

export function revokeCalendarFeed(actor: Actor): { ok: true } | { ok: false; error: "none" } {
  const removed = db.delete(calendarFeeds).where(eq(calendarFeeds.userId, actor.id)).returning({ id: calendarFeeds.id }).all();
  return removed.length > 0 ? { ok: true } : { ok: false, error: "none" };
}

/** The activities behind a secret address; null when the address is unknown or revoked. */
export function listingsForFeedToken(token: string): CalendarListing[] | null {
  if (!TOKEN.test(token)) return null;
  const feed = db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, hashToken(token)))
    .get();
  if (!feed) return null;
  db.update(calendarFeeds)
    .set({ lastUsedAt: new Date() })
    .where(eq(calendarFeeds.tokenHash, hashToken(token)))
    .run();
  return myActivitiesForCalendar(feed.userId);
}
