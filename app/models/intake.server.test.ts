import { and, eq, ne } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, intakeAnswers, intakes, needs } from "~db/schema";
import { LIFE_DOMAINS, type LifeDomain } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { createWorkspace } from "#tests/factories/workspace";
import { getHousehold } from "~/models/household";
import { findMatches } from "./matching.server";
import { getPlan } from "./plan.server";
import { compareScores, completeIntake, getIntake, saveIntakeAnswers, startIntake, type IntakeAnswerInput } from "./intake.server";
import { buildHousehold } from "#tests/factories/household";

let w: ReturnType<typeof createWorkspace>;
let householdId: number;
beforeEach(() => {
  w = createWorkspace();
  householdId = buildHousehold({ teamId: w.team.id, pc4: w.team.postcodes[0], consultantId: w.consultant.id }).id;
});

/** Every domain scores 4 except the ones given. */
function scores(overrides: Partial<Record<LifeDomain, number>>): IntakeAnswerInput[] {
  return LIFE_DOMAINS.map((domain) => ({ domain, score: overrides[domain] ?? 4 }));
}

function needsOf(id: number) {
  return db.select({ id: needs.id, domain: needs.domain, score: needs.score, status: needs.status }).from(needs).where(eq(needs.householdId, id)).all();
}

describe("startIntake", () => {
  it("starts one intake and continues the same one until it is completed", () => {
    const first = startIntake(w.consultant, { householdId });
    const second = startIntake(w.consultant, { householdId });
    expect(first).toMatchObject({ ok: true, resumed: false });
    expect(second).toMatchObject({ ok: true, resumed: true });
    expect(first.ok && second.ok && first.intakeId === second.intakeId).toBe(true);
  });
});

describe("saving half-way", () => {
  it("keeps what was filled in, and the intake can be continued later", () => {
    saveIntakeAnswers(w.consultant, {
      householdId,
      answers: [{ domain: "finances", score: 2, questionBehind: "Schulden na scheiding", ownStrength: "Houdt overzicht", networkStrength: "Zus helpt" }],
    });
    const later = getIntake(w.consultant, { householdId });
    if (!later.ok || !later.intake) throw new Error("no intake");
    expect(later.intake.answers.finances).toEqual({
      domain: "finances",
      score: 2,
      questionBehind: "Schulden na scheiding",
      ownStrength: "Houdt overzicht",
      networkStrength: "Zus helpt",
    });
    expect(later.intake.answers.housing.score).toBeNull();
    // Saving again changes the answer instead of adding one.
    saveIntakeAnswers(w.consultant, { householdId, answers: [{ domain: "finances", score: 3 }] });
    const rows = db.select().from(intakeAnswers).where(eq(intakeAnswers.domain, "finances")).all();
    expect(rows.map((r) => r.score)).toEqual([3]);
    expect(needsOf(householdId)).toEqual([]);
  });
});

describe("completeIntake", () => {
  it("refuses to complete while a domain has no score, but keeps the answers", () => {
    const result = completeIntake(w.consultant, { householdId, answers: [{ domain: "finances", score: 2 }] });
    expect(result).toMatchObject({ ok: false, error: "missing_scores" });
    expect(!result.ok && "domains" in result && result.domains).toHaveLength(12);
    const saved = getIntake(w.consultant, { householdId });
    expect(saved.ok && saved.intake?.answers.finances.score).toBe(2);
  });

  it("turns domains scoring 1 to 3 into needs", () => {
    const result = completeIntake(w.consultant, { householdId, answers: scores({ finances: 1, social_network: 2, housing: 3, justice: 5 }) });
    expect(result.ok && result.needs.map((n) => n.domain).sort()).toEqual(["finances", "housing", "social_network"]);
    expect(
      needsOf(householdId)
        .map((n) => [n.domain, n.score, n.status])
        .sort(),
    ).toEqual([
      ["finances", 1, "open"],
      ["housing", 3, "open"],
      ["social_network", 2, "open"],
    ]);
    const intake = db.select().from(intakes).where(eq(intakes.householdId, householdId)).get()!;
    expect(intake.completedAt).not.toBeNull();
  });

  it("on a later intake keeps a need still scoring 1–3 (with its status), resolves one now 4 or more, adds new ones", () => {
    completeIntake(w.consultant, { householdId, answers: scores({ finances: 2, social_network: 2 }) });
    const before = needsOf(householdId);
    const finances = before.find((n) => n.domain === "finances")!;
    db.update(needs).set({ status: "referred" }).where(eq(needs.id, finances.id)).run();

    const result = completeIntake(w.consultant, { householdId, answers: scores({ finances: 3, social_network: 4, housing: 2 }) });
    expect(result).toMatchObject({ ok: true, needs: [{ domain: "housing", score: 2 }], resolved: ["social_network"] });
    const after = needsOf(householdId);
    expect(after.find((n) => n.domain === "finances")).toEqual({ id: finances.id, domain: "finances", score: 3, status: "referred" });
    expect(after.find((n) => n.domain === "social_network")?.status).toBe("resolved");
    expect(after.find((n) => n.domain === "housing")?.status).toBe("open");
    expect(after).toHaveLength(3);
  });

  it("shows the change per domain since the previous intake", () => {
    completeIntake(w.consultant, { householdId, answers: scores({ finances: 2, social_network: 3 }) });
    saveIntakeAnswers(w.consultant, {
      householdId,
      answers: [
        { domain: "finances", score: 4 },
        { domain: "social_network", score: 2 },
        { domain: "housing", score: 4 },
      ],
    });
    const result = getIntake(w.consultant, { householdId });
    if (!result.ok) throw new Error("refused");
    const byDomain = Object.fromEntries(result.comparison.map((c) => [c.domain, c]));
    expect(byDomain.finances).toEqual({ domain: "finances", previous: 2, current: 4, change: "up" });
    expect(byDomain.social_network).toEqual({ domain: "social_network", previous: 3, current: 2, change: "down" });
    expect(byDomain.housing).toEqual({ domain: "housing", previous: 4, current: 4, change: "same" });
    expect(byDomain.justice).toEqual({ domain: "justice", previous: 4, current: null, change: null });
  });

  it("writes audit rows for reading, saving and completing", () => {
    saveIntakeAnswers(w.consultant, { householdId, answers: [{ domain: "finances", score: 2 }] });
    getIntake(w.consultant, { householdId });
    completeIntake(w.consultant, { householdId, answers: scores({ finances: 2 }) });
    const rows = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.householdId, householdId), eq(auditLog.entityType, "intake")))
      .all();
    expect(rows.map((r) => `${r.action}:${r.detail}`)).toEqual(["create:", "update:saved", "view:", "update:completed"]);
  });
});

