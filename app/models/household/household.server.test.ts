import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, householdChildren, households, plans } from "~db/schema";
import { db } from "~/utils/db.server";
import { LIFE_DOMAINS } from "~/domain/vocabulary";
import { addTeamMember, createInitiative, createOrganisation, createWijkTeam } from "#tests/factories/core";
import { createWorkspace } from "#tests/factories/workspace";
import {
  createHousehold as createHouseholdUseCase,
  getHousehold,
  getHouseholdProfile,
  CASELOAD_PAGE_SIZE,
  listCaseload,
  reassignHousehold,
  updateHousehold,
} from "~/models/household";
import { addGoal, setReviewDate } from "~/models/plan.server";
import { recordConsent } from "~/models/consent.server";
import { completeIntake, saveIntakeAnswers } from "~/models/intake.server";
import { buildHousehold } from "#tests/factories/household";
import { buildReferral } from "#tests/factories/referral";

let w: ReturnType<typeof createWorkspace>;
beforeEach(() => {
  w = createWorkspace();
});

const baseInput = {
  pc4: "",
  adults: 2,
  children: ["0-3", "12-17"] as ("0-3" | "12-17")[],
  languages: ["nl", "ar"],
  mobility: "public_transport" as const,
  maxTravelKm: 5,
  availableDays: [2, 4],
  budget: "low" as const,
  needsWheelchairAccess: true,
  needsHearingLoop: false,
};

const daysAgo = (days: number, from = new Date()) => new Date(from.getTime() - days * 86_400_000);

describe("createHousehold", () => {
  it("stores a pseudonymous household with its children, assigned to the consultant who adds it", () => {
    const result = createHouseholdUseCase(w.consultant, { ...baseInput, teamId: w.team.id, reference: "OV-001", pc4: w.team.postcodes[0] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = db.select().from(households).where(eq(households.id, result.id)).get()!;
    expect(row).toMatchObject({ reference: "OV-001", adults: 2, consultantId: w.consultant.id, languages: ["nl", "ar"], availableDays: [2, 4] });
    const children = db.select().from(householdChildren).where(eq(householdChildren.householdId, result.id)).all();
    expect(children.map((c) => c.ageBand).sort()).toEqual(["0-3", "12-17"]);
  });

  it("refuses a postcode outside the municipality", () => {
    const result = createHouseholdUseCase(w.consultant, { ...baseInput, teamId: w.team.id, reference: "OV-002", pc4: "1234" });
    expect(result).toEqual({ ok: false, error: "unknown_postcode" });
  });

  it("keeps references unique per team (ignoring case) but allows the same reference in another team", () => {
    createHouseholdUseCase(w.consultant, { ...baseInput, teamId: w.team.id, reference: "OV-003", pc4: w.team.postcodes[0] });
    expect(createHouseholdUseCase(w.consultant, { ...baseInput, teamId: w.team.id, reference: "ov-003", pc4: w.team.postcodes[0] })).toEqual({
      ok: false,
      error: "reference_taken",
    });
    expect(createHouseholdUseCase(w.outsider, { ...baseInput, teamId: w.otherTeam.id, reference: "OV-003", pc4: w.team.postcodes[0] }).ok).toBe(true);
  });

  it("refuses a team the actor is not in", () => {
    expect(createHouseholdUseCase(w.outsider, { ...baseInput, teamId: w.team.id, reference: "X", pc4: w.team.postcodes[0] })).toEqual({
      ok: false,
      error: "forbidden",
    });
  });
});

describe("updateHousehold and getHouseholdProfile", () => {
  it("changes the record and replaces the children", () => {
    const { id } = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id });
    const result = updateHousehold(w.consultant, { ...baseInput, householdId: id, reference: "NIEUW-1", pc4: w.team.postcodes[1], children: ["4-11"] });
    expect(result).toEqual({ ok: true });
    const profile = getHouseholdProfile(w.consultant, { householdId: id });
    expect(profile.ok && profile.household).toMatchObject({ reference: "NIEUW-1", pc4: w.team.postcodes[1], children: ["4-11"] });
  });
});

