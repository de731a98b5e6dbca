/**
 * Reads the municipality's house style from THEME_FILE once, checks it, and turns it into the
 * stylesheet /theme.css. A wrong theme stops the start with a message naming the problem.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { getEnv } from "./env.server";
import { THEME_TOKENS, type ThemeToken } from "./theme";

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1a2b3c");

const themeSchema = z.object({
  /** An SVG file beside the theme file. */
  logo: z
    .string()
    .regex(/^[\w.-]+\.svg$/, "must be the name of an .svg file beside the theme")
    .optional(),
  fontFamily: z.string().regex(/^[\w\s"',.-]{1,300}$/, "must be a CSS font stack of names, quotes and commas"),
  tokens: z.object(Object.fromEntries(THEME_TOKENS.map((token) => [token, hexColour])) as Record<ThemeToken, typeof hexColour>).strict(),
});

export type Theme = { tokens: Record<ThemeToken, string>; fontFamily: string; logoSvg: string | null; css: string; version: string };

/** Loads and checks a theme file; throws an Error naming the file and what is wrong. */
export function loadTheme(file: string): Theme {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`THEME_FILE ${file} cannot be read as JSON: ${(error as Error).message}`);
  }
  const parsed = themeSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`THEME_FILE ${file} is not a valid theme:\n${problems}`);
  }
  const { tokens, fontFamily, logo } = parsed.data;
  const logoSvg = logo ? readFileSync(path.join(path.dirname(file), logo), "utf8") : null;
  const declarations = THEME_TOKENS.map((token) => `  --${token}: ${tokens[token]};`);
  const css = `:root {\n${declarations.join("\n")}\n  --nl-document-font-family: ${fontFamily};\n}\n`;
  const version = createHash("sha256")
    .update(css)
    .update(logoSvg ?? "")
    .digest("hex")
    .slice(0, 12);
  return { tokens, fontFamily, logoSvg, css, version };
}

let cached: Theme | undefined;

export function getTheme(): Theme {
  cached ??= loadTheme(getEnv().THEME_FILE);
  return cached;
}
