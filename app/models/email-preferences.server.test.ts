import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox, notifications } from "~db/schema";
import { db } from "~/utils/db.server";
import { latestDigestMoment, sendDigests } from "~/jobs/digests.server";
import { drainOutbox } from "~/utils/email.server";
import { addTeamMember, createUser, createWijkTeam } from "#tests/factories/core";
import { startTestSmtpServer } from "#tests/support/smtp";
import { getEmailPreferences, readUnsubscribeToken, saveEmailPreferences, unsubscribe, unsubscribeToken } from "./email-preferences.server";
import { notify } from "./notification.server";

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.received.length = 0;
  db.delete(emailOutbox).run();
});

/** A notification for the user made at a given moment. */
function notifyAt(userId: string, message: string, at: string, params: Record<string, string> = { title: "Buurtmoestuin", initiative: "Taalcafé" }) {
  notify(db, [userId], message, params, "/vragen/buurtmoestuin");
  const last = db.select().from(notifications).where(eq(notifications.userId, userId)).all().at(-1)!;
  db.update(notifications)
    .set({ createdAt: new Date(at) })
    .where(eq(notifications.id, last.id))
    .run();
}

const ALL_IMMEDIATELY = {
  referrals: "immediately",
  collective_needs: "immediately",
  volunteering: "immediately",
  reminders: "immediately",
  organisation: "immediately",
} as const;

describe("email preferences", () => {
  it("defaults by role: residents get collective-need news weekly, wijkteams daily, work at once", () => {
    const resident = createUser();
    const team = createWijkTeam();
    const consultant = addTeamMember(team.id, "member");
    expect(getEmailPreferences(resident)).toMatchObject({ collective_needs: "weekly", referrals: "immediately", reminders: "immediately" });
    expect(getEmailPreferences(consultant)).toMatchObject({ collective_needs: "daily", referrals: "immediately" });
    saveEmailPreferences(resident, { ...ALL_IMMEDIATELY, volunteering: "never" });
    expect(getEmailPreferences(resident)).toEqual({ ...ALL_IMMEDIATELY, volunteering: "never" });
  });

  it("sends the daily digest after 07:00 in Amsterdam, with a plain-text and an HTML part and one-click unsubscribe", async () => {
    const person = createUser({ name: "Dagelijks" });
    saveEmailPreferences(person, { ...ALL_IMMEDIATELY, collective_needs: "daily" });
    // Tuesday 1 December 2026, 10:00 in Amsterdam (09:00 UTC).
    notifyAt(person.id, "collective.notify.update", "2026-12-01T09:00:00Z");
    expect(sendDigests(new Date("2026-12-01T15:00:00Z"))).toBe(0);
    expect(sendDigests(new Date("2026-12-02T05:59:00Z"))).toBe(0); // 06:59 in Amsterdam
    expect(sendDigests(new Date("2026-12-02T06:01:00Z"))).toBe(1); // 07:01
    expect(sendDigests(new Date("2026-12-02T09:00:00Z"))).toBe(0); // once
    await drainOutbox();
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.text).toContain("- Nieuws over de vraag 'Buurtmoestuin'");
    expect(mail.text).toContain("Wijkmarkt van Utrecht");
    expect(mail.html).toContain('<a href="http://localhost:3000/vragen/buurtmoestuin">Nieuws over de vraag &#39;Buurtmoestuin&#39;</a>');
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.headers["list-unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/afmelden\/[\w.-]+>$/);
  });

  it("sends the weekly digest on Monday after 07:00 only", () => {
    const person = createUser();
    saveEmailPreferences(person, { ...ALL_IMMEDIATELY, collective_needs: "weekly" });
    notifyAt(person.id, "collective.notify.update", "2026-12-01T09:00:00Z"); // Tuesday
    expect(sendDigests(new Date("2026-12-06T20:00:00Z"))).toBe(0); // Sunday
    expect(sendDigests(new Date("2026-12-07T05:30:00Z"))).toBe(0); // Monday 06:30
    expect(sendDigests(new Date("2026-12-07T06:30:00Z"))).toBe(1); // Monday 07:30
  });

  it("sends what is immediate at once and keeps the daily kind for the morning", async () => {
    const person = createUser();
    saveEmailPreferences(person, { ...ALL_IMMEDIATELY, collective_needs: "daily" });
    notifyAt(person.id, "collective.notify.update", "2026-12-01T09:00:00Z");
    notifyAt(person.id, "referrals.notify.newReferral", "2026-12-01T09:00:00Z");
    expect(sendDigests(new Date("2026-12-01T10:00:00Z"))).toBe(1);
    await drainOutbox();
    expect(smtp.received[0]!.text).toContain("Nieuwe verwijzing voor Taalcafé");
    expect(smtp.received[0]!.text).not.toContain("Buurtmoestuin");
    expect(sendDigests(new Date("2026-12-02T06:30:00Z"))).toBe(1);
  });

  it("after one-click unsubscribe nothing of that kind is sent, without logging in", async () => {
    const person = createUser({ name: "Afmelder" });
    notifyAt(person.id, "referrals.notify.newReferral", "2026-12-01T09:00:00Z");
    expect(sendDigests(new Date("2026-12-01T10:00:00Z"))).toBe(1);
    await drainOutbox();
    const link = /<(.*)>/.exec(smtp.received[0]!.headers["list-unsubscribe"]!)![1]!;
    expect(unsubscribe(link.split("/afmelden/")[1]!)).toEqual({ ok: true, kinds: ["referrals"] });
    expect(getEmailPreferences(person).referrals).toBe("never");

    notifyAt(person.id, "referrals.notify.newReferral", "2026-12-01T11:00:00Z");
    expect(sendDigests(new Date("2026-12-01T12:00:00Z"))).toBe(0);
    await drainOutbox();
    expect(smtp.received).toHaveLength(1);
    // Handled: it does not wait for ever.
    expect(
      db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, person.id))
        .all()
        .every((n) => n.emailedAt),
    ).toBe(true);
  });

  it("refuses forged, altered and garbage tokens, and changes nothing for them", () => {
    const person = createUser();
    const other = createUser();
    const token = unsubscribeToken(person.id, ["referrals", "reminders"]);
    expect(readUnsubscribeToken(token)).toEqual({ userId: person.id, kinds: ["referrals", "reminders"] });
    const [, kinds, signature] = token.split(/\.(?=[^.]*\.[^.]*$)|\.(?=[^.]*$)/);
    for (const bad of [
      "",
      "x",
      token.slice(0, -1),
      `${token}a`,
      token.replace(person.id, other.id),
      `${person.id}.${kinds}1.${signature}`,
      `${person.id}.9.${signature}`,
      "../../etc/passwd",
      "a".repeat(5000),
      `${person.id}.0.${"A".repeat(43)}`,
    ]) {
      expect(readUnsubscribeToken(bad)).toBeNull();
      expect(unsubscribe(bad)).toEqual({ ok: false });
    }
    expect(getEmailPreferences(other).referrals).toBe("immediately");
  });
});

