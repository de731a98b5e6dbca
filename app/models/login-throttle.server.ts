/**
 * Slowing down password guessing per account, whatever address the guesses come from (the
 * per-address limit lives in the Express layer). After FREE_FAILURES wrong passwords in a row the
 * account is locked for a while that doubles with each further failure, up to MAX_LOCK_MS; a
 * correct login clears it. Addresses without an account are counted the same way, so the lock
 * reveals nothing about which addresses exist.
 */
import { createHash } from "node:crypto";
import { eq, lt } from "drizzle-orm";
import { loginThrottles } from "~db/schema";
import { db } from "~/utils/db.server";

export const FREE_FAILURES = 5;
const FIRST_LOCK_MS = 30 * 1000;
const MAX_LOCK_MS = 15 * 60 * 1000;
/** A run of failures is forgotten after a day without one. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

function keyOf(email: string) {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/** Minutes until the account may try again, or null when it may try now. */
export function lockedMinutes(email: string, now = new Date()): number | null {
  const row = db
    .select()
    .from(loginThrottles)
    .where(eq(loginThrottles.emailHash, keyOf(email)))
    .get();
  if (!row?.lockedUntil || row.lockedUntil <= now) return null;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 60_000);
}

export function recordLoginFailure(email: string, now = new Date()) {
  const emailHash = keyOf(email);
  db.transaction((tx) => {
    tx.delete(loginThrottles)
      .where(lt(loginThrottles.lastFailureAt, new Date(now.getTime() - FORGET_AFTER_MS)))
      .run();
    const row = tx.select().from(loginThrottles).where(eq(loginThrottles.emailHash, emailHash)).get();
    const failures = (row?.failures ?? 0) + 1;
    const over = failures - FREE_FAILURES;
    const lockedUntil = over >= 0 ? new Date(now.getTime() + Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(over, 20))) : null;
    tx.insert(loginThrottles)
      .values({ emailHash, failures, lastFailureAt: now, lockedUntil })
      .onConflictDoUpdate({ target: loginThrottles.emailHash, set: { failures, lastFailureAt: now, lockedUntil } })
      .run();
  });
}

export function clearLoginFailures(email: string) {
  db.delete(loginThrottles)
    .where(eq(loginThrottles.emailHash, keyOf(email)))
    .run();
}
