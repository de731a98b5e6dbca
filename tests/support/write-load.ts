/** Starts workers/write-load.ts processes against this test file's database and collects what they acknowledged. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { households } from "~db/schema";
import type { Db } from "~db/client";
import { createStaffedTeam } from "#tests/factories/core";

const WORKER = path.resolve(import.meta.dirname, "workers/write-load.ts");

export type Ack = { id: number; reference: string };

export type WriteLoad = {
  acks: Ack[];
  /** Resolves when `n` writes have been acknowledged in all. */
  acknowledged: (n: number) => Promise<void>;
  /** Resolves when every writer has exited; rejects when one failed on its own. */
  finished: Promise<void>;
  kill: () => void;
};

export function startWriteLoad({ writers, count }: { writers: number; count: number }): WriteLoad {
  const { team, pc4, consultant } = createStaffedTeam();
  const acks: Ack[] = [];
  const waiting: { n: number; resolve: () => void }[] = [];
  let killed = false;
  const children: ChildProcess[] = [];
  const exits = Array.from({ length: writers }, (_, w) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, consultant.id, String(team.id), pc4, `writer${w}`, String(count)], {
      env: process.env,
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let pending = "";
    let errors = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) {
        const [, id, reference] = line.split(" ");
        acks.push({ id: Number(id), reference });
      }
      for (const wait of waiting.filter((w) => acks.length >= w.n)) wait.resolve();
    });
    child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    return new Promise<void>((resolve, reject) =>
      child.on("exit", (code) => (code === 0 || killed ? resolve() : reject(new Error(`writer ${w} failed (${code}): ${errors}`)))),
    );
  });
  const finished = Promise.all(exits).then(() => undefined);
  return {
    acks,
    acknowledged: (n) => (acks.length >= n ? Promise.resolve() : new Promise((resolve) => waiting.push({ n, resolve }))),
    finished,
    kill: () => {
      killed = true;
      for (const child of children) child.kill("SIGKILL");
    },
  };
}

/** The households of a database by reference. */
export function householdsByReference(db: Db): Map<string, number> {
  return new Map(
    db
      .select({ id: households.id, reference: households.reference })
      .from(households)
      .all()
      .map((row) => [row.reference, row.id]),
  );
}
