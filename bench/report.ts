/** Printing bench figures in one aligned format, so every section of `npm run bench` reads alike. */

/** `npm run bench -- --quick`: smaller data and shorter loads, for a check within three minutes. */
export const QUICK = process.argv.includes("--quick");

/** The value at fraction `p` (0–1) of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export function summarise(values: readonly number[]): { median: number; p95: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), n: sorted.length };
}

export function printSection(title: string) {
  console.log(`\n${title}`);
}

/**
 * One figure: name, value and unit, and whether it meets its target: a number is an upper bound,
 * `{ atLeast }` a lower one. Every figure has one, so that none drifts unnoticed.
 */
export function printFigure(name: string, value: number, unit: string, target: number | { atLeast: number }) {
  const verdict =
    typeof target === "number"
      ? `${Number.isFinite(value) && value < target ? "✓" : "✗"} target < ${target} ${unit}`
      : `${Number.isFinite(value) && value >= target.atLeast ? "✓" : "✗"} target ≥ ${target.atLeast} ${unit}`;
  console.log(`  ${name.padEnd(58)} ${shown(value).padStart(9)} ${unit}  ${verdict}`);
}

function shown(value: number): string {
  return Number.isFinite(value) ? value.toFixed(value >= 100 ? 0 : 2) : "n/a";
}

/**
 * A number that is context, not a figure with a target of its own: the two sides of a ratio that
 * is judged, a second percentile beside a judged median, how long the setup took.
 */
export function printContext(name: string, value: number, unit: string) {
  console.log(`  · ${name}: ${shown(value)} ${unit}`);
}

/** A line that explains a figure (what was measured, or why it is missing). */
export function printNote(text: string) {
  console.log(`  · ${text}`);
}
