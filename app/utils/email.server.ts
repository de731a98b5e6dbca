/**
 * Email: messages wait in the `email_outbox` table and go out over SMTP when SMTP_URL is set.
 * In-app notifications reach people as ONE digest per person (app/jobs/digests.server.ts).
 */
import { and, asc, eq, isNull, lt } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { emailOutbox } from "~db/schema";
import { db, type Conn } from "./db.server";
import { getEnv } from "./env.server";

/** After this many failed tries a message stays in the outbox with its last error, for a person to look at. */
export const MAX_EMAIL_ATTEMPTS = 5;
const DRAIN_BATCH = 50;

/** `body` is the plain-text part every message has; `html` an optional HTML part beside it. */
export type OutgoingEmail = { to: string; subject: string; body: string; html?: string; unsubscribeUrl?: string };

export function queueEmail(tx: Conn, email: OutgoingEmail) {
  tx.insert(emailOutbox)
    .values({ ...email, html: email.html ?? null, unsubscribeUrl: email.unsubscribeUrl ?? null })
    .run();
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
/** Set by stopDraining: the drain in progress ends after the message in hand. */
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
        headers: email.unsubscribeUrl ? { "List-Unsubscribe": `<${email.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined,
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

export function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Ends the drain in progress after the message in hand and waits until it is recorded (for shutdown). */
export async function stopDraining() {
  stopRequested = true;
  await draining?.catch(() => undefined);
}