describe("reassignHousehold", () => {
  it("lets the coordinator hand a household to another consultant of the team", () => {
    const other = addTeamMember(w.team.id, "member", { name: "Joris" });
    const { id } = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id });
    expect(reassignHousehold(w.coordinator, { householdId: id, consultantId: other.id })).toEqual({ ok: true, consultantName: "Joris" });
    expect(db.select().from(households).where(eq(households.id, id)).get()!.consultantId).toBe(other.id);
  });

  it("refuses a consultant outside the team and a consultant trying to reassign", () => {
    const { id } = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id });
    expect(reassignHousehold(w.coordinator, { householdId: id, consultantId: w.outsider.id })).toEqual({ ok: false, error: "not_in_team" });
    expect(reassignHousehold(w.consultant, { householdId: id, consultantId: w.coordinator.id })).toEqual({ ok: false, error: "forbidden" });
  });
});

describe("listCaseload", () => {
  it("shows a consultant their own households by default and the team's on request", () => {
    const mine = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id, reference: "MINE" });
    buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.coordinator.id, reference: "COLLEAGUE" });
    buildHousehold({ teamId: w.otherTeam.id, pc4: w.otherTeam.postcodes[0], consultantId: w.outsider.id, reference: "OTHER-TEAM" });
    const own = listCaseload(w.consultant);
    expect(own.ok && own.households.map((h) => h.id)).toEqual([mine.id]);
    const team = listCaseload(w.consultant, { scope: "team" });
    expect(team.ok && team.households.map((h) => h.reference).sort()).toEqual(["COLLEAGUE", "MINE"]);
  });

  it("finds a household by part of its reference, whatever the case, spaces or dashes, in the whole team", () => {
    const wanted = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.coordinator.id, reference: "WT-2026/0147" });
    const longer = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id, reference: "WT-2026/01470" });
    buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id, reference: "WT-2026/0200" });
    buildHousehold({ teamId: w.otherTeam.id, pc4: w.otherTeam.postcodes[0], consultantId: w.outsider.id, reference: "WT-2026/0147" });
    for (const typed of ["0147", "20260147", "wt 2026 0147", "  Wt-2026-0147 "]) {
      const found = listCaseload(w.consultant, { reference: typed });
      // The colleague's household is found too; the other team's never.
      expect(found.ok && found.households.map((h) => h.id).sort(), typed).toEqual([wanted.id, longer.id].sort());
      expect(found.ok && found.filters.scope).toBe("team");
    }
    // Typed in full, it comes first, though the other one is newer.
    const exact = listCaseload(w.consultant, { reference: "wt 2026 0147" });
    expect(exact.ok && exact.households.map((h) => h.id)).toEqual([wanted.id, longer.id]);
    const newestFirst = listCaseload(w.consultant, { reference: "0147" });
    expect(newestFirst.ok && newestFirst.households.map((h) => h.id)).toEqual([longer.id, wanted.id]);
    const mineOnly = listCaseload(w.consultant, { reference: "0147", scope: "mine" });
    expect(mineOnly.ok && mineOnly.households.map((h) => h.id)).toEqual([longer.id]);
    const outsider = listCaseload(w.outsider, { reference: "0147" });
    expect(outsider.ok && outsider.households.map((h) => h.teamName)).toEqual(["Wijkteam Anders"]);
  });

  it("treats hostile or empty search input as text, never as a pattern or an error", () => {
    buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id, reference: "ABC_1" });
    buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id, reference: "XYZ-2" });
    for (const typed of ["%", "_", "'; DROP TABLE households; --", "ʼ\u0000", "zzz"]) {
      const result = listCaseload(w.consultant, { reference: typed });
      const references = result.ok ? result.households.map((h) => h.reference).sort() : null;
      // Nothing but punctuation means no search at all: the consultant's own households.
      expect(references, typed).toEqual(/[\p{L}\p{N}]/u.test(typed) ? [] : ["ABC_1", "XYZ-2"]);
    }
    const all = listCaseload(w.consultant, { reference: "" });
    expect(all.ok && all.households).toHaveLength(2);
  });

  it("shows a coordinator the whole team by default", () => {
    buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id });
    buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: null });
    const result = listCaseload(w.coordinator);
    expect(result.ok && result.filters.scope).toBe("team");
    expect(result.ok && result.households).toHaveLength(2);
  });

  it("lists open needs, open referrals, the next review date and the flags", () => {
    const now = new Date("2026-11-25T10:00:00Z"); // a Wednesday
    const household = buildHousehold({
      teamId: w.team.id,
      pc4: w.team.postcodes[0],
      consultantId: w.consultant.id,
      needs: [
        { domain: "social_network", score: 2 },
        { domain: "finances", score: 3, status: "referred" },
        { domain: "housing", score: 3, status: "resolved" },
      ],
    });
    const initiative = createInitiative(createOrganisation().id);
    // Sent 2026-11-11 (Wednesday): 10 working days before 2026-11-25.
    buildReferral({ householdId: household.id, initiativeId: initiative.id, status: "sent", sentAt: new Date("2026-11-11T09:00:00Z") });
    buildReferral({ householdId: household.id, initiativeId: initiative.id, status: "sent", sentAt: new Date("2026-11-12T09:00:00Z") });
    buildReferral({ householdId: household.id, initiativeId: initiative.id, status: "completed" });
    db.insert(plans).values({ householdId: household.id, reviewDate: "2026-11-24" }).run();

    const result = listCaseload(w.consultant, {}, now);
    if (!result.ok) throw new Error("refused");
    const [row] = result.households;
    expect(row.openNeeds.map((n) => n.domain)).toEqual(["social_network", "finances"]);
    expect(row.openReferrals).toBe(2);
    expect(row.nextReviewDate).toBe("2026-11-24");
    expect(row.flags).toEqual({ unansweredReferrals: 1, reviewOverdue: true });
  });

  it("filters by wijk, life domain and flags", () => {
    const now = new Date("2026-11-25T10:00:00Z");
    const secondNeighbourhood = createWijkTeam();
    // The team also serves a second neighbourhood's postcode for this test.
    const inOtherNeighbourhood = buildHousehold({
      teamId: w.team.id,
      pc4: secondNeighbourhood.postcodes[0],
      consultantId: w.consultant.id,
      reference: "ELDERS",
    });
    const lonely = buildHousehold({
      teamId: w.team.id,
      pc4: w.team.postcodes[0],
      consultantId: w.consultant.id,
      reference: "LONELY",
      needs: [{ domain: "social_network", score: 2 }],
    });
    const flagged = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id, reference: "FLAGGED" });
    buildReferral({ householdId: flagged.id, initiativeId: createInitiative(createOrganisation().id).id, status: "sent", sentAt: daysAgo(20, now) });
    // Sent 8 calendar days ago: not yet 10 working days, so not flagged.
    buildReferral({ householdId: lonely.id, initiativeId: createInitiative(createOrganisation().id).id, status: "sent", sentAt: daysAgo(8, now) });

    const byNeighbourhood = listCaseload(w.consultant, { neighbourhoodId: secondNeighbourhood.neighbourhood.id }, now);
    expect(byNeighbourhood.ok && byNeighbourhood.households.map((h) => h.id)).toEqual([inOtherNeighbourhood.id]);
    const byDomain = listCaseload(w.consultant, { domain: "social_network" }, now);
    expect(byDomain.ok && byDomain.households.map((h) => h.id)).toEqual([lonely.id]);
    const byFlag = listCaseload(w.consultant, { flaggedOnly: true }, now);
    expect(byFlag.ok && byFlag.households.map((h) => h.id)).toEqual([flagged.id]);
  });

  it("shows all the teams of a consultant in several teams, or one of them", () => {
    const actor = addTeamMember(w.otherTeam.id, "member", w.consultant);
    buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: actor.id });
    buildHousehold({ teamId: w.otherTeam.id, pc4: w.otherTeam.postcodes[0], consultantId: actor.id });
    const all = listCaseload(actor);
    expect(all.ok && all.teams).toHaveLength(2);
    expect(all.ok && all.households).toHaveLength(2);
    const one = listCaseload(actor, { teamId: w.otherTeam.id });
    expect(one.ok && one.households.map((h) => h.teamName)).toEqual(["Wijkteam Anders"]);
  });

  it("shows a big caseload a page at a time, newest first, with the total on every page", () => {
    const count = 2 * CASELOAD_PAGE_SIZE + 5;
    const built = Array.from({ length: count }, (_, i) =>
      buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id, reference: `BIG-${i}` }),
    );
    const newestFirst = built.map((h) => h.id).sort((a, b) => b - a);
    const pages = [1, 2, 3].map((page) => listCaseload(w.consultant, { page }));
    for (const [i, result] of pages.entries()) {
      if (!result.ok) throw new Error("refused");
      expect(result).toMatchObject({ total: count, page: i + 1, pageCount: 3 });
      expect(result.households.map((h) => h.id)).toEqual(newestFirst.slice(i * CASELOAD_PAGE_SIZE, (i + 1) * CASELOAD_PAGE_SIZE));
    }
    // An old link past the end, or a page that is no page, shows the last or the first.
    for (const [page, shown] of [
      [99, 3],
      [0, 1],
      [-4, 1],
      [Number.NaN, 1],
      [2.5, 2],
    ] as const) {
      const result = listCaseload(w.consultant, { page });
      expect(result.ok && [result.page, result.households.length], String(page)).toEqual([shown, shown === 3 ? 5 : CASELOAD_PAGE_SIZE]);
    }
    // Searching or filtering counts what was found, not the team.
    const searched = listCaseload(w.consultant, { reference: "big-10" });
    const wanted = built.map((h) => h.reference).filter((reference) => reference.startsWith("BIG-10"));
    expect(searched.ok && [searched.total, searched.pageCount, searched.households.map((h) => h.reference).sort()]).toEqual([wanted.length, 1, wanted.sort()]);
  });

  it("pages the households with a signal after deciding which really have one", () => {
    const now = new Date("2026-11-25T10:00:00Z");
    const initiative = createInitiative(createOrganisation().id);
    const flagged = Array.from({ length: CASELOAD_PAGE_SIZE + 2 }, () => {
      const h = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id });
      buildReferral({ householdId: h.id, initiativeId: initiative.id, status: "sent", sentAt: daysAgo(20, now) });
      return h.id;
    });
    // Newer, and a candidate in SQL, but sent 8 calendar days ago: not 10 working days, no signal.
    for (let i = 0; i < 3; i++) {
      const h = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id });
      buildReferral({ householdId: h.id, initiativeId: initiative.id, status: "sent", sentAt: daysAgo(8, now) });
    }
    const first = listCaseload(w.consultant, { flaggedOnly: true }, now);
    const second = listCaseload(w.consultant, { flaggedOnly: true, page: 2 }, now);
    if (!first.ok || !second.ok) throw new Error("refused");
    expect([first.total, first.pageCount, second.page]).toEqual([flagged.length, 2, 2]);
    expect([...first.households, ...second.households].map((h) => h.id).sort((a, b) => a - b)).toEqual(flagged);
    expect(first.households).toHaveLength(CASELOAD_PAGE_SIZE);
  });

  it("refuses someone without a team, and a team that is not theirs", () => {
    expect(listCaseload(w.outsider, { teamId: w.team.id })).toEqual({ ok: false, error: "not_found" });
  });

  it("answers a large caseload with a fixed number of queries", () => {
    for (let i = 0; i < 30; i++) {
      const h = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id, needs: [{ domain: "finances", score: 2 }] });
      buildReferral({ householdId: h.id, initiativeId: createInitiative(createOrganisation().id).id, status: "sent" });
    }
    const statements: string[] = [];
    const prepare = db.$client.prepare.bind(db.$client);
    db.$client.prepare = ((source: string) => {
      statements.push(source);
      return prepare(source);
    }) as typeof db.$client.prepare;
    try {
      const result = listCaseload(w.consultant);
      expect(result.ok && result.households).toHaveLength(30);
    } finally {
      db.$client.prepare = prepare;
    }
    // teams, households, needs, referrals, neighbourhoods, audit insert: no query per household.
    expect(statements.length).toBeGreaterThanOrEqual(4);
    expect(statements.length).toBeLessThanOrEqual(7);
  });
});

