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
