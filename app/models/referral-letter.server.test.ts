import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, initiatives, scheduleSlots } from "~db/schema";
import { db } from "~/utils/db.server";
import { createStaffedTeam, createUser } from "#tests/factories/core";
import { makeReferralListing, makeReferralWorld, sendReferralAsConsultant, TEST_CONTACT } from "#tests/factories/referral";
import { PRINTED_MATCHES } from "~/domain/paper";
import { getPrintableMatches, getReferralLetter, practicalDetails } from "./referral-letter.server";
import { buildNeed } from "#tests/factories/household";

function worldWithLetter() {
  const world = makeReferralWorld();
  db.update(initiatives)
    .set({
      address: "Zamenhofdreef 12",
      postcode: "3562 JT",
      isFree: false,
      costNote: "€ 2 per keer",
      whatToBring: "Pen en papier",
      contactName: "Fatma",
      contactPhone: "030 123 45 67",
    })
    .where(eq(initiatives.id, world.initiative.id))
    .run();
  db.insert(scheduleSlots).values({ initiativeId: world.initiative.id, weekday: 2, startTime: "10:00", endTime: "12:00" }).run();
  const referralId = sendReferralAsConsultant(world, { contact: TEST_CONTACT });
  return { ...world, referralId };
}

describe("getReferralLetter", () => {
  it("gives what, where, when, whom to ask for, cost and what to bring, and of the household only its reference", () => {
    const world = worldWithLetter();
    const result = getReferralLetter(world.consultant, world.referralId);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { letter } = result;
    expect(Object.keys(letter).sort()).toEqual(["initiative", "reference", "referralId", "status", "team"]);
    expect(letter.reference).toBe(world.household.reference);
    expect(letter.initiative).toMatchObject({
      title: world.initiative.title,
      address: "Zamenhofdreef 12",
      postcode: "3562 JT",
      isFree: false,
      costNote: "€ 2 per keer",
      whatToBring: "Pen en papier",
      schedule: [{ weekday: 2, startTime: "10:00", endTime: "12:00" }],
      contact: { name: "Fatma", phone: "030 123 45 67" },
    });
    // The contact details the household gave for the organisation are not on the letter.
    const text = JSON.stringify(letter);
    for (const secret of [TEST_CONTACT.name, TEST_CONTACT.phone!, TEST_CONTACT.email!, world.household.pc4, "Mevrouw wil graag"]) {
      expect(text).not.toContain(secret);
    }
    const viewed = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "referral"), eq(auditLog.entityId, String(world.referralId)), eq(auditLog.detail, "letter")))
      .all();
    expect(viewed.map((row) => row.action)).toEqual(["view"]);
  });

  it("is found by the coordinator of the team, and by nobody outside it", () => {
    const world = worldWithLetter();
    expect(getReferralLetter(world.coordinator, world.referralId).ok).toBe(true);
    const otherTeam = createStaffedTeam();
    for (const outsider of [otherTeam.consultant, otherTeam.coordinator, world.organiser, createUser()]) {
      expect(getReferralLetter(outsider, world.referralId)).toEqual({ ok: false, error: "not_found" });
    }
    const refusals = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(world.referralId)), eq(auditLog.action, "refused")))
      .all();
    expect(refusals.length).toBeGreaterThanOrEqual(4);
  });

  it("answers not found for ids that are no referral", () => {
    const world = worldWithLetter();
    for (const id of [0, -1, Number.NaN, 2 ** 60, 999_999_999]) {
      expect(getReferralLetter(world.consultant, id)).toEqual({ ok: false, error: "not_found" });
    }
  });
});

describe("getPrintableMatches", () => {
  it("lists at most the top matches, each with its reasons and how to get there", () => {
    const world = makeReferralWorld();
    for (let i = 0; i < PRINTED_MATCHES + 2; i++) makeReferralListing(world.organisation.id, { domains: ["social_network"] });
    const need = buildNeed(world.household.id, { domain: "social_network", score: 2 });
    const result = getPrintableMatches(world.consultant, { householdId: world.household.id, needId: need.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.reference).toBe(world.household.reference);
    expect(result.value.matches.length).toBe(PRINTED_MATCHES);
    for (const { match, details } of result.value.matches) {
      expect(match.reasons.length).toBeGreaterThan(0);
      expect(details.id).toBe(match.initiativeId);
    }
  });

  it("refuses another team and garbage ids", () => {
    const world = makeReferralWorld();
    const other = createStaffedTeam();
    expect(getPrintableMatches(other.consultant, { householdId: world.household.id, needId: world.need.id }).ok).toBe(false);
    expect(getPrintableMatches(world.consultant, { householdId: Number.NaN, needId: -5 }).ok).toBe(false);
  });
});

describe("practicalDetails", () => {
  it("returns nothing for no ids or unknown ids", () => {
    expect(practicalDetails([]).size).toBe(0);
    expect(practicalDetails([-1, 0, 987_654_321]).size).toBe(0);
  });
});