describe("getHousehold", () => {
  it("gives the single view: needs, plan, referrals with flags, consent and a timeline of everything", () => {
    const household = createHouseholdUseCase(w.consultant, { ...baseInput, teamId: w.team.id, reference: "VIEW-1", pc4: w.team.postcodes[0] });
    if (!household.ok) throw new Error("not created");
    const householdId = household.id;
    saveIntakeAnswers(w.consultant, { householdId, answers: [{ domain: "social_network", score: 2 }] });
    completeIntake(w.consultant, {
      householdId,
      // Every other domain scores well, so social network stays the one need.
      answers: LIFE_DOMAINS.filter((domain) => domain !== "social_network").map((domain) => ({ domain, score: 4 })),
    });
    setReviewDate(w.consultant, { householdId, reviewDate: "2026-12-01" });
    const view = getHousehold(w.consultant, { householdId }, new Date("2026-11-25T10:00:00Z"));
    if (!view.ok) throw new Error("refused");
    const needId = view.view.needs[0].id;
    addGoal(w.consultant, { householdId, needId, description: "Meer contact met buren" });
    const initiative = createInitiative(createOrganisation().id, { title: "Buurtkamer" });
    buildReferral({ householdId, initiativeId: initiative.id, needId, status: "sent", sentAt: new Date("2026-11-02T09:00:00Z") });
    recordConsent(w.consultant, { householdId, givenOn: "2026-11-20", scope: "Delen met initiatieven" });

    const again = getHousehold(w.consultant, { householdId }, new Date("2026-11-25T10:00:00Z"));
    if (!again.ok) throw new Error("refused");
    const v = again.view;
    expect(v.needs.map((n) => [n.domain, n.score, n.status])).toEqual([["social_network", 2, "open"]]);
    expect(v.plan?.reviewDate).toBe("2026-12-01");
    expect(v.plan?.goals.map((g) => [g.description, g.needDomain])).toEqual([["Meer contact met buren", "social_network"]]);
    expect(v.referrals).toEqual([expect.objectContaining({ initiativeTitle: "Buurtkamer", status: "sent", unanswered: true })]);
    expect(v.consent).toEqual({ active: true, givenOn: "2026-11-20", scope: "Delen met initiatieven" });
    expect(v.teamConsultants).toBeNull();
    expect(v.canViewAudit).toBe(false);
    const kinds = v.timeline.map((e) => e.kind);
    for (const kind of ["household_created", "intake_started", "intake_completed", "review_date_set", "goal_added", "consent_given"]) {
      expect(kinds).toContain(kind);
    }
    // Newest first.
    const times = v.timeline.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("gives the coordinator the consultants to reassign to and the audit log link", () => {
    const { id } = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0] });
    const view = getHousehold(w.coordinator, { householdId: id });
    expect(view.ok && view.view.teamConsultants?.map((c) => c.name).sort()).toEqual(["Eva Consulent", "Ruud Coördinator"]);
    expect(view.ok && view.view.canViewAudit).toBe(true);
  });

  it("is not found for a household of another team or an unknown id", () => {
    const { id } = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0] });
    expect(getHousehold(w.outsider, { householdId: id })).toEqual({ ok: false, error: "not_found" });
    expect(getHousehold(w.consultant, { householdId: 999_999 })).toEqual({ ok: false, error: "not_found" });
  });
});

