import { describe, expect, it } from "vitest";
import { journalEntries, migrationHash, readLock } from "./lock";

describe("committed migrations are append-only", () => {
  const lock = readLock();
  const entries = journalEntries();

  it("every recorded migration is still in the journal, unchanged", () => {
    for (const [tag, hash] of Object.entries(lock)) {
      const entry = entries.find((candidate) => candidate.tag === tag);
      expect(entry, `${tag} was removed from the journal`).toBeDefined();
      expect(migrationHash(entry!), `${tag} was edited after it was recorded: add a new migration instead`).toBe(hash);
    }
  });

  it("every migration in the journal is recorded (run `npm run db:generate`, which records it)", () => {
    const unrecorded = entries.map((entry) => entry.tag).filter((tag) => !(tag in lock));
    expect(unrecorded).toEqual([]);
  });

  it("recorded migrations keep their order: new ones only come after", () => {
    const recorded = entries.filter((entry) => entry.tag in lock).map((entry) => entry.idx);
    expect(recorded).toEqual(recorded.map((_, index) => index));
  });
});
