import { and, eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, collectiveNeedEvidence, emailOutbox, households, notifications, referrals } from "~db/schema";
import { describeRetention, runRetention } from "~/jobs/retention.server";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";
import { addTeamMember, createInitiative, createOrganisationWithOwner } from "#tests/factories/core";
import { createHouseholdWithHistory, createWorkspace } from "#tests/factories/workspace";
import { columnsMentioning } from "#tests/setup/mentions";
import { getTeamNeed, mergeNeeds } from "~/models/collective-need";
import { getHousehold } from "~/models/household";
import { eraseHousehold, inactiveHouseholdIds, monthsAgo, previewErasure } from "./retention.server";
import { getTeamStatistics } from "./statistics.server";
import { publishNeedAsTeam } from "#tests/factories/collective-need";

const NOW = new Date("2026-11-30T10:00:00Z");
const SETTINGS = { householdMonths: 24, auditYears: 5 };
// The period ends where 30 November 2024 begins in Amsterdam: 23:00 UTC the day before.
const JUST_BEFORE_PERIOD = new Date("2024-11-29T22:30:00Z");
const JUST_INSIDE_PERIOD = new Date("2024-11-29T23:30:00Z");

let w: ReturnType<typeof createWorkspace>;
let organisation: ReturnType<typeof createOrganisationWithOwner>;
let initiativeId: number;

beforeEach(() => {
  w = createWorkspace();
  organisation = createOrganisationWithOwner();
  initiativeId = createInitiative(organisation.organisation.id, { acceptsReferrals: true }).id;
});

function householdAt(at: Date, options: { reference?: string; referralStatus?: "completed" | "accepted" } = {}) {
  return createHouseholdWithHistory({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id, initiativeId, at, ...options });
}

const exists = (id: number) => db.select({ id: households.id }).from(households).where(eq(households.id, id)).get() !== undefined;

const rowsMentioning = (needle: string) => columnsMentioning(db.$client, needle);