describe("the question behind the question", () => {
  const march = new Date("2026-03-03T10:00:00Z");
  const firstAnswers = {
    domain: "finances" as const,
    score: 2,
    questionBehind: "Schulden na de scheiding",
    ownStrength: "Houdt een kasboek bij",
    networkStrength: "Zus helpt met de post",
  };

  function completeFirstIntakeInMarch() {
    completeIntake(w.consultant, { householdId, answers: scores({}).map((a) => (a.domain === "finances" ? firstAnswers : a)) });
    db.update(intakes).set({ completedAt: march }).where(eq(intakes.householdId, householdId)).run();
  }

  it("is shown on the household page, in the plan and beside the need's matches", () => {
    completeFirstIntakeInMarch();
    const household = getHousehold(w.consultant, { householdId });
    if (!household.ok) throw new Error("refused");
    expect(household.view.notes.finances?.questionBehind).toEqual({ text: "Schulden na de scheiding", writtenOn: march, before: null });
    expect(household.view.notes.finances?.networkStrength?.text).toBe("Zus helpt met de post");
    expect(household.view.notes.housing).toBeUndefined();

    const plan = getPlan(w.consultant, { householdId });
    expect(plan.ok && plan.notes.finances?.ownStrength?.text).toBe("Houdt een kasboek bij");

    const need = household.view.needs.find((n) => n.domain === "finances")!;
    const matches = findMatches(w.consultant, { householdId, needId: need.id });
    expect(matches.ok && matches.value.notes?.questionBehind?.text).toBe("Schulden na de scheiding");
  });

  it("fills in the next intake, editable, and a change shows what it said before and when", () => {
    completeFirstIntakeInMarch();
    const next = getIntake(w.consultant, { householdId });
    if (!next.ok) throw new Error("refused");
    expect(next.intake).toBeNull();
    // The open answers come along; the score is chosen again.
    expect(next.answers.finances).toEqual({ ...firstAnswers, score: null });
    expect(next.answers.housing).toEqual({ domain: "housing", score: null, questionBehind: "", ownStrength: "", networkStrength: "" });

    const changed = LIFE_DOMAINS.map((domain) =>
      domain === "finances" ? { ...next.answers.finances, score: 3, questionBehind: "Schulden, en nu ook de huur" } : { ...next.answers[domain], score: 4 },
    );
    expect(completeIntake(w.consultant, { householdId, answers: changed })).toMatchObject({ ok: true });
    const second = db
      .select()
      .from(intakes)
      .where(and(eq(intakes.householdId, householdId), ne(intakes.completedAt, march)))
      .get()!;

    const household = getHousehold(w.consultant, { householdId });
    if (!household.ok) throw new Error("refused");
    expect(household.view.notes.finances?.questionBehind).toEqual({
      text: "Schulden, en nu ook de huur",
      writtenOn: second.completedAt,
      before: { text: "Schulden na de scheiding", writtenOn: march },
    });
    // Carried unchanged, it keeps the date it was first written.
    expect(household.view.notes.finances?.ownStrength).toEqual({ text: "Houdt een kasboek bij", writtenOn: march, before: null });
  });

  it("stays with the team: another team's consultant reads none of it", () => {
    completeFirstIntakeInMarch();
    expect(getIntake(w.outsider, { householdId })).toEqual({ ok: false, error: "not_found" });
    expect(getHousehold(w.outsider, { householdId }).ok).toBe(false);
    expect(getPlan(w.outsider, { householdId }).ok).toBe(false);
  });
});

describe("compareScores", () => {
  it("marks up, down, same, and nothing when a score is missing", () => {
    const result = compareScores({ finances: 2, housing: 3, justice: 5 }, { finances: 3, housing: 3, justice: 4, social_network: 2 });
    expect(result.find((c) => c.domain === "finances")?.change).toBe("up");
    expect(result.find((c) => c.domain === "housing")?.change).toBe("same");
    expect(result.find((c) => c.domain === "justice")?.change).toBe("down");
    expect(result.find((c) => c.domain === "social_network")?.change).toBeNull();
    expect(result).toHaveLength(13);
  });
});
