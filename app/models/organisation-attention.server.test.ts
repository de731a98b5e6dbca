import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { initiatives, participations, volunteerApplications } from "~db/schema";
import { db } from "~/utils/db.server";
import { createInitiative, createOrganisationWithOwner, createUser } from "#tests/factories/core";
import { buildReferralsTo } from "#tests/factories/referral";
import { getOrganisationAttention } from "./organisation-attention.server";

const NOW = new Date("2026-11-30T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

function signUp(initiativeId: number, at: Date, status: "active" | "cancelled" = "active") {
  db.insert(participations).values({ initiativeId, userId: createUser().id, status, signedUpAt: at }).run();
}

function apply(initiativeId: number, status: "pending" | "accepted") {
  db.insert(volunteerApplications).values({ initiativeId, userId: createUser().id, status }).run();
}

describe("what needs the organisation's attention", () => {
  it("counts only the organisation's own waiting referrals, applications, new sign-ups and listings that need a look", () => {
    const { organisation, owner } = createOrganisationWithOwner();
    const activity = createInitiative(organisation.id, { acceptsReferrals: true });
    buildReferralsTo(activity.id, ["sent", "sent", "accepted", "draft"]);
    apply(activity.id, "pending");
    apply(activity.id, "accepted");
    signUp(activity.id, daysAgo(2));
    signUp(activity.id, daysAgo(30));
    signUp(activity.id, daysAgo(1), "cancelled");
    createInitiative(organisation.id, { lastConfirmedAt: daysAgo(200) });
    createInitiative(organisation.id, { status: "archived", lastConfirmedAt: daysAgo(400) });
    createInitiative(organisation.id, { status: "submitted" });
    const sentBack = createInitiative(organisation.id, { status: "draft" });
    db.update(initiatives).set({ moderationNote: "Graag een adres." }).where(eq(initiatives.id, sentBack.id)).run();
    createInitiative(organisation.id, { status: "draft" });

    // Another organisation's work is not counted.
    const other = createOrganisationWithOwner();
    const elsewhere = createInitiative(other.organisation.id, { status: "submitted", lastConfirmedAt: daysAgo(300) });
    buildReferralsTo(elsewhere.id, ["sent"]);
    apply(elsewhere.id, "pending");
    signUp(elsewhere.id, daysAgo(1));

    expect(getOrganisationAttention(owner, organisation.id, NOW)).toEqual({
      ok: true,
      attention: { referralsWaiting: 2, applicationsWaiting: 1, newSignUps: 1, staleListings: 1, sentBackListings: 1, awaitingApproval: 1 },
    });
  });

  it("has nothing to show for an organisation with nothing waiting", () => {
    const { organisation, owner } = createOrganisationWithOwner();
    createInitiative(organisation.id);
    expect(getOrganisationAttention(owner, organisation.id, NOW)).toEqual({
      ok: true,
      attention: { referralsWaiting: 0, applicationsWaiting: 0, newSignUps: 0, staleListings: 0, sentBackListings: 0, awaitingApproval: 0 },
    });
  });

  it("refuses a member of another organisation and a resident", () => {
    const { organisation } = createOrganisationWithOwner();
    const other = createOrganisationWithOwner();
    expect(getOrganisationAttention(other.owner, organisation.id, NOW)).toEqual({ ok: false, error: "forbidden" });
    expect(getOrganisationAttention(createUser(), organisation.id, NOW)).toEqual({ ok: false, error: "forbidden" });
  });
});
