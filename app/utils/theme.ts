/**
 * The house style as design tokens. Where the NL Design System has a token for a colour we use its
 * name (`--nl-button-primary-background-color`, `--nl-link-color`, …), so a municipality with an NL
 * Design System theme can copy its values; `--wijkmarkt-*` names the few it has no token for.
 * app/tailwind.css maps Tailwind's colours onto these variables.
 */
export const THEME_TOKENS = [
  "nl-document-color",
  "nl-document-background-color",
  "nl-link-color",
  "nl-link-hover-color",
  "nl-button-primary-background-color",
  "nl-button-primary-hover-background-color",
  "nl-button-primary-color",
  "nl-button-secondary-background-color",
  "nl-button-secondary-border-color",
  "nl-button-secondary-color",
  "nl-focus-outline-color",
  "nl-form-control-border-color",
  "nl-form-control-background-color",
  "nl-page-header-background-color",
  "nl-page-header-color",
  "nl-page-footer-background-color",
  "nl-page-footer-color",
  "wijkmarkt-surface-color",
  "wijkmarkt-border-color",
  "wijkmarkt-muted-color",
  "wijkmarkt-accent-background-color",
  "wijkmarkt-accent-border-color",
  "wijkmarkt-accent-strong-color",
  "wijkmarkt-accent-color",
  "wijkmarkt-warning-background-color",
  "wijkmarkt-warning-color",
  "wijkmarkt-danger-background-color",
  "wijkmarkt-danger-color",
] as const;
export type ThemeToken = (typeof THEME_TOKENS)[number];

/**
 * Every pair of colours the site puts text or a control on, with the contrast WCAG 2.1 AA asks:
 * 4.5 : 1 for text, 3 : 1 for the edges of controls and the focus ring (1.4.11).
 */
export const CONTRAST_PAIRS: { foreground: ThemeToken | "white"; background: ThemeToken; minimum: 4.5 | 3; what: string }[] = [
  { foreground: "nl-document-color", background: "nl-document-background-color", minimum: 4.5, what: "text on the page" },
  { foreground: "nl-document-color", background: "wijkmarkt-surface-color", minimum: 4.5, what: "text in a card" },
  { foreground: "wijkmarkt-muted-color", background: "nl-document-background-color", minimum: 4.5, what: "quiet text on the page" },
  { foreground: "wijkmarkt-muted-color", background: "wijkmarkt-surface-color", minimum: 4.5, what: "quiet text in a card" },
  { foreground: "nl-link-color", background: "nl-document-background-color", minimum: 4.5, what: "link on the page" },
  { foreground: "nl-link-color", background: "wijkmarkt-surface-color", minimum: 4.5, what: "link in a card" },
  { foreground: "nl-link-hover-color", background: "wijkmarkt-surface-color", minimum: 4.5, what: "link under the pointer" },
  { foreground: "nl-link-color", background: "wijkmarkt-accent-background-color", minimum: 4.5, what: "link in a highlighted box" },
  { foreground: "nl-button-primary-color", background: "nl-button-primary-background-color", minimum: 4.5, what: "primary button" },
  { foreground: "nl-button-primary-color", background: "nl-button-primary-hover-background-color", minimum: 4.5, what: "primary button under the pointer" },
  { foreground: "nl-button-primary-background-color", background: "wijkmarkt-surface-color", minimum: 3, what: "primary button's edge" },
  { foreground: "nl-button-secondary-color", background: "nl-button-secondary-background-color", minimum: 4.5, what: "secondary button" },
  { foreground: "nl-button-secondary-border-color", background: "wijkmarkt-surface-color", minimum: 3, what: "secondary button's edge" },
  { foreground: "nl-focus-outline-color", background: "nl-document-background-color", minimum: 3, what: "focus ring" },
  { foreground: "nl-form-control-border-color", background: "nl-form-control-background-color", minimum: 3, what: "edge of a form field" },
  { foreground: "nl-document-color", background: "nl-form-control-background-color", minimum: 4.5, what: "text in a form field" },
  { foreground: "nl-page-header-color", background: "nl-page-header-background-color", minimum: 4.5, what: "page header" },
  { foreground: "nl-page-footer-color", background: "nl-page-footer-background-color", minimum: 4.5, what: "page footer" },
  { foreground: "wijkmarkt-accent-color", background: "wijkmarkt-accent-background-color", minimum: 4.5, what: "badge and highlighted text" },
  { foreground: "wijkmarkt-accent-strong-color", background: "wijkmarkt-surface-color", minimum: 3, what: "highlighted box's edge" },
  { foreground: "wijkmarkt-warning-color", background: "wijkmarkt-warning-background-color", minimum: 4.5, what: "warning" },
  { foreground: "wijkmarkt-warning-color", background: "wijkmarkt-surface-color", minimum: 4.5, what: "warning text in a card" },
  { foreground: "wijkmarkt-danger-color", background: "wijkmarkt-danger-background-color", minimum: 4.5, what: "error message" },
  { foreground: "wijkmarkt-danger-color", background: "wijkmarkt-surface-color", minimum: 4.5, what: "error next to a field" },
  { foreground: "white", background: "wijkmarkt-danger-color", minimum: 4.5, what: "danger button" },
];

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
