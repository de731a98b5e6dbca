/**
 * The open answers of the kitchen-table conversation (the question behind the question, what the
 * household can do itself, what its network can do) across intakes: what each says now, since when,
 * and what it said before.
 */
import { LIFE_DOMAINS, type LifeDomain } from "./vocabulary";

/** The three open answers of a domain: what the household asks and what it brings itself. */
export const NOTE_FIELDS = ["questionBehind", "ownStrength", "networkStrength"] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

/**
 * One open answer as it stands after the last completed intake: since which intake it reads like
 * this, and what it said before it was changed (null when it is new or was empty before).
 */
export type NoteHistory = { text: string; writtenOn: Date; before: { text: string; writtenOn: Date } | null };
export type DomainNotes = Record<NoteField, NoteHistory | null>;
export type ConversationNotes = Partial<Record<LifeDomain, DomainNotes>>;

/** One completed intake's open answers per domain. */
export type CompletedAnswers = { completedAt: Date; answers: Partial<Record<LifeDomain, Partial<Record<NoteField, string>>>> };

function historyOf(history: CompletedAnswers[], domain: LifeDomain, field: NoteField): NoteHistory | null {
  const texts = history.map((h) => (h.answers[domain]?.[field] ?? "").trim());
  if (texts.length === 0) return null;
  const current = texts[0];
  let since = 0;
  while (since + 1 < texts.length && texts[since + 1] === current) since++;
  const earlier = since + 1 < texts.length && texts[since + 1] !== "" ? { text: texts[since + 1], writtenOn: history[since + 1].completedAt } : null;
  if (current === "" && !earlier) return null;
  return { text: current, writtenOn: history[since].completedAt, before: earlier };
}

/**
 * Per domain the open answers of the completed intakes, newest intake first in `history`. A text
 * carried unchanged into later intakes keeps the date it was first written.
 */
export function notesFrom(history: CompletedAnswers[]): ConversationNotes {
  const notes: ConversationNotes = {};
  for (const domain of LIFE_DOMAINS) {
    const domainNotes = Object.fromEntries(NOTE_FIELDS.map((field) => [field, historyOf(history, domain, field)])) as DomainNotes;
    if (NOTE_FIELDS.some((field) => domainNotes[field] !== null)) notes[domain] = domainNotes;
  }
  return notes;
}
