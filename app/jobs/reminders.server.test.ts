import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications, organisationMembers, referrals } from "~db/schema";
import { runReferralCommand } from "~/models/referral";
import { db } from "~/utils/db.server";
import { createUser } from "#tests/factories/core";
import { makeReferralWorld, sendReferralAsConsultant } from "#tests/factories/referral";
import { sendReminders } from "./reminders.server";

function reminders(userId: string) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .all()
    .filter((n) => n.kind === "referrals.notify.reminder");
}

describe("reminding organisations", () => {
  it("reminds every member once when a referral waits 5 working days, and not before", () => {
    const world = makeReferralWorld();
    const editor = createUser({ name: "Redacteur" });
    db.insert(organisationMembers).values({ organisationId: world.organisation.id, userId: editor.id, role: "editor" }).run();
    const id = sendReferralAsConsultant(world);
    // Sent on Monday 2 November 2026 at 10:00.
    db.update(referrals)
      .set({ sentAt: new Date("2026-11-02T10:00:00Z") })
      .where(eq(referrals.id, id))
      .run();

    expect(sendReminders(new Date("2026-11-06T12:00:00Z"))).toBe(0); // Friday: 4 working days
    expect(sendReminders(new Date("2026-11-08T12:00:00Z"))).toBe(0); // Sunday: still 4
    expect(sendReminders(new Date("2026-11-09T08:00:00Z"))).toBe(1); // Monday: 5
    expect(sendReminders(new Date("2026-11-20T08:00:00Z"))).toBe(0); // once only
    expect(reminders(world.organiser.id)).toEqual([
      expect.objectContaining({ link: `/mijn-organisatie/verwijzingen/${id}`, params: { initiative: world.initiative.title } }),
    ]);
    expect(reminders(editor.id)).toHaveLength(1);
    expect(db.select().from(referrals).where(eq(referrals.id, id)).get()!.remindedAt).toEqual(new Date("2026-11-09T08:00:00Z"));
  });

  it("waits a day longer when Koningsdag falls in the five working days", () => {
    const world = makeReferralWorld();
    const id = sendReferralAsConsultant(world);
    // Sent on Wednesday 22 April 2026; Monday 27 April is Koningsdag.
    db.update(referrals)
      .set({ sentAt: new Date("2026-04-22T10:00:00Z") })
      .where(eq(referrals.id, id))
      .run();
    expect(sendReminders(new Date("2026-04-29T12:00:00Z"))).toBe(0); // Thu, Fri, Tue, Wed: 4
    expect(sendReminders(new Date("2026-04-30T08:00:00Z"))).toBe(1);
    expect(reminders(world.organiser.id)).toHaveLength(1);
  });

  it("does not remind about a referral that has been answered", () => {
    const world = makeReferralWorld();
    const id = sendReferralAsConsultant(world);
    db.update(referrals)
      .set({ sentAt: new Date("2026-01-05T10:00:00Z") })
      .where(eq(referrals.id, id))
      .run();
    runReferralCommand(world.organiser, "accept", { referralId: id });
    expect(sendReminders(new Date("2026-02-02T10:00:00Z"))).toBe(0);
    expect(reminders(world.organiser.id)).toEqual([]);
  });
});
