/**
 * The kitchen-table conversation: per life domain a ZRM score, the question behind the question,
 * what the household can do itself and what its network can do. A household has at most one intake
 * in progress; completing it turns domains scoring 1–3 into needs.
 */
import { and, desc, eq, inArray, isNotNull, isNull, ne } from "drizzle-orm";
import { intakeAnswers, intakes, needs } from "~db/schema";
import { LIFE_DOMAINS, NEED_THRESHOLD, type LifeDomain } from "~/domain/vocabulary";
import { db, type Conn, type Tx } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";
import { recordAudit } from "./audit.server";
import { householdFor, type Refused } from "./household-scope.server";
import { NOTE_FIELDS, notesFrom, type CompletedAnswers, type ConversationNotes, type NoteField } from "~/domain/conversation-notes";

export type { ConversationNotes, DomainNotes } from "~/domain/conversation-notes";

export type IntakeAnswer = {
  domain: LifeDomain;
  score: number | null;
  questionBehind: string;
  ownStrength: string;
  networkStrength: string;
};

export type IntakeAnswerInput = { domain: LifeDomain } & Partial<Omit<IntakeAnswer, "domain">>;

export type ScoreChange = "up" | "down" | "same";

export type DomainComparison = { domain: LifeDomain; previous: number | null; current: number | null; change: ScoreChange | null };

type Scores = Partial<Record<LifeDomain, number | null>>;

/** Per domain how the score moved: up is more self-reliant. No change is shown when either score is missing. */
export function compareScores(previous: Scores, current: Scores): DomainComparison[] {
  return LIFE_DOMAINS.map((domain) => {
    const before = previous[domain] ?? null;
    const now = current[domain] ?? null;
    const change: ScoreChange | null = before === null || now === null ? null : now > before ? "up" : now < before ? "down" : "same";
    return { domain, previous: before, current: now, change };
  });
}

function answersOf(tx: Conn, intakeId: number): Record<LifeDomain, IntakeAnswer> {
  const rows = tx.select().from(intakeAnswers).where(eq(intakeAnswers.intakeId, intakeId)).all();
  return Object.fromEntries(
    LIFE_DOMAINS.map((domain) => {
      const row = rows.find((r) => r.domain === domain);
      return [
        domain,
        {
          domain,
          score: row?.score ?? null,
          questionBehind: row?.questionBehind ?? "",
          ownStrength: row?.ownStrength ?? "",
          networkStrength: row?.networkStrength ?? "",
        },
      ];
    }),
  ) as Record<LifeDomain, IntakeAnswer>;
}

function scoresOf(answers: Record<LifeDomain, IntakeAnswer>): Scores {
  return Object.fromEntries(LIFE_DOMAINS.map((domain) => [domain, answers[domain].score]));
}

function openIntake(tx: Conn, householdId: number) {
  return tx
    .select({ id: intakes.id, createdAt: intakes.createdAt })
    .from(intakes)
    .where(and(eq(intakes.householdId, householdId), isNull(intakes.completedAt)))
    .orderBy(desc(intakes.id))
    .get();
}

function completedIntakes(tx: Conn, householdId: number, limit: number) {
  return tx
    .select({ id: intakes.id, completedAt: intakes.completedAt })
    .from(intakes)
    .where(and(eq(intakes.householdId, householdId), isNotNull(intakes.completedAt)))
    .orderBy(desc(intakes.completedAt), desc(intakes.id))
    .limit(limit)
    .all() as { id: number; completedAt: Date }[];
}