describe("digest moments in Amsterdam", () => {
  it("is 07:00 local time in winter and in summer", () => {
    expect(latestDigestMoment(new Date("2026-12-02T10:00:00Z"), "daily").toISOString()).toBe("2026-12-02T06:00:00.000Z");
    expect(latestDigestMoment(new Date("2026-07-15T10:00:00Z"), "daily").toISOString()).toBe("2026-07-15T05:00:00.000Z");
    expect(latestDigestMoment(new Date("2026-07-15T04:00:00Z"), "daily").toISOString()).toBe("2026-07-14T05:00:00.000Z");
  });

  it("is the last Monday for the weekly digest, also across a month and a clock change", () => {
    expect(latestDigestMoment(new Date("2026-12-02T10:00:00Z"), "weekly").toISOString()).toBe("2026-11-30T06:00:00.000Z");
    expect(latestDigestMoment(new Date("2026-11-30T05:00:00Z"), "weekly").toISOString()).toBe("2026-11-23T06:00:00.000Z");
    // Sunday 29 March 2026 the clocks go forward; Monday the 30th 07:00 is 05:00 UTC.
    expect(latestDigestMoment(new Date("2026-04-01T12:00:00Z"), "weekly").toISOString()).toBe("2026-03-30T05:00:00.000Z");
    expect(latestDigestMoment(new Date("2026-03-29T12:00:00Z"), "weekly").toISOString()).toBe("2026-03-23T06:00:00.000Z");
  });
});
