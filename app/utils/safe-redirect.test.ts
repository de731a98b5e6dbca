import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it("keeps a same-site path with its query and hash", () => {
    expect(safeRedirect("/werkplek/huishoudens/3?tab=plan#doelen")).toBe("/werkplek/huishoudens/3?tab=plan#doelen");
    expect(safeRedirect("/initiatieven?q=koken%20samen")).toBe("/initiatieven?q=koken%20samen");
  });

  it("sends everything that could leave the site, or is not a path, to the fallback", () => {
    const hostile = [
      "/\t/evil.example/",
      "/%09/evil.example/".replace("%09", "\t"),
      "/\n/evil.example",
      "/\r\n/evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\/evil.example",
      "/%2F/evil.example",
      "/%2f%2fevil.example",
      "/%5Cevil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      " /x",
      "",
      "evil.example",
      `/${"a".repeat(3000)}`,
    ];
    for (const to of hostile) expect(safeRedirect(to), JSON.stringify(to)).toBe("/");
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined, "/mijn")).toBe("/mijn");
  });

  it("refuses a control character, so a Location header cannot be split", () => {
    for (const to of ["/a\r\nSet-Cookie: x=1", "/a\u0000b", "/ok\r\n", "/a\u007fb"]) expect(safeRedirect(to)).toBe("/");
    expect(safeRedirect("/a\u2028b")).toBe("/a%E2%80%A8b");
  });
});