describe("the daily retention job", () => {
  it("erases exactly the households without activity for 24 months, counted in Amsterdam days", () => {
    const old = householdAt(new Date("2024-06-01T10:00:00Z"));
    const justBefore = householdAt(JUST_BEFORE_PERIOD);
    const justInside = householdAt(JUST_INSIDE_PERIOD);
    const recent = householdAt(new Date("2026-10-01T10:00:00Z"));
    // Old, but the plan is up for review later: still active.
    const reviewLater = householdAt(new Date("2024-01-10T10:00:00Z"));
    db.$client.prepare(`UPDATE plans SET review_date = '2025-03-01' WHERE household_id = ?`).run(reviewLater.id);
    // Old, but edited last month (only the audit log knows): still active.
    const editedLately = householdAt(new Date("2024-01-10T10:00:00Z"));
    db.insert(auditLog)
      .values({
        actorId: w.consultant.id,
        action: "update",
        entityType: "household",
        entityId: String(editedLately.id),
        householdId: editedLately.id,
        createdAt: new Date("2026-10-20T10:00:00Z"),
      })
      .run();
    // Old, only looked at lately: reading is not activity.
    const onlyRead = householdAt(new Date("2024-01-10T10:00:00Z"));
    db.insert(auditLog)
      .values({
        actorId: w.consultant.id,
        action: "view",
        entityType: "household",
        entityId: String(onlyRead.id),
        householdId: onlyRead.id,
        createdAt: new Date("2026-10-20T10:00:00Z"),
      })
      .run();

    expect(new Set(inactiveHouseholdIds(monthsAgo(NOW, 24)))).toEqual(new Set([old.id, justBefore.id, onlyRead.id]));
    const report = runRetention(NOW, SETTINGS);
    expect(report).toMatchObject({ households: 3, needs: 6, referrals: 3 });
    for (const gone of [old, justBefore, onlyRead]) expect(exists(gone.id)).toBe(false);
    for (const kept of [justInside, recent, reviewLater, editedLately]) expect(exists(kept.id)).toBe(true);
    // Every erasure is in the audit log, without an actor and without personal data.
    const erasedIds = [old.id, justBefore.id, onlyRead.id];
    const rows = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "erase"), inArray(auditLog.householdId, erasedIds)))
      .all();
    expect(rows.map((r) => [r.householdId, r.actorId, r.detail]).sort()).toEqual(erasedIds.sort().map((id) => [id, null, "retention_24_months"]));
    // A second run finds nothing more to do.
    expect(runRetention(NOW, SETTINGS)).toMatchObject({ households: 0 });
  });

  it("keeps every statistic the same: needs per wijk and domain, referral outcomes per initiative, collective-need evidence", () => {
    const old = [householdAt(new Date("2024-03-01T10:00:00Z")), householdAt(new Date("2024-04-01T10:00:00Z")), householdAt(new Date("2024-04-02T10:00:00Z"))];
    const recent = [householdAt(new Date("2026-09-01T10:00:00Z")), householdAt(new Date("2026-09-02T10:00:00Z"))];
    const need = publishNeedAsTeam({ neighbourhood: w.team.neighbourhood, consultant: w.consultant, coordinator: w.coordinator });
    const other = publishNeedAsTeam({ neighbourhood: w.team.neighbourhood, consultant: w.consultant, coordinator: w.coordinator });
    db.insert(collectiveNeedEvidence)
      .values([...old, ...recent].map((h) => ({ collectiveNeedId: need.id, needId: h.unmetNeedId })))
      .run();
    db.insert(collectiveNeedEvidence).values({ collectiveNeedId: other.id, needId: old[0].unmetNeedId }).run();

    const before = getTeamStatistics(w.coordinator);
    expect(before.needs).toContainEqual({
      neighbourhoodName: w.team.neighbourhood.name,
      domain: "social_network",
      open: 0,
      referred: 0,
      unmet: 5,
      resolved: 0,
      total: 5,
    });
    expect(before.needs).toContainEqual({
      neighbourhoodName: w.team.neighbourhood.name,
      domain: "finances",
      open: 0,
      referred: 0,
      unmet: 0,
      resolved: 5,
      total: 5,
    });
    expect(before.referrals).toEqual([{ initiativeTitle: expect.any(String), running: 0, completed: 5, notSucceeded: 0, declined: 0, withdrawn: 0, total: 5 }]);
    expect(getTeamNeed(w.coordinator, need.id)?.evidenceHouseholds).toBe(5);

    expect(runRetention(NOW, SETTINGS).households).toBe(3);
    expect(getTeamStatistics(w.coordinator)).toEqual(before);
    expect(getTeamNeed(w.coordinator, need.id)?.evidenceHouseholds).toBe(5);
    // Merging moves the erased evidence along and counts an erased household once.
    expect(mergeNeeds(w.coordinator, { fromId: other.id, intoId: need.id }).ok).toBe(true);
    expect(getTeamNeed(w.coordinator, need.id)?.evidenceHouseholds).toBe(5);
    // Another team's statistics are not the coordinator's.
    expect(getTeamStatistics(w.outsider)).toEqual({ needs: [], referrals: [] });
  });

  it("leaves nothing of an erased household in any table, not even in queued email", () => {
    const erased = householdAt(new Date("2024-01-10T10:00:00Z"), { reference: "WIS-MIJ-7781" });
    const kept = householdAt(new Date("2026-10-01T10:00:00Z"), { reference: "BLIJF-4410" });
    db.insert(emailOutbox)
      .values({
        to: w.consultant.email,
        subject: "2 meldingen",
        body: [
          "Hallo Eva,",
          "",
          `- Initiatief heeft de verwijzing van ${erased.reference} afgerond`,
          `  http://localhost:3000/werkplek/verwijzingen/${erased.referralId}`,
          `- Initiatief heeft de verwijzing van ${kept.reference} afgerond`,
          `  http://localhost:3000/werkplek/verwijzingen/${kept.referralId}`,
        ].join("\n"),
      })
      .run();

    runRetention(NOW, SETTINGS);
    expect(rowsMentioning("WIS-MIJ-7781")).toEqual([]);
    expect(rowsMentioning("wis-mij-7781")).toEqual([]);
    expect(rowsMentioning(`/werkplek/verwijzingen/${erased.referralId}`)).toEqual([]);
    const householdColumns = db.$client
      .prepare(`SELECT m.name AS tableName FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'household_id'`)
      .all() as { tableName: string }[];
    for (const { tableName } of householdColumns.filter((t) => t.tableName !== "audit_log")) {
      expect(db.$client.prepare(`SELECT count(*) AS n FROM "${tableName}" WHERE household_id = ?`).get(erased.id), tableName).toEqual({ n: 0 });
    }
    // The other household and its line in the digest stay (its completed referral's contact name
    // went when the referral closed).
    expect(rowsMentioning("BLIJF-4410").sort()).toEqual(
      [
        "consents.scope",
        "email_outbox.body",
        "households.reference",
        "intake_answers.own_strength",
        "intake_answers.question_behind",
        "needs.unmet_reason",
        "notifications.params",
        "plan_actions.description",
        "plan_goals.description",
        "referral_events.note",
        "referrals.message",
        "referrals.outcome",
      ].sort(),
    );
    expect(getHousehold(w.coordinator, { householdId: erased.id })).toEqual({ ok: false, error: "not_found" });
  });

  it("removes audit rows older than 5 years and keeps younger ones", () => {
    const at = (iso: string) => ({
      actorId: w.consultant.id,
      action: "view",
      entityType: "household",
      entityId: "1",
      householdId: 1,
      createdAt: new Date(iso),
    });
    const [tooOld, justKept] = db
      .insert(auditLog)
      .values([at("2021-11-29T22:59:00Z"), at("2021-11-29T23:00:00Z")])
      .returning({ id: auditLog.id })
      .all();
    const report = runRetention(NOW, SETTINGS);
    expect(report.auditRows).toBeGreaterThanOrEqual(1);
    expect(db.select().from(auditLog).where(eq(auditLog.id, tooOld.id)).get()).toBeUndefined();
    expect(db.select().from(auditLog).where(eq(auditLog.id, justKept.id)).get()).toBeDefined();
  });

  it("logs counts only", () => {
    householdAt(new Date("2024-01-10T10:00:00Z"), { reference: "LOG-GEHEIM-1" });
    const line = describeRetention(runRetention(NOW, SETTINGS), SETTINGS);
    expect(line).toMatch(
      /^retention: erased 1 household\(s\) without activity for 24 months \(2 needs and 1 referrals kept as anonymous counts\); removed \d+ audit row\(s\) older than 5 years$/,
    );
    expect(line).not.toContain("LOG-GEHEIM");
  });
});

