/**
 * A yes/no fact about a listing that nobody may have stated yet (is it free, can a wheelchair get
 * in). Stored as true, false or null; null is "not known" and is never shown as "no".
 */
export const ANSWERS = ["yes", "no", "unknown"] as const;
export type Answer = (typeof ANSWERS)[number];

export const fromAnswer = (answer: Answer): boolean | null => (answer === "unknown" ? null : answer === "yes");

export const toAnswer = (value: boolean | null): Answer => (value === null ? "unknown" : value ? "yes" : "no");
