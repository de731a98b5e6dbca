/**
 * "Today's" server for ratios in the same run (issue 14, target 2): the code of a fixed commit,
 * exported with `git archive` into the temporary folder (outside the repository, so no test or
 * linter of this checkout sees it), built once and kept there (keyed by the commit),
 * then started on the same bench database beside the current server. It runs from its own
 * folder (baseline-server.mjs), so its migrations, tsconfig paths and build are its own.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { appServerEnv, startProcess, type RunningServer } from "./setup";

/** main when issue 14's uncached-rendering work began (decision 021). */
export const BASELINE_COMMIT = process.env.BENCH_BASELINE_COMMIT ?? "12d5fe5";

/** Exports and builds the baseline once; returns its folder, or an error text. */
export function prepareBaseline(commit = BASELINE_COMMIT): { dir: string } | { error: string } {
  const dir = path.join(os.tmpdir(), `wijkmarkt-bench-baseline-${commit}`);
  if (existsSync(path.join(dir, "build-bench/server/index.js"))) {
    const error = linkModules(dir);
    return error ? { error } : { dir };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = spawnSync("sh", ["-c", `git archive ${commit} | tar -x -C "${dir}"`], { encoding: "utf8" });
  if (archive.status !== 0) return { error: `git archive ${commit} failed: ${archive.stderr.trim()}` };
  const error = linkModules(dir);
  if (error) return { error };
  const build = spawnSync("npx", ["remix", "vite:build"], {
    cwd: dir,
    env: { ...process.env, BUILD_DIR: "build-bench", NODE_ENV: "production" },
    encoding: "utf8",
    timeout: 300_000,
  });
  if (build.status !== 0) return { error: `building ${commit} failed (exit ${build.status ?? build.signal})` };
  return { dir };
}

/**
 * The kept baseline runs on this checkout's packages (the checkout it was built from may be gone),
 * but as they were at its commit: a hard-linked copy with this checkout's patches (patches/,
 * applied by patch-package) taken out again and the baseline's own put in. GNU patch writes each
 * file it changes anew, so the links back to this checkout's packages are left untouched.
 */
function linkModules(dir: string): string | null {
  const modules = path.join(dir, "node_modules");
  const patchesOf = (root: string) =>
    existsSync(path.join(root, "patches")) ? readdirSync(path.join(root, "patches")).map((name) => path.join(root, "patches", name)) : [];
  const steps = [...patchesOf(process.cwd()).map((file) => ["-R", file]), ...patchesOf(dir).map((file) => ["-N", file])];
  // The copy is kept while this checkout's packages and both sides' patches are the same (2–3 s saved a run).
  const made = createHash("sha256").update(readFileSync("package-lock.json"));
  for (const [direction, file] of steps) made.update(`${direction}\0`).update(readFileSync(file!));
  const marker = path.join(modules, ".wijkmarkt-baseline");
  const fingerprint = made.digest("hex");
  if (existsSync(marker) && readFileSync(marker, "utf8") === fingerprint) return null;
  rmSync(modules, { recursive: true, force: true });
  const copy = spawnSync("cp", ["-al", path.resolve("node_modules"), modules], { encoding: "utf8" });
  if (copy.status !== 0) return `copying node_modules failed: ${copy.stderr.trim()}`;
  for (const [direction, file] of steps) {
    const patch = spawnSync("patch", [direction!, "-p1", "-s", "-d", dir, "-i", file!], { encoding: "utf8" });
    if (patch.status !== 0) return `patch ${direction} ${file} failed: ${(patch.stdout + patch.stderr).trim()}`;
  }
  writeFileSync(marker, fingerprint);
  return null;
}

/** Starts the baseline's production server on `databaseFile`; stop() ends exactly that process. */
export function startBaselineServer(dir: string, databaseFile: string, extra: Record<string, string>): Promise<RunningServer> {
  const script = fileURLToPath(new URL("./baseline-server.mjs", import.meta.url));
  return startProcess([script], { ...appServerEnv(databaseFile, "build-bench", extra), BASELINE_DIR: dir }, "/healthz");
}