describe("a coordinator erases a household at once", () => {
  const tableCounts = () =>
    Object.fromEntries(
      (db.$client.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map(({ name }) => [
        name,
        (db.$client.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
      ]),
    );

  it("erases the own team's household with the reason in the audit log, and withdraws a running referral with notice", () => {
    const household = householdAt(new Date("2026-11-01T10:00:00Z"), { reference: "DIRECT-WEG-1", referralStatus: "accepted" });
    const preview = previewErasure(w.coordinator, { householdId: household.id });
    expect(preview).toEqual({ ok: true, preview: { reference: "DIRECT-WEG-1", needs: 2, referrals: 1, running: 1 } });

    expect(eraseHousehold(w.coordinator, { householdId: household.id, reason: "household_request" })).toEqual({ ok: true });
    expect(exists(household.id)).toBe(false);
    expect(rowsMentioning("DIRECT-WEG-1")).toEqual([]);
    expect(db.select().from(referrals).where(eq(referrals.id, household.referralId)).get()).toBeUndefined();
    const audit = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "erase"), eq(auditLog.householdId, household.id)))
      .all();
    expect(audit.map((r) => [r.actorId, r.householdId, r.detail])).toEqual([[w.coordinator.id, household.id, "household_request"]]);
    // The organisation hears the referral was withdrawn, not for whom, and the note leads nowhere.
    const told = db.select().from(notifications).where(eq(notifications.userId, organisation.owner.id)).all();
    expect(told.map((n) => [n.kind, n.params, n.link])).toEqual([["referrals.notify.withdrawn", { initiative: expect.any(String), reference: "" }, null]]);
    expect(getTeamStatistics(w.coordinator).referrals).toEqual([
      { initiativeTitle: expect.any(String), running: 0, completed: 0, notSucceeded: 0, declined: 0, withdrawn: 1, total: 1 },
    ]);
    // Afterwards the household is not found by anyone, the coordinator included.
    expect(previewErasure(w.coordinator, { householdId: household.id })).toEqual({ ok: false, error: "not_found" });
  });

  it("refuses a consultant of the team, another team's coordinator, an organiser and an admin, and changes nothing but the refusals in the audit log", () => {
    const household = householdAt(new Date("2026-11-01T10:00:00Z"), { referralStatus: "accepted" });
    const otherCoordinator = addTeamMember(w.otherTeam.id, "lead");
    const admin = addTeamMember(w.otherTeam.id, "member", { isAdmin: true });
    const refusals: [string, Actor, string][] = [
      ["consultant of the team", w.consultant, "forbidden"],
      ["coordinator of another team", otherCoordinator, "not_found"],
      ["organiser receiving its referral", organisation.owner, "not_found"],
      ["admin of another team", admin, "not_found"],
    ];
    const before = tableCounts();
    for (const [who, actor, error] of refusals) {
      expect(eraseHousehold(actor, { householdId: household.id, reason: "registered_in_error" }), who).toEqual({ ok: false, error });
      expect(previewErasure(actor, { householdId: household.id }), who).toEqual({ ok: false, error });
    }
    const { audit_log: auditAfter, ...after } = tableCounts();
    const { audit_log: auditBefore, ...rest } = before;
    expect(after).toEqual(rest);
    // Each refused call is logged as refused (who tried, not the data); nothing else was written.
    const written = db.select({ action: auditLog.action }).from(auditLog).orderBy(auditLog.id).all().slice(auditBefore);
    expect(written.length).toBe(auditAfter! - auditBefore!);
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((row) => row.action === "refused")).toBe(true);
    expect(exists(household.id)).toBe(true);
  });
});
