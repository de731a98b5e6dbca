import { describe, expect, it } from "vitest";
import { messages } from "./index";

function keysOf(tree: unknown, prefix = ""): string[] {
  if (typeof tree !== "object" || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

describe("message files", () => {
  it("Dutch and English have exactly the same keys", () => {
    const dutch = keysOf(messages.nl).sort();
    const english = keysOf(messages.en).sort();
    expect(english.filter((k) => !dutch.includes(k))).toEqual([]);
    expect(dutch.filter((k) => !english.includes(k))).toEqual([]);
  });

  it("no message is empty in either language", () => {
    for (const locale of ["nl", "en"] as const) {
      const empty = keysOf(messages[locale]).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale]);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty, `empty messages in ${locale}`).toEqual([]);
    }
  });
});
