/**
 * Email: messages wait in the `email_outbox` table and go out over SMTP when SMTP_URL is set.
 * In-app notifications reach people by email as ONE digest per person, never a mail per event.
 */
import { and, asc, eq, inArray, isNull, lt, lte } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { emailOutbox, notifications } from "~db/schema";
import { emailKindOf } from "~/domain/email-preferences";
import { isLocale } from "~/locales";
import { getEmailPreferences, unsubscribeToken } from "~/models/email-preferences.server";
import { loadActor } from "./auth.server";
import type { Actor } from "./permissions";
import { sendReminders } from "./reminders.server";
import { db, type Conn } from "./db.server";
import { getEnv } from "./env.server";
import { getTranslator } from "./i18n.server";
import { logError } from "./log.server";

/** After this many failed tries a message stays in the outbox with its last error, for a person to look at. */
export const MAX_EMAIL_ATTEMPTS = 5;
const DRAIN_BATCH = 50;
/** Notifications younger than this wait for the next digest: whoever reads them in the app gets no mail. */
export const DIGEST_DELAY_MS = 10 * 60 * 1000;
const OUTBOX_INTERVAL_MS = 10_000;
const DIGEST_INTERVAL_MS = 60_000;

/** `body` is the plain-text part every message has; `html` an optional HTML part beside it. */
export type OutgoingEmail = { to: string; subject: string; body: string; html?: string; unsubscribeUrl?: string };

export function queueEmail(tx: Conn, email: OutgoingEmail) {
  tx.insert(emailOutbox).values({ ...email, html: email.html ?? null, unsubscribeUrl: email.unsubscribeUrl ?? null }).run();
}

let transport: { url: string; transporter: Transporter } | null = null;

function transporterFor(url: string): Transporter {
  if (transport?.url !== url) {
    transport?.transporter.close();
    transport = { url, transporter: nodemailer.createTransport(url) };
  }
  return transport.transporter;
}

let draining: Promise<DrainResult> | null = null;
/** Set by stopEmailWorker: the drain in progress ends after the message in hand. */
let stopRequested = false;

export type DrainResult = { sent: number; failed: number };

/**
 * Sends what waits in the outbox, oldest first. Without SMTP_URL nothing leaves. Overlapping calls share one run,
 * so a slow mail server never leads to a message being sent twice by this process.
 */
export function drainOutbox(): Promise<DrainResult> {
  draining ??= drain().finally(() => {
    draining = null;
  });
  return draining;
}

async function drain(): Promise<DrainResult> {
  stopRequested = false;
  const url = getEnv().SMTP_URL;
  if (!url) return { sent: 0, failed: 0 };
  const pending = db
    .select()
    .from(emailOutbox)
    .where(and(isNull(emailOutbox.sentAt), lt(emailOutbox.attempts, MAX_EMAIL_ATTEMPTS)))
    .orderBy(asc(emailOutbox.id))
    .limit(DRAIN_BATCH)
    .all();
  const result: DrainResult = { sent: 0, failed: 0 };
  const transporter = transporterFor(url);
  for (const email of pending) {
    // Shutting down: the message in hand is finished and recorded, the rest waits for the next start.
    if (stopRequested) break;
    try {
      await transporter.sendMail({
        from: getEnv().MAIL_FROM,
        to: email.to,
        subject: email.subject,
        text: email.body,
        html: email.html ?? undefined,
        // RFC 8058: mail clients offer "unsubscribe" and POST to the address without opening the site.
        headers: email.unsubscribeUrl
          ? { "List-Unsubscribe": `<${email.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
          : undefined,
      });
      db.update(emailOutbox)
        .set({ sentAt: new Date(), attempts: email.attempts + 1, lastError: null })
        .where(eq(emailOutbox.id, email.id))
        .run();
      result.sent++;
    } catch (error) {
      db.update(emailOutbox)
        .set({ attempts: email.attempts + 1, lastError: error instanceof Error ? error.message : String(error) })
        .where(eq(emailOutbox.id, email.id))
        .run();
      result.failed++;
    }
  }
  return result;
}

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
    .where(
      and(
        isNull(notifications.readAt),
        isNull(notifications.emailedAt),
        lte(notifications.createdAt, new Date(now.getTime() - DIGEST_DELAY_MS)),
      ),
    )
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
  if (frequency === "weekly") daysBack = (weekday - (daysBack ? 1 : 0) + 7) % 7 + daysBack;
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
  const municipality = getEnv().MUNICIPALITY_NAME;
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

export function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

let worker: NodeJS.Timeout[] | null = null;

/** Background work of the web server: the outbox every 10 s; reminders and digests every minute. */
export function startEmailWorker() {
  if (worker) return;
  const log = (what: string) => (error: unknown) => logError(`email worker: ${what} failed`, error);
  worker = [
    setInterval(() => {
      drainOutbox().catch(log("outbox"));
    }, OUTBOX_INTERVAL_MS).unref(),
    setInterval(() => {
      try {
        sendReminders();
        sendDigests();
      } catch (error) {
        log("digests")(error);
      }
    }, DIGEST_INTERVAL_MS).unref(),
  ];
}

/**
 * Stops the timers and waits until the message being sent is sent and recorded, so that nothing
 * goes out twice after a restart. Digests and reminders run synchronously, so they are never
 * caught half-way.
 */
export async function stopEmailWorker() {
  if (!worker) return;
  for (const timer of worker) clearInterval(timer);
  worker = null;
  stopRequested = true;
  await draining?.catch(() => undefined);
}