/** What the household said at the kitchen table, from its completed intakes, in one query. */
export function loadConversationNotes(tx: Conn, householdId: number): ConversationNotes {
  const rows = tx
    .select({
      intakeId: intakes.id,
      completedAt: intakes.completedAt,
      domain: intakeAnswers.domain,
      questionBehind: intakeAnswers.questionBehind,
      ownStrength: intakeAnswers.ownStrength,
      networkStrength: intakeAnswers.networkStrength,
    })
    .from(intakes)
    .leftJoin(intakeAnswers, eq(intakeAnswers.intakeId, intakes.id))
    .where(and(eq(intakes.householdId, householdId), isNotNull(intakes.completedAt)))
    .orderBy(desc(intakes.completedAt), desc(intakes.id))
    .all();
  const history: (CompletedAnswers & { id: number })[] = [];
  for (const row of rows) {
    let entry = history.at(-1);
    if (entry?.id !== row.intakeId) history.push((entry = { id: row.intakeId, completedAt: row.completedAt as Date, answers: {} }));
    if (row.domain)
      entry.answers[row.domain] = { questionBehind: row.questionBehind ?? "", ownStrength: row.ownStrength ?? "", networkStrength: row.networkStrength ?? "" };
  }
  return notesFrom(history);
}

export type IntakeSummary = {
  inProgress: { id: number; createdAt: Date } | null;
  latest: { id: number; completedAt: Date } | null;
  /** Latest completed intake against the one before; `previous` is null after the first intake. */
  comparison: DomainComparison[] | null;
};

/** What the household page shows about intakes. */
export function loadIntakeSummary(tx: Conn, householdId: number): IntakeSummary {
  const [latest, before] = completedIntakes(tx, householdId, 2);
  return {
    inProgress: openIntake(tx, householdId) ?? null,
    latest: latest ?? null,
    comparison: latest ? compareScores(before ? scoresOf(answersOf(tx, before.id)) : {}, scoresOf(answersOf(tx, latest.id))) : null,
  };
}

export type StartIntakeResult = { ok: true; intakeId: number; resumed: boolean } | Refused;

function startIn(tx: Tx, actor: Actor, householdId: number) {
  const existing = openIntake(tx, householdId);
  if (existing) return { ok: true, intakeId: existing.id, resumed: true } as const;
  const intakeId = tx.insert(intakes).values({ householdId, conductedBy: actor.id }).returning({ id: intakes.id }).get().id;
  recordAudit(tx, actor, { action: "create", entityType: "intake", entityId: intakeId, householdId });
  return { ok: true, intakeId, resumed: false } as const;
}

/** Starts an intake, or continues the one that was saved half-way. */
export function startIntake(actor: Actor, input: { householdId: number }): StartIntakeResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    return startIn(tx, actor, input.householdId);
  });
}

export type GetIntakeResult =
  | {
      ok: true;
      reference: string;
      teamId: number;
      /** The intake in progress, if one was started. */
      intake: { id: number; createdAt: Date; answers: Record<LifeDomain, IntakeAnswer> } | null;
      /**
       * What the form starts with: the answers so far, or before a new intake the open answers of the
       * last one (to be checked and changed), with every score still to be chosen.
       */
      answers: Record<LifeDomain, IntakeAnswer>;
      /** The open answers as they stand after the last completed intake. */
      notes: ConversationNotes;
      previous: { id: number; completedAt: Date } | null;
      /** The answers so far against the last completed intake. */
      comparison: DomainComparison[];
    }
  | Refused;

export function getIntake(actor: Actor, input: { householdId: number }): GetIntakeResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.view");
    if (!access.ok) return access;
    const current = openIntake(tx, input.householdId);
    const [previous] = completedIntakes(tx, input.householdId, 1);
    const answers = current ? answersOf(tx, current.id) : null;
    const notes = loadConversationNotes(tx, input.householdId);
    recordAudit(tx, actor, { action: "view", entityType: "intake", entityId: current?.id ?? "none", householdId: input.householdId });
    return {
      ok: true,
      reference: access.household.reference,
      teamId: access.household.teamId,
      intake: current && answers ? { ...current, answers } : null,
      answers: answers ?? carriedAnswers(notes),
      notes,
      previous: previous ?? null,
      comparison: compareScores(previous ? scoresOf(answersOf(tx, previous.id)) : {}, answers ? scoresOf(answers) : {}),
    };
  });
}

