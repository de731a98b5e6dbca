import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { emailOutbox, notifications } from "~db/schema";
import { runReferralCommand } from "~/models/referral";
import { notify } from "~/models/notification.server";
import { db } from "./db.server";
import { DIGEST_DELAY_MS, sendDigests } from "~/jobs/digests.server";
import { startEmailWorker, stopEmailWorker } from "~/jobs/email-worker.server";
import { drainOutbox, MAX_EMAIL_ATTEMPTS, queueEmail } from "./email.server";
import { reloadEnv } from "./env.server";
import { createUser } from "#tests/factories/core";
import { makeReferralWorld, sendReferralAsConsultant } from "#tests/factories/referral";
import { startTestSmtpServer, type Received } from "#tests/support/smtp";

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let received: Received[];

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  received = smtp.received;
});

afterAll(() => smtp.close());

beforeEach(() => {
  received.length = 0;
  db.delete(emailOutbox).run();
});

const later = () => new Date(Date.now() + DIGEST_DELAY_MS + 1000);

describe("the outbox", () => {
  it("sends waiting email over SMTP and marks it sent", async () => {
    queueEmail(db, { to: "karim@example.org", subject: "Welkom bij Wijkmarkt", body: "Fijn dat je er bent.\nTot ziens!" });
    expect(await drainOutbox()).toEqual({ sent: 1, failed: 0 });
    expect(received).toEqual([
      expect.objectContaining({ to: ["karim@example.org"], subject: "Welkom bij Wijkmarkt", text: "Fijn dat je er bent.\nTot ziens!", html: null }),
    ]);
    const row = db.select().from(emailOutbox).get()!;
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.attempts).toBe(1);
    expect(await drainOutbox()).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(1);
  });

  it("keeps a refused message with its error, retries it, and gives up after the last attempt", async () => {
    queueEmail(db, { to: "eva@example.org", subject: "Poging", body: "Hallo" });
    smtp.control.reject = 1;
    expect(await drainOutbox()).toEqual({ sent: 0, failed: 1 });
    const failed = db.select().from(emailOutbox).get()!;
    expect(failed).toMatchObject({ sentAt: null, attempts: 1 });
    expect(failed.lastError).toContain("Mailbox unavailable");
    expect(await drainOutbox()).toEqual({ sent: 1, failed: 0 });
    expect(received.map((r) => r.subject)).toEqual(["Poging"]);

    queueEmail(db, { to: "nobody@example.org", subject: "Nooit", body: "x" });
    smtp.control.reject = MAX_EMAIL_ATTEMPTS + 1;
    for (let i = 0; i < MAX_EMAIL_ATTEMPTS + 2; i++) await drainOutbox();
    const givenUp = db.select().from(emailOutbox).where(eq(emailOutbox.to, "nobody@example.org")).get()!;
    expect(givenUp).toMatchObject({ sentAt: null, attempts: MAX_EMAIL_ATTEMPTS });
    smtp.control.reject = 0;
  });

  it("sends nothing without SMTP_URL", async () => {
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    reloadEnv();
    queueEmail(db, { to: "x@example.org", subject: "Blijft liggen", body: "x" });
    expect(await drainOutbox()).toEqual({ sent: 0, failed: 0 });
    process.env.SMTP_URL = url;
    reloadEnv();
    expect(await drainOutbox()).toEqual({ sent: 1, failed: 0 });
  });
});

describe("stopping the worker", () => {
  it("lets the message being sent finish and be recorded, and leaves the rest waiting", async () => {
    for (const n of [1, 2, 3]) queueEmail(db, { to: `stop${n}@example.org`, subject: `Stop ${n}`, body: "x" });
    smtp.control.delayMs = 300;
    smtp.control.started = 0;
    startEmailWorker();
    const drain = drainOutbox();
    await vi.waitFor(() => expect(smtp.control.started).toBe(1));
    await stopEmailWorker();
    smtp.control.delayMs = 0;
    expect(received.map((r) => r.subject)).toEqual(["Stop 1"]);
    const rows = db.select().from(emailOutbox).orderBy(emailOutbox.id).all();
    expect(rows.map((row) => [row.subject, row.sentAt !== null, row.attempts])).toEqual([
      ["Stop 1", true, 1],
      ["Stop 2", false, 0],
      ["Stop 3", false, 0],
    ]);
    expect(await drain).toEqual({ sent: 1, failed: 0 });
  });
});

describe("digests", () => {
  it("turns a referral's notifications into one email per person, in their language", async () => {
    const world = makeReferralWorld();
    const id = sendReferralAsConsultant(world);
    runReferralCommand(world.organiser, "accept", { referralId: id });
    const english = createUser({ name: "Sam", locale: "en" });
    notify(db, [english.id], "referrals.notify.reminder", { initiative: "Taalcafé" }, "/mijn-organisatie/verwijzingen/1");
    notify(db, [english.id], "referrals.notify.newReferral", { initiative: "Taalcafé" }, "/mijn-organisatie/verwijzingen/1");

    expect(sendDigests(new Date())).toBe(0); // too fresh: maybe read in the app first
    expect(sendDigests(later())).toBe(3);
    expect(sendDigests(later())).toBe(0); // never twice
    await drainOutbox();

    const byRecipient = new Map(received.map((r) => [r.to[0], r]));
    const organiserMail = byRecipient.get(world.organiser.email)!;
    expect(organiserMail.subject).toBe("Wijkmarkt: 1 nieuwe meldingen");
    expect(organiserMail.text).toContain(`Hallo Organisator, dit is er nieuw voor je op Wijkmarkt:`);
    expect(organiserMail.text).toContain(`- Nieuwe verwijzing voor ${world.initiative.title}`);
    expect(organiserMail.text).toContain(`http://localhost:3000/mijn-organisatie/verwijzingen/${id}`);
    const consultantMail = byRecipient.get(world.consultant.email)!;
    expect(consultantMail.text).toContain(`${world.initiative.title} heeft de verwijzing van ${world.household.reference} geaccepteerd`);
    const englishMail = byRecipient.get(english.email)!;
    expect(englishMail.subject).toBe("Wijkmarkt: 2 new notifications");
    expect(englishMail.text).toContain("- A referral for Taalcafé has been waiting 5 working days for an answer");
    expect(englishMail.text).toContain("- New referral for Taalcafé");
    expect(
      db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, english.id))
        .all()
        .every((n) => n.emailedAt !== null),
    ).toBe(true);
  });

  it("leaves out notifications already read in the app", () => {
    const reader = createUser({ name: "Lezer" });
    notify(db, [reader.id], "referrals.notify.newReferral", { initiative: "Koken" });
    db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.userId, reader.id)).run();
    expect(sendDigests(later())).toBe(0);
    expect(db.select().from(emailOutbox).all()).toEqual([]);
  });
});
