import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { secretFileFor, sessionSecret } from "./session-secret.server";

const dir = mkdtempSync(path.join(os.tmpdir(), "wijkmarkt-secret-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The secret as a fresh process on `databasePath` would sign with. */
function secretInProcess(databasePath: string): Promise<string> {
  const script = `import { sessionSecret } from "./app/utils/session-secret.server.ts"; process.stdout.write(sessionSecret());`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    env: { ...process.env, DATABASE_PATH: databasePath, SESSION_SECRET: "" },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(err)))));
}

describe("the session secret", () => {
  it("is made once beside the database, readable by its owner only, and the same for every process", async () => {
    const database = path.join(dir, "shared", "wijkmarkt.db");
    const [first, second] = await Promise.all([secretInProcess(database), secretInProcess(database)]);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toBe(first);
    expect(await secretInProcess(database)).toBe(first); // after a restart
    expect(statSync(secretFileFor(database)).mode & 0o777).toBe(0o600);
    expect(sessionSecret({ DATABASE_PATH: database, SESSION_SECRET: undefined })).toBe(first);
  }, 30_000);

  it("comes from SESSION_SECRET when that is set, without writing a file", () => {
    const database = path.join(dir, "configured.db");
    const configured = "a-configured-secret-of-enough-length-123";
    expect(sessionSecret({ DATABASE_PATH: database, SESSION_SECRET: configured })).toBe(configured);
    expect(() => statSync(secretFileFor(database))).toThrow();
  });

  it("differs per database", () => {
    const a = sessionSecret({ DATABASE_PATH: path.join(dir, "a.db"), SESSION_SECRET: undefined });
    const b = sessionSecret({ DATABASE_PATH: path.join(dir, "b.db"), SESSION_SECRET: undefined });
    expect(a).not.toBe(b);
  });

  it("refuses a damaged secret file with a message that says what to do", () => {
    const database = path.join(dir, "damaged.db");
    for (const content of ["", "short", "\u0000\u0000"]) {
      writeFileSync(secretFileFor(database), content);
      expect(() => sessionSecret({ DATABASE_PATH: database, SESSION_SECRET: undefined })).toThrow(/Delete it to have a new one made, or set SESSION_SECRET/);
    }
  });
});
