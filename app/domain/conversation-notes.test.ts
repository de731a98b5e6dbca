import { describe, expect, it } from "vitest";
import { notesFrom, type CompletedAnswers } from "./conversation-notes";

const march = new Date("2026-03-03T10:00:00Z");
const june = new Date("2026-06-09T10:00:00Z");
const october = new Date("2026-10-20T10:00:00Z");

function intake(completedAt: Date, finances: CompletedAnswers["answers"]["finances"]): CompletedAnswers {
  return { completedAt, answers: { finances } };
}

describe("notesFrom", () => {
  it("has nothing to say before any intake, or when nothing was written", () => {
    expect(notesFrom([])).toEqual({});
    expect(notesFrom([intake(march, { questionBehind: "", ownStrength: "   " })])).toEqual({});
  });

  it("keeps the date a text was first written while it is carried unchanged", () => {
    const notes = notesFrom([
      intake(october, { questionBehind: "Schulden na de scheiding" }),
      intake(june, { questionBehind: "Schulden na de scheiding" }),
      intake(march, { questionBehind: "Rekeningen stapelen zich op" }),
    ]);
    expect(notes.finances?.questionBehind).toEqual({
      text: "Schulden na de scheiding",
      writtenOn: june,
      before: { text: "Rekeningen stapelen zich op", writtenOn: march },
    });
    expect(notes.finances?.ownStrength).toBeNull();
    expect(notes.housing).toBeUndefined();
  });

  it("shows a text that was emptied as emptied, with what it said", () => {
    const notes = notesFrom([intake(june, { networkStrength: "" }), intake(march, { networkStrength: "Zus helpt met post" })]);
    expect(notes.finances?.networkStrength).toEqual({ text: "", writtenOn: june, before: { text: "Zus helpt met post", writtenOn: march } });
  });

  it("does not call an empty earlier answer a change", () => {
    const notes = notesFrom([intake(june, { ownStrength: "Houdt een kasboek bij" }), intake(march, {})]);
    expect(notes.finances?.ownStrength).toEqual({ text: "Houdt een kasboek bij", writtenOn: june, before: null });
  });

  it("survives odd input: unknown domains, missing answers, whitespace around the same text", () => {
    const odd = [
      { completedAt: june, answers: { finances: { questionBehind: "  Zelfde tekst " }, nonsense: { questionBehind: "x" } } },
      { completedAt: march, answers: { finances: { questionBehind: "Zelfde tekst" } } },
    ] as unknown as CompletedAnswers[];
    const notes = notesFrom(odd);
    expect(Object.keys(notes)).toEqual(["finances"]);
    expect(notes.finances?.questionBehind).toEqual({ text: "Zelfde tekst", writtenOn: march, before: null });
  });
});
