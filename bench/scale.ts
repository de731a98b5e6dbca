/**
 * The scale curve (issue 14, target 6): the same figures at 1×, 5× and 20× a large municipality,
 * so anyone can see how each cost grows with the data. Each size gets its own (cached) database
 * and its own child process (the app's modules open one database per process), which prints its
 * figures as scale-point.ts.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { printContext, printNote } from "./report";
import { createBenchDatabase, type BenchSize } from "./setup";

export const SCALE_POINTS: (BenchSize & { label: string })[] = [
  { label: "1×", initiatives: 2_000, households: 10_000 },
  { label: "5×", initiatives: 10_000, households: 50_000 },
  { label: "20×", initiatives: 40_000, households: 200_000 },
];

export async function benchScaleCurve(points: typeof SCALE_POINTS, quick: boolean) {
  for (const point of points) {
    const started = performance.now();
    const database = createBenchDatabase(point);
    try {
      printNote(
        `${point.label}: ${point.initiatives.toLocaleString("en")} initiatives, ${point.households.toLocaleString("en")} households, in teams of 2,000`,
      );
      printContext(`${point.label}: ${database.cached ? "copying the kept" : "creating the"} bench database`, (performance.now() - started) / 1000, "s");
      const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./scale-point.ts", import.meta.url))], {
        env: { ...process.env, DATABASE_PATH: database.file, NODE_ENV: "production", BENCH_POINT: JSON.stringify({ label: point.label, quick }) },
        stdio: ["ignore", "inherit", "inherit"],
        timeout: 300_000,
      });
      if (child.status !== 0) printNote(`${point.label}: the measurement stopped (${child.error?.message ?? `exit ${child.status ?? child.signal}`})`);
    } finally {
      database.cleanUp();
    }
  }
}
