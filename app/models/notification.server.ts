import { and, count, desc, eq, isNull } from "drizzle-orm";
import { notifications } from "~db/schema";
import { db, type Conn } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";

/**
 * Tells users something in the app. `message` is a locale key (its text uses `params`), so each
 * reader sees their own language; email digests are built from these rows later. When `params`
 * name a person, `about` is that person: their messages go when their account goes.
 */
export function notify(
  tx: Conn,
  userIds: string[],
  message: string,
  params: Record<string, string | number> = {},
  link: string | null = null,
  about: string | null = null,
) {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  tx.insert(notifications)
    .values(unique.map((userId) => ({ userId, kind: message, params, link, aboutUserId: about })))
    .run();
}

export function countUnread(actor: Actor): number {
  return (
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
      .get()?.n ?? 0
  );
}

const NOTIFICATION_PAGE_SIZE = 100;

/** The actor's own notifications, newest first. */
export function listNotifications(actor: Actor) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, actor.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATION_PAGE_SIZE)
    .all();
}

export function markAllNotificationsRead(actor: Actor, now = new Date()) {
  db.update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
    .run();
}
