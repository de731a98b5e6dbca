import { describe, expect, it } from "vitest";
import { createI18n } from "./i18n";
import { messages } from "~/locales";
import { serverI18n } from "./messages.server";

/** The same lookups through a plain i18next instance, which remembers nothing. */
const fresh = createI18n("nl", messages.nl);

describe("serverI18n remembers plain messages", () => {
  const { t } = serverI18n("nl");
  const fixedT = serverI18n("nl").getFixedT(null, "translation");

  it("gives the same text as i18next, the first time and again", () => {
    for (let round = 0; round < 2; round++) {
      expect(t("directory.search.title")).toBe("Initiatieven zoeken");
      expect(fixedT("directory.search.title")).toBe(fresh.t("directory.search.title"));
    }
  });

  it("still fills in parameters and plurals on every call", () => {
    expect(fixedT("print.matchesLinkHint", { count: 3 })).toBe(fresh.t("print.matchesLinkHint", { count: 3 }));
    expect(fixedT("print.matchesLinkHint", { count: 7 })).toContain("7");
    expect(fixedT("collective.list.results", { count: 1 })).toBe(fresh.t("collective.list.results", { count: 1 }));
    expect(fixedT("collective.list.results", { count: 5 })).toBe(fresh.t("collective.list.results", { count: 5 }));
  });

  it("keeps the languages apart", () => {
    expect(serverI18n("en").t("directory.search.title")).toBe(createI18n("en", messages.en).t("directory.search.title"));
    expect(serverI18n("en").t("directory.search.title")).not.toBe(t("directory.search.title"));
  });

  it("passes garbage through to i18next unchanged", () => {
    for (const key of ["", "no.such.key", "directory", "__proto__", "constructor", "a".repeat(5000)]) {
      expect(fixedT(key)).toEqual(fresh.t(key));
      expect(fixedT(key)).toEqual(fresh.t(key));
    }
    expect(fixedT(["no.such.key", "directory.search.title"])).toBe("Initiatieven zoeken");
    expect(fixedT("no.such.key", { defaultValue: "standaard" })).toBe("standaard");
    expect(fixedT("no.such.key", "ook standaard")).toBe("ook standaard");
    expect(t("directory.search.title", { lng: "en" })).toBe(fresh.t("directory.search.title", { lng: "en" }));
  });
});

/** Every message key of a tree, with its text. */
function entries(tree: Record<string, unknown>, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([name, value]) =>
    typeof value === "string" ? [[`${prefix}${name}`, value] as [string, string]] : entries(value as Record<string, unknown>, `${prefix}${name}.`),
  );
}

describe("serverI18n fills in values", () => {
  for (const locale of ["nl", "en"] as const) {
    it(`gives i18next's text for every ${locale} message with placeholders, with strings, numbers and odd values`, () => {
      const reference = createI18n(locale, messages[locale]);
      const fixedT = serverI18n(locale).getFixedT(null, "translation");
      const withValues = entries(messages[locale]).filter(([, text]) => text.includes("{{"));
      expect(withValues.length).toBeGreaterThan(50);
      for (const [key, text] of withValues) {
        const names = [...text.matchAll(/\{\{-?\s*([\w.]+)/g)].map((match) => match[1]!);
        const samples = [
          Object.fromEntries(names.map((name, i) => [name, `waarde ${i} {{${name}}} $t(x) <b>`])),
          Object.fromEntries(names.map((name, i) => [name, i * 1.5])),
          Object.fromEntries(names.slice(1).map((name) => [name, "alleen deze"])),
          { ...Object.fromEntries(names.map((name) => [name, "x"])), extra: "niet in de tekst" },
          { ...Object.fromEntries(names.map((name) => [name, "x"])), defaultValue: "standaard" },
        ];
        for (const values of samples) expect(fixedT(key, values), `${key} ${JSON.stringify(values)}`).toBe(reference.t(key, values));
      }
    });
  }

  it("leaves plurals, objects and unknown keys to i18next", () => {
    const fixedT = serverI18n("nl").getFixedT(null, "translation");
    expect(fixedT("collective.list.results", { count: 2 })).toBe(fresh.t("collective.list.results", { count: 2 }));
    expect(fixedT("no.such.key", { name: "x" })).toBe(fresh.t("no.such.key", { name: "x" }));
    expect(fixedT("directory", { name: "x", returnObjects: true })).toEqual(fresh.t("directory", { name: "x", returnObjects: true }));
    expect(fixedT("directory.schedule.line", { when: { toString: () => "nooit" }, start: "1", end: "2" })).toBe(
      fresh.t("directory.schedule.line", { when: { toString: () => "nooit" }, start: "1", end: "2" }),
    );
  });
});
