/**
 * In-app notifications reach people by email as ONE digest per person, never a mail per event, at
 * the frequency they chose per kind of message (docs/DESIGN.md, "Email").
 */
import { and, asc, inArray, isNull, lte } from "drizzle-orm";
import { notifications } from "~db/schema";
import { emailKindOf } from "~/domain/email-preferences";
import { isLocale } from "~/locales";
import { getEmailPreferences, unsubscribeToken } from "~/models/email-preferences.server";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { escapeHtml, queueEmail, type OutgoingEmail } from "~/utils/email.server";
import { getEnv } from "~/utils/env.server";
import { getTranslator } from "~/utils/i18n.server";
import type { Actor } from "~/utils/permissions";

/** Notifications younger than this wait for the next digest: whoever reads them in the app gets no mail. */
export const DIGEST_DELAY_MS = 10 * 60 * 1000;

/**
 * Turns every unread notification not yet emailed (and older than the delay) into one digest per
 * person, in their language, honouring their choice per kind: immediately, in the daily digest
 * (after 07:00), in the weekly one (Monday after 07:00), or never. Notifications go out at most once.
 */
export function sendDigests(now = new Date()): number {
  const rows = db
    .select({
      id: notifications.id,
      userId: notifications.userId,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(and(isNull(notifications.readAt), isNull(notifications.emailedAt), lte(notifications.createdAt, new Date(now.getTime() - DIGEST_DELAY_MS))))
    .orderBy(asc(notifications.userId), asc(notifications.createdAt), asc(notifications.id))
    .all();
  const perUser = new Map<string, typeof rows>();
  for (const row of rows) perUser.set(row.userId, [...(perUser.get(row.userId) ?? []), row]);

  const cutoff = { immediately: now, daily: latestDigestMoment(now, "daily"), weekly: latestDigestMoment(now, "weekly") };
  const handled: number[] = [];
  let digests = 0;
  db.transaction((tx) => {
    for (const [userId, items] of perUser) {
      const actor = loadActor(userId);
      // Blocked accounts get no mail; their notifications wait.
      if (!actor) continue;
      const preferences = getEmailPreferences(actor);
      const due = items.filter((item) => {
        const frequency = preferences[emailKindOf(item.kind)];
        if (frequency === "never") handled.push(item.id);
        return frequency !== "never" && item.createdAt < cutoff[frequency];
      });
      if (due.length === 0) continue;
      queueEmail(tx, digestEmail(actor, due));
      handled.push(...due.map((item) => item.id));
      digests++;
    }
    for (let i = 0; i < handled.length; i += 500) {
      tx.update(notifications)
        .set({ emailedAt: now })
        .where(inArray(notifications.id, handled.slice(i, i + 500)))
        .run();
    }
  });
  return digests;
}

const amsterdamParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  weekday: "short",
});

/** The moment the daily digest (07:00 in Amsterdam) or the weekly one (Monday 07:00) last went out, at or before `now`. */
export function latestDigestMoment(now: Date, frequency: "daily" | "weekly"): Date {
  const parts = Object.fromEntries(amsterdamParts.formatToParts(now).map((part) => [part.type, part.value]));
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday!);
  let daysBack = Number(parts.hour) < DIGEST_HOUR ? 1 : 0;
  if (frequency === "weekly") daysBack = ((weekday - (daysBack ? 1 : 0) + 7) % 7) + daysBack;
  const wallClock = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day) - daysBack, DIGEST_HOUR);
  // Amsterdam is one or two hours ahead of UTC; find the offset of that wall-clock time.
  const offset = [60, 120].find((minutes) => {
    const candidate = new Date(wallClock - minutes * 60_000);
    const check = Object.fromEntries(amsterdamParts.formatToParts(candidate).map((part) => [part.type, part.value]));
    return Number(check.hour) === DIGEST_HOUR;
  })!;
  return new Date(wallClock - offset * 60_000);
}
const DIGEST_HOUR = 7;

function digestEmail(actor: Actor, items: { kind: string; params: Record<string, string | number>; link: string | null }[]): OutgoingEmail {
  const publicUrl = getEnv().PUBLIC_URL.replace(/\/$/, "");
  const municipality = getEnv().MUNICIPALITY;
  const t = getTranslator(isLocale(actor.locale) ? actor.locale : "nl");
  const kinds = [...new Set(items.map((item) => emailKindOf(item.kind)))];
  const unsubscribeUrl = `${publicUrl}/afmelden/${unsubscribeToken(actor.id, kinds)}`;
  const lines = items.map((item) => ({ text: t(item.kind, item.params), url: item.link ? `${publicUrl}${item.link}` : null }));
  const intro = t("notifications.digestIntro", { name: actor.name });
  const outro = t("notifications.digestOutro", { url: `${publicUrl}/meldingen` });
  const footer = [t("mail.footer", { municipality }), t("mail.manage", { url: `${publicUrl}/account#email` }), t("mail.unsubscribe", { url: unsubscribeUrl })];
  const body = [intro, "", ...lines.map((line) => `- ${line.text}${line.url ? `\n  ${line.url}` : ""}`), "", outro, "", "--", ...footer].join("\n");
  const html = [
    `<!doctype html><html lang="${actor.locale}"><body style="font-family:system-ui,sans-serif;color:#1b1f24">`,
    `<p>${escapeHtml(intro)}</p><ul>`,
    ...lines.map((line) => `<li>${line.url ? `<a href="${escapeHtml(line.url)}">${escapeHtml(line.text)}</a>` : escapeHtml(line.text)}</li>`),
    `</ul><p>${escapeHtml(outro)}</p><hr>`,
    ...footer.map((line) => `<p style="font-size:smaller">${escapeHtml(line)}</p>`),
    "</body></html>",
  ].join("\n");
  return { to: actor.email, subject: t("notifications.digestSubject", { count: items.length }), body, html, unsubscribeUrl };
}
