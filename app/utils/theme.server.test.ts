import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTRAST_PAIRS, contrastRatio, THEME_TOKENS } from "./theme";
import { loadTheme } from "./theme.server";

const THEMES = ["themes/neutral.json", "themes/example-gemeente.json"];

describe("contrast of every text and control colour pair (WCAG 2.1 AA)", () => {
  for (const file of THEMES) {
    const theme = loadTheme(file);
    for (const pair of CONTRAST_PAIRS) {
      it(`${file}: ${pair.what} reaches ${pair.minimum} : 1`, () => {
        const foreground = pair.foreground === "white" ? "#ffffff" : theme.tokens[pair.foreground];
        expect(contrastRatio(foreground, theme.tokens[pair.background])).toBeGreaterThanOrEqual(pair.minimum);
      });
    }
  }

  it("computes the ratios WCAG gives for known colours", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("checks every token in at least one pair", () => {
    const used = new Set(CONTRAST_PAIRS.flatMap((pair) => [pair.foreground, pair.background]));
    // Card borders and dividers are decoration, not controls: WCAG sets no contrast for them.
    const decoration = new Set(["wijkmarkt-border-color", "wijkmarkt-accent-border-color"]);
    expect(THEME_TOKENS.filter((token) => !used.has(token) && !decoration.has(token))).toEqual([]);
  });
});

describe("loading a theme", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "theme-"));
  const neutral = JSON.parse(readFileSync("themes/neutral.json", "utf8")) as { tokens: Record<string, string>; fontFamily: string };
  const write = (name: string, content: unknown) => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
    return file;
  };

  it("turns the tokens into CSS custom properties, with the logo beside the file", () => {
    const theme = loadTheme("themes/example-gemeente.json");
    expect(theme.css).toContain("--nl-button-primary-background-color: #154273;");
    expect(theme.css).toContain("--nl-document-font-family: Verdana");
    expect(theme.logoSvg).toContain("<svg");
    expect(loadTheme("themes/neutral.json").logoSvg).toBeNull();
    expect(theme.version).not.toBe(loadTheme("themes/neutral.json").version);
  });

  it("refuses garbage with a message naming the file and the problem", () => {
    expect(() => loadTheme(write("broken.json", "{ not json"))).toThrow(/broken\.json cannot be read as JSON/);
    expect(() => loadTheme(write("colour.json", { ...neutral, tokens: { ...neutral.tokens, "nl-link-color": "red; } body { display:none" } }))).toThrow(
      /tokens\.nl-link-color: must be a colour/,
    );
    const { "nl-link-color": _missing, ...withoutLink } = neutral.tokens;
    expect(() => loadTheme(write("missing.json", { ...neutral, tokens: withoutLink }))).toThrow(/tokens\.nl-link-color/);
    expect(() => loadTheme(write("extra.json", { ...neutral, tokens: { ...neutral.tokens, "nl-unknown": "#000000" } }))).toThrow(/Unrecognized key/);
    expect(() => loadTheme(write("font.json", { ...neutral, fontFamily: "Arial; } :root { --x: url(//evil)" }))).toThrow(/fontFamily/);
    expect(() => loadTheme(write("logo.json", { ...neutral, logo: "../../etc/passwd.svg" }))).toThrow(/logo/);
    expect(() => loadTheme(path.join(dir, "absent.json"))).toThrow(/absent\.json cannot be read/);
  });
});
