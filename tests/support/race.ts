import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";

/** A contender script in tests/support/workers. */
export const workerPath = (file: string) => path.resolve(import.meta.dirname, "workers", file);

/** One process per contender, each with its own database connection, like two app servers. */
function startContender<R>(worker: string, args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", worker, ...args], {
    env: process.env,
    cwd: process.cwd(),
  }) as ChildProcessWithoutNullStreams;
  let output = "";
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith("ready\n")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`contender exited early (${code}): ${errors}`)));
  });
  const result = new Promise<R>((resolve, reject) => {
    child.on("exit", (code) => {
      const line = output.split("\n").filter(Boolean).at(-1) ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line) as R);
      else reject(new Error(`contender failed (${code}): ${errors}`));
    });
  });
  return { child, ready, result };
}

/**
 * Starts a worker process per argument list, waits until all are loaded, then lets them go at
 * the same moment. A worker prints "ready", waits for a line on stdin, and prints its result as JSON.
 */
export async function race<R>(worker: string, contenders: string[][]): Promise<R[]> {
  const started = contenders.map((args) => startContender<R>(worker, args));
  await Promise.all(started.map((c) => c.ready));
  for (const c of started) c.child.stdin.write("go\n");
  return Promise.all(started.map((c) => c.result));
}
