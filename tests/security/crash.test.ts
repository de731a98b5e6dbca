/**
 * kill -9 of the real server in the middle of a concurrent write load: after a restart the
 * database passes its integrity check and holds every write the server acknowledged.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureTestBuild, logIn, startServer } from "../support/server";

const dir = mkdtempSync(path.join(os.tmpdir(), "wijkmarkt-crash-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(ensureTestBuild, 300_000);

const CLIENTS = 6;
const PER_CLIENT = 150;

/** The demo consultant's team and one of its postcodes, read straight from the database. */
function consultantTeam(database: string) {
  const db = new Database(database, { readonly: true });
  const row = db
    .prepare(
      `select tm.team_id as teamId, p.pc4 as pc4 from team_members tm
       join users u on u.id = tm.user_id
       join team_neighbourhoods tn on tn.team_id = tm.team_id
       join postcodes p on p.neighbourhood_id = tn.neighbourhood_id
       where u.email = 'consulent@wijkmarkt.demo' limit 1`,
    )
    .get() as { teamId: number; pc4: string };
  db.close();
  return row;
}

describe("a crash under write load", () => {
  it("loses no acknowledged write and leaves a sound database", async () => {
    const database = path.join(dir, "wijkmarkt.db");
    const server = await startServer(database);
    const { teamId, pc4 } = consultantTeam(database);
    const cookie = await logIn(server.baseUrl, "consulent@wijkmarkt.demo");

    const acknowledged: { reference: string; id: number }[] = [];
    let failedAfterCrash = 0;
    const client = async (c: number) => {
      for (let i = 1; i <= PER_CLIENT; i++) {
        const reference = `crash ${c}-${i}`;
        let response: Response;
        try {
          response = await fetch(`${server.baseUrl}/werkplek/huishoudens/nieuw`, {
            method: "POST",
            headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl, Cookie: cookie },
            body: new URLSearchParams({ teamId: String(teamId), reference, pc4, adults: "1", languages: "nl", availableDays: "1" }),
            redirect: "manual",
          });
        } catch {
          failedAfterCrash++;
          return;
        }
        const created = /^\/werkplek\/huishoudens\/(\d+)$/.exec(response.headers.get("location") ?? "");
        if (response.status !== 302 || !created) throw new Error(`write ${reference} answered ${response.status}`);
        acknowledged.push({ reference, id: Number(created[1]) });
        if (acknowledged.length === 80) server.child.kill("SIGKILL");
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    expect((await server.exited).signal).toBe("SIGKILL");
    expect(failedAfterCrash).toBeGreaterThan(0); // the load was still running when the server died
    expect(acknowledged.length).toBeGreaterThanOrEqual(80);

    // Restart: the server opens the database (recovering its write-ahead log) and migrates.
    const restarted = await startServer(database);
    restarted.child.kill("SIGTERM");
    expect((await restarted.exited).code).toBe(0);

    const db = new Database(database, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    const stored = new Map(
      (db.prepare("select id, reference from households where reference like 'crash %'").all() as { id: number; reference: string }[]).map((row) => [
        row.reference,
        row.id,
      ]),
    );
    db.close();
    for (const write of acknowledged) expect(stored.get(write.reference), write.reference).toBe(write.id);
  }, 120_000);
});