describe("audit", () => {
  it("writes a row for every read and change of a household", () => {
    const created = createHouseholdUseCase(w.consultant, { ...baseInput, teamId: w.team.id, reference: "AUD-1", pc4: w.team.postcodes[0] });
    if (!created.ok) throw new Error("not created");
    const householdId = created.id;
    getHousehold(w.consultant, { householdId });
    getHouseholdProfile(w.consultant, { householdId });
    updateHousehold(w.consultant, { ...baseInput, householdId, reference: "AUD-1", pc4: w.team.postcodes[0] });
    reassignHousehold(w.coordinator, { householdId, consultantId: w.coordinator.id });
    const rows = db.select().from(auditLog).where(eq(auditLog.householdId, householdId)).all();
    expect(rows.map((r) => `${r.actorId === w.coordinator.id ? "coord" : "cons"}:${r.action}:${r.entityType}:${r.detail}`)).toEqual([
      "cons:create:household:",
      "cons:view:household:",
      "cons:view:household:profile",
      "cons:update:household:edited",
      "coord:update:household:reassigned",
    ]);
  });

  it("records a refused read as refused, with who tried and nothing of the household", () => {
    const { id } = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0] });
    getHousehold(w.outsider, { householdId: id });
    expect(db.select().from(auditLog).where(eq(auditLog.householdId, id)).all()).toMatchObject([
      { action: "refused", entityType: "household", entityId: String(id), actorId: w.outsider.id, actorLabel: w.outsider.name, detail: "household.view" },
    ]);
  });
});
