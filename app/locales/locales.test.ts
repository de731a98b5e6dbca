import { describe, expect, it } from "vitest";
import { createI18n } from "~/utils/i18n";
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

describe("counts and amounts read as a person writes them", () => {
  const nl = createI18n("nl", messages.nl);
  const en = createI18n("en", messages.en);

  it("uses real plurals for a household's make-up, and says 'no children' rather than '0 kind(eren)'", () => {
    expect(nl.t("workspace.household.adults", { count: 1 })).toBe("1 volwassene");
    expect(nl.t("workspace.household.adults", { count: 2 })).toBe("2 volwassenen");
    expect(nl.t("workspace.household.childCount", { count: 0 })).toBe("geen kinderen");
    expect(nl.t("workspace.household.childCount", { count: 1 })).toBe("1 kind");
    expect(en.t("workspace.household.childCount", { count: 3 })).toBe("3 children");
  });

  it("writes money with thousands separators in each language", () => {
    expect(nl.t("collective.amount.funding", { count: 1500 })).toBe("€ 1.500");
    expect(en.t("collective.amount.funding", { count: 1500 })).toBe("€1,500");
  });

  it("says a referral sent today was sent today, not that it waits 0 working days", () => {
    expect(nl.t("referrals.inbox.waiting", { count: 0 })).toBe("vandaag verstuurd");
    expect(nl.t("referrals.inbox.waiting", { count: 1 })).toBe("wacht 1 werkdag");
    expect(en.t("referrals.inbox.waiting", { count: 0 })).toBe("sent today");
  });
});
