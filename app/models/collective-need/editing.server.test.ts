import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, checklistItems, collectiveNeedUpdates, collectiveNeeds, notifications, pledges } from "~db/schema";
import { sendDigests } from "~/jobs/digests.server";
import { editOpenNeed, followNeed, getPublicNeed, pledgeToNeed, supportNeed, closeNeed } from "~/models/collective-need";
import { saveEmailPreferences } from "~/models/email-preferences.server";
import { db } from "~/utils/db.server";
import { drainOutbox } from "~/utils/email.server";
import { createStaffedTeam, createUser } from "#tests/factories/core";
import { startTestSmtpServer } from "#tests/support/smtp";
import { publishNeedAsTeam } from "#tests/factories/collective-need";

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());

const ALL = (frequency: "immediately" | "never") =>
  ({ referrals: frequency, collective_needs: frequency, volunteering: frequency, reminders: frequency, organisation: frequency }) as const;

function itemsOf(needId: number) {
  return db.select().from(checklistItems).where(eq(checklistItems.collectiveNeedId, needId)).all();
}

/** The form as the coordinator would send it unchanged. */
function asIs(needId: number) {
  const need = db.select().from(collectiveNeeds).where(eq(collectiveNeeds.id, needId)).get()!;
  return {
    title: need.title,
    description: need.description,
    targetDate: need.targetDate ?? undefined,
    items: itemsOf(needId).map((i) => ({ id: i.id, quantity: i.quantity, description: i.description })),
  };
}

describe("editing an open need", () => {
  it("lets only the team's coordinator edit, and not a closed need", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    const input = { ...asIs(need.id), title: "Samen eten op vrijdag" };
    expect(editOpenNeed(setup.consultant, need.id, input)).toEqual({ ok: false, error: "forbidden" });
    expect(editOpenNeed(createStaffedTeam().coordinator, need.id, input)).toEqual({ ok: false, error: "forbidden" });
    expect(editOpenNeed(createUser(), need.id, input)).toEqual({ ok: false, error: "forbidden" });
    expect(db.select().from(collectiveNeeds).where(eq(collectiveNeeds.id, need.id)).get()!.title).not.toBe("Samen eten op vrijdag");

    const other = publishNeedAsTeam(setup);
    const foreignItem = itemsOf(other.id)[0]!;
    expect(editOpenNeed(setup.coordinator, need.id, { ...input, items: [{ id: foreignItem.id, quantity: 9, description: "" }] })).toEqual({
      ok: false,
      error: "unknown_item",
    });
    expect(itemsOf(other.id)[0]!.quantity).toBe(foreignItem.quantity);

    closeNeed(setup.coordinator, { needId: other.id, reason: "Niet meer nodig" });
    expect(editOpenNeed(setup.coordinator, other.id, asIs(other.id))).toEqual({ ok: false, error: "wrong_status" });
  });

  it("saves the changes, keeps pledges beyond a lowered quantity as extra, tells the audience in words and audits it", async () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup, { title: "Kookclub Noord" });
    const [ans, bert, follower] = [createUser({ name: "Ans" }), createUser({ name: "Bert" }), createUser()];
    const volunteers = itemsOf(need.id).find((i) => i.kind === "volunteers")!;
    pledgeToNeed(ans, { needId: need.id, checklistItemId: volunteers.id, amount: 2, message: "", showName: true });
    pledgeToNeed(bert, { needId: need.id, checklistItemId: volunteers.id, amount: 1, message: "", showName: true });
    supportNeed(bert, { needId: need.id, kind: "support" });
    followNeed(follower, need.id);
    saveEmailPreferences(ans, ALL("immediately"));
    saveEmailPreferences(bert, ALL("never"));
    saveEmailPreferences(follower, ALL("immediately"));

    const input = asIs(need.id);
    const result = editOpenNeed(setup.coordinator, need.id, {
      ...input,
      description: "Buren koken samen, elke vrijdag in het buurthuis.",
      targetDate: "2027-03-01",
      items: input.items.map((i) => (i.id === volunteers.id ? { ...i, quantity: 2 } : i)),
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) throw new Error(result.error);
    expect(result.changes.map((c) => c.field)).toEqual(["description", "targetDate", "quantity"]);

    // The database holds it; Bert's pledge beyond the new quantity stays, as extra.
    const saved = db.select().from(collectiveNeeds).where(eq(collectiveNeeds.id, need.id)).get()!;
    expect(saved).toMatchObject({ description: "Buren koken samen, elke vrijdag in het buurthuis.", targetDate: "2027-03-01" });
    const bertsPledge = db.select().from(pledges).where(eq(pledges.userId, bert.id)).get()!;
    expect(bertsPledge).toMatchObject({ withdrawnAt: null, isExtra: true });
    const page = getPublicNeed(need.slug, null)!;
    expect(page.checklist.find((i) => i.kind === "volunteers")).toMatchObject({ quantity: 2, filled: 2, extra: 1 });
    expect(page.updates[0]).toMatchObject({ body: "", changes: result.changes });

    // Everyone but the coordinator hears it, in words, in the app.
    const told = db.select().from(notifications).where(eq(notifications.kind, "collective.notify.edited")).all();
    expect(told.map((n) => n.userId).sort()).toEqual([ans.id, bert.id, follower.id].sort());
    expect(told[0]!.params).toMatchObject({
      title: "Kookclub Noord",
      changes_nl: expect.stringContaining("Vrijwilligers (Begeleiders): nu 2 personen nodig (was 3 personen)."),
      changes_en: expect.stringContaining("now 2 people needed (was 3 people)"),
    });
    expect(told[0]!.params.changes_nl).toContain("Graag gestart voor 1 maart 2027.");

    // …and by email, as each chose: Bert asked for none.
    // After the short delay that lets a quick correction land in the same mail.
    expect(sendDigests(new Date(Date.now() + 60 * 60_000))).toBe(2);
    await drainOutbox();
    const mailed = smtp.received.filter((m) => m.text.includes("Kookclub Noord"));
    expect(mailed.length).toBe(2);
    expect(mailed[0]!.text).toContain("De beschrijving is aangepast.");
    expect(mailed.flatMap((m) => m.to).some((to) => to.includes(bert.email))).toBe(false);

    const audit = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "collective_need"), eq(auditLog.entityId, String(need.id)), eq(auditLog.action, "update")))
      .all();
    expect(audit).toEqual([expect.objectContaining({ actorId: setup.coordinator.id, detail: "description,targetDate,quantity" })]);
  });

  it("adds no update and tells nobody when nothing changed (a resubmitted form)", () => {
    const setup = createStaffedTeam();
    const need = publishNeedAsTeam(setup);
    followNeed(createUser(), need.id);
    const input = { ...asIs(need.id), title: "Nieuwe titel voor de vraag" };
    expect(editOpenNeed(setup.coordinator, need.id, input)).toMatchObject({ ok: true, changes: [{ field: "title", to: "Nieuwe titel voor de vraag" }] });
    expect(editOpenNeed(setup.coordinator, need.id, input)).toEqual({ ok: true, changes: [] });
    expect(db.select().from(collectiveNeedUpdates).where(eq(collectiveNeedUpdates.collectiveNeedId, need.id)).all()).toHaveLength(1);
    const told = db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, "collective.notify.edited"), eq(notifications.link, `/vragen/${need.slug}`)))
      .all();
    expect(told).toHaveLength(1);
  });
});
