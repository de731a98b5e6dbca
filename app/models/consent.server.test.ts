import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, referralEvents, referrals } from "~db/schema";
import { REFERRAL_STATUSES } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { createInitiative, createOrganisation } from "#tests/factories/core";
import { createWorkspace } from "#tests/factories/workspace";
import { OPEN_REFERRAL_STATUSES } from "~/domain/referral-states";
import { CONSENT_WITHDRAWN_NOTE, getConsent, recordConsent, withdrawConsent } from "./consent.server";
import { buildHousehold } from "#tests/factories/household";
import { buildReferral } from "#tests/factories/referral";

let w: ReturnType<typeof createWorkspace>;
let householdId: number;
beforeEach(() => {
  w = createWorkspace();
  householdId = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id }).id;
});

const contact = { name: "Mevrouw A.", phone: "0612345678", email: "a@example.nl", preference: "phone" as const };

describe("recordConsent", () => {
  it("records the date, the scope and who recorded it, and shows it as active", () => {
    expect(recordConsent(w.consultant, { householdId, givenOn: "2026-11-20", scope: "Contactgegevens delen met initiatieven" }).ok).toBe(true);
    const result = getConsent(w.consultant, { householdId });
    expect(result.ok && result.active).toMatchObject({
      givenOn: "2026-11-20",
      scope: "Contactgegevens delen met initiatieven",
      recordedByName: "Eva Consulent",
      withdrawnAt: null,
    });
  });

  it("refuses a second active consent and a date in the future", () => {
    recordConsent(w.consultant, { householdId, givenOn: "2026-11-20", scope: "Delen" });
    expect(recordConsent(w.consultant, { householdId, givenOn: "2026-11-21", scope: "Delen" })).toEqual({ ok: false, error: "already_active" });
    expect(
      recordConsent(w.consultant, { householdId: buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0] }).id, givenOn: "2999-01-01", scope: "x" }),
    ).toEqual({
      ok: false,
      error: "date_in_future",
    });
  });
});

describe("recordConsent in the first hours of a Dutch day", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("accepts a consent dated today at 00:30 Amsterdam time, while UTC still says yesterday", () => {
    // 00:30 on 15 June in Amsterdam is 22:30 on 14 June in UTC.
    vi.useFakeTimers({ now: new Date("2026-06-14T22:30:00Z"), toFake: ["Date"] });
    expect(recordConsent(w.consultant, { householdId, givenOn: "2026-06-15", scope: "Delen" }).ok).toBe(true);
    const result = getConsent(w.consultant, { householdId });
    expect(result.ok && result.active?.givenOn).toBe("2026-06-15");
  });

  it("still refuses tomorrow in Amsterdam", () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T00:30:00Z"), toFake: ["Date"] });
    expect(recordConsent(w.consultant, { householdId, givenOn: "2026-12-02", scope: "Delen" })).toEqual({ ok: false, error: "date_in_future" });
    expect(recordConsent(w.consultant, { householdId, givenOn: "2026-12-01", scope: "Delen" }).ok).toBe(true);
  });
});

describe("withdrawConsent", () => {
  it("erases contact details from every open referral in the same step, with a note in each history", () => {
    recordConsent(w.consultant, { householdId, givenOn: "2026-11-20", scope: "Delen" });
    const initiative = createInitiative(createOrganisation().id);
    const ids = Object.fromEntries(REFERRAL_STATUSES.map((status) => [status, buildReferral({ householdId, initiativeId: initiative.id, status, contact })]));
    const otherHousehold = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0] }).id;
    const untouched = buildReferral({ householdId: otherHousehold, initiativeId: initiative.id, status: "sent", contact });

    const result = withdrawConsent(w.consultant, { householdId });
    expect(result).toEqual({ ok: true, erasedReferrals: OPEN_REFERRAL_STATUSES.length });

    for (const status of REFERRAL_STATUSES) {
      const row = db.select().from(referrals).where(eq(referrals.id, ids[status])).get()!;
      const open = (OPEN_REFERRAL_STATUSES as readonly string[]).includes(status);
      const details = [row.contactName, row.contactPhone, row.contactEmail, row.contactPreference];
      expect(details, status).toEqual(open ? [null, null, null, null] : [contact.name, contact.phone, contact.email, contact.preference]);
      const events = db.select().from(referralEvents).where(eq(referralEvents.referralId, ids[status])).all();
      expect(
        events.map((e) => [e.fromStatus, e.toStatus, e.note, e.actorId]),
        status,
      ).toEqual(open ? [[status, status, CONSENT_WITHDRAWN_NOTE, w.consultant.id]] : []);
    }
    expect(db.select().from(referrals).where(eq(referrals.id, untouched)).get()!.contactName).toBe(contact.name);
    const after = getConsent(w.consultant, { householdId });
    expect(after.ok && after.active).toBeNull();
    expect(after.ok && after.history[0]).toMatchObject({ withdrawnByName: "Eva Consulent" });
  });

  it("says so when there is no consent to withdraw", () => {
    expect(withdrawConsent(w.consultant, { householdId })).toEqual({ ok: false, error: "no_active_consent" });
  });

  it("writes audit rows for reading, recording and withdrawing", () => {
    recordConsent(w.consultant, { householdId, givenOn: "2026-11-20", scope: "Delen" });
    getConsent(w.consultant, { householdId });
    withdrawConsent(w.consultant, { householdId });
    const rows = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.householdId, householdId), eq(auditLog.entityType, "consent")))
      .all();
    expect(rows.map((r) => r.action)).toEqual(["create", "view", "update"]);
  });
});
