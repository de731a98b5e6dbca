import { describe, expect, it } from "vitest";
import { caseloadPageHref } from "./caseload";

describe("caseloadPageHref", () => {
  it("keeps the search and filters and replaces only the page", () => {
    expect(caseloadPageHref("/werkplek", "", 2)).toBe("/werkplek?pagina=2");
    expect(caseloadPageHref("/werkplek", "?q=wt+2026&scope=team&wijk=3&flagged=1&pagina=4", 3)).toBe(
      "/werkplek?q=wt+2026&scope=team&wijk=3&flagged=1&pagina=3",
    );
    expect(caseloadPageHref("/werkplek", "?pagina=1&pagina=9&team=2", 2)).toBe("/werkplek?pagina=2&team=2");
  });

  it("carries odd input along as text, encoded, never as markup or another address", () => {
    const href = caseloadPageHref("/werkplek", "?q=%3Cscript%3E%22%26pagina%3D7&x=%00", 2);
    expect(new URL(href, "http://localhost").searchParams.get("q")).toBe('<script>"&pagina=7');
    expect(new URL(href, "http://localhost").searchParams.get("pagina")).toBe("2");
    expect(href.startsWith("/werkplek?")).toBe(true);
    expect(caseloadPageHref("/werkplek", "garbage&&=&=x", 2)).toBe("/werkplek?garbage=&=&=x&pagina=2");
  });
});
