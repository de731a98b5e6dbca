/**
 * Email: messages wait in the `email_outbox` table and go out over SMTP when SMTP_URL is set.
 * In-app notifications reach people by email as ONE digest per person, never a mail per event.
 */
import { and, asc, eq, inArray, isNull, lt, lte } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { emailOutbox, notifications, users } from "~db/schema";
import { isLocale } from "~/locales";
import { sendReminders } from "./reminders.server";
import { db } from "./db.server";
import { getEnv } from "./env.server";
import { getTranslator } from "./i18n.server";
import { logError } from "./log.server";

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** After this many failed tries a message stays in the outbox with its last error, for a person to look at. */
export const MAX_EMAIL_ATTEMPTS = 5;
const DRAIN_BATCH = 50;
/** Notifications younger than this wait for the next digest: whoever reads them in the app gets no mail. */
export const DIGEST_DELAY_MS = 10 * 60 * 1000;
const OUTBOX_INTERVAL_MS = 10_000;
const DIGEST_INTERVAL_MS = 60_000;

export type OutgoingEmail = { to: string; subject: string; body: string };

export function queueEmail(tx: Tx | typeof db, email: OutgoingEmail) {
  tx.insert(emailOutbox).values(email).run();
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
      await transporter.sendMail({ from: getEnv().MAIL_FROM, to: email.to, subject: email.subject, text: email.body });
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
 * Turns every unread notification not yet emailed (and older than the delay) into one digest
 * per person, in their language, and marks those notifications as emailed.
 */
export function sendDigests(now = new Date()): number {
  const rows = db
    .select({
      id: notifications.id,
      userId: notifications.userId,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      email: users.email,
      name: users.name,
      locale: users.locale,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
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

  const publicUrl = getEnv().PUBLIC_URL.replace(/\/$/, "");
  db.transaction((tx) => {
    for (const items of perUser.values()) {
      const { email, name, locale } = items[0];
      const t = getTranslator(isLocale(locale) ? locale : "nl");
      const lines = items.map((item) => `- ${t(item.kind, item.params)}${item.link ? `\n  ${publicUrl}${item.link}` : ""}`);
      queueEmail(tx, {
        to: email,
        subject: t("notifications.digestSubject", { count: items.length }),
        body: [t("notifications.digestIntro", { name }), "", ...lines, "", t("notifications.digestOutro", { url: `${publicUrl}/meldingen` })].join("\n"),
      });
    }
    const ids = rows.map((row) => row.id);
    for (let i = 0; i < ids.length; i += 500) {
      tx.update(notifications)
        .set({ emailedAt: now })
        .where(inArray(notifications.id, ids.slice(i, i + 500)))
        .run();
    }
  });
  return perUser.size;
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