function carriedAnswers(notes: ConversationNotes): Record<LifeDomain, IntakeAnswer> {
  return Object.fromEntries(
    LIFE_DOMAINS.map((domain) => [
      domain,
      {
        domain,
        score: null,
        ...(Object.fromEntries(NOTE_FIELDS.map((field) => [field, notes[domain]?.[field]?.text ?? ""])) as Record<NoteField, string>),
      },
    ]),
  ) as Record<LifeDomain, IntakeAnswer>;
}

function saveIn(tx: Tx, intakeId: number, answers: IntakeAnswerInput[]) {
  for (const answer of answers) {
    const values = {
      score: answer.score ?? null,
      questionBehind: answer.questionBehind?.trim() ?? "",
      ownStrength: answer.ownStrength?.trim() ?? "",
      networkStrength: answer.networkStrength?.trim() ?? "",
    };
    tx.insert(intakeAnswers)
      .values({ intakeId, domain: answer.domain, ...values })
      .onConflictDoUpdate({ target: [intakeAnswers.intakeId, intakeAnswers.domain], set: values })
      .run();
  }
}

export type SaveIntakeResult = { ok: true; intakeId: number } | Refused;

/** Saves what has been filled in so far; the intake stays open to continue later. */
export function saveIntakeAnswers(actor: Actor, input: { householdId: number; answers: IntakeAnswerInput[] }): SaveIntakeResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    const { intakeId } = startIn(tx, actor, input.householdId);
    saveIn(tx, intakeId, input.answers);
    recordAudit(tx, actor, { action: "update", entityType: "intake", entityId: intakeId, householdId: input.householdId, detail: "saved" });
    return { ok: true, intakeId };
  });
}

export type CompleteIntakeResult =
  | { ok: true; intakeId: number; needs: { domain: LifeDomain; score: number }[]; resolved: LifeDomain[] }
  | Refused
  | { ok: false; error: "missing_scores"; domains: LifeDomain[] };

/**
 * Saves the last answers and completes the intake when every domain has a score (the answers are
 * kept either way). Needs follow the new scores: a domain scoring 1–3 keeps its open need (and its
 * status, such as "referred") or gets a new one; a domain now scoring 4–5 has its need resolved.
 */
export function completeIntake(actor: Actor, input: { householdId: number; answers: IntakeAnswerInput[] }): CompleteIntakeResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    const { intakeId } = startIn(tx, actor, input.householdId);
    saveIn(tx, intakeId, input.answers);
    const answers = answersOf(tx, intakeId);
    const missing = LIFE_DOMAINS.filter((domain) => answers[domain].score === null);
    if (missing.length > 0) {
      recordAudit(tx, actor, { action: "update", entityType: "intake", entityId: intakeId, householdId: input.householdId, detail: "saved" });
      return { ok: false, error: "missing_scores", domains: missing } as const;
    }
    const unresolved = tx
      .select({ id: needs.id, domain: needs.domain })
      .from(needs)
      .where(and(eq(needs.householdId, input.householdId), ne(needs.status, "resolved")))
      .all();
    const created: { domain: LifeDomain; score: number }[] = [];
    const resolved: LifeDomain[] = [];
    for (const domain of LIFE_DOMAINS) {
      const score = answers[domain].score as number;
      const existing = unresolved.filter((n) => n.domain === domain).map((n) => n.id);
      if (score <= NEED_THRESHOLD) {
        if (existing.length > 0) {
          tx.update(needs).set({ score, intakeId }).where(inArray(needs.id, existing)).run();
        } else {
          tx.insert(needs).values({ householdId: input.householdId, intakeId, domain, score }).run();
          created.push({ domain, score });
        }
      } else if (existing.length > 0) {
        tx.update(needs).set({ score, intakeId, status: "resolved" }).where(inArray(needs.id, existing)).run();
        resolved.push(domain);
      }
    }
    tx.update(intakes).set({ completedAt: new Date(), conductedBy: actor.id }).where(eq(intakes.id, intakeId)).run();
    recordAudit(tx, actor, { action: "update", entityType: "intake", entityId: intakeId, householdId: input.householdId, detail: "completed" });
    return { ok: true, intakeId, needs: created, resolved } as const;
  });
}
