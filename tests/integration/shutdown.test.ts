/**
 * The real server, stopped the way a process manager stops it: SIGTERM while a request is still
 * arriving and another connection sits idle in keep-alive.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pidFileFor } from "~/utils/pid-file.server";
import { ensureTestBuild, startServer } from "../support/server";

const dir = mkdtempSync(path.join(os.tmpdir(), "wijkmarkt-shutdown-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(ensureTestBuild, 300_000);

/** A raw connection, so a request can be sent in pieces and the answer read as it comes. */
function rawConnection(port: number) {
  const socket: Socket = connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
  return { socket, received: () => received, closed };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("on SIGTERM the server", () => {
  it("finishes the request in flight, ignores idle keep-alive connections, closes the database and exits 0", async () => {
    const database = path.join(dir, "wijkmarkt.db");
    const server = await startServer(database);
    const port = Number(new URL(server.baseUrl).port);
    // A workspace page with a query string: logged without it.
    await fetch(`${server.baseUrl}/werkplek?zoek=Familie%20Jansen`, { redirect: "manual" });

    const idle = rawConnection(port);
    idle.socket.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
    await expect.poll(idle.received).toContain("\r\n\r\nok");

    const body = new URLSearchParams({ email: "eva.jansen@example.org", password: "not-the-password" }).toString();
    const slow = rawConnection(port);
    slow.socket.write(
      `POST /inloggen HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${server.baseUrl}\r\n` +
        `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n` +
        body.slice(0, 12),
    );
    await sleep(500);

    const signalled = Date.now();
    server.child.kill("SIGTERM");
    await expect.poll(server.output).toContain("SIGTERM: shutting down");
    await expect(fetch(`${server.baseUrl}/healthz`)).rejects.toThrow(); // no new connections
    expect(slow.received()).toBe("");

    slow.socket.write(body.slice(12));
    await slow.closed; // answered, then the connection is closed
    await idle.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 (400|429) /);

    const { code } = await server.exited;
    expect(code).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);

    for (const suffix of ["-wal", "-shm"]) expect(existsSync(database + suffix)).toBe(false);
    expect(existsSync(pidFileFor(database))).toBe(false);
    const db = new Database(database, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();

    const lines = server.output().split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^GET \/werkplek 302 \d+\.\dms$/));
    expect(lines).toContainEqual(expect.stringMatching(/^POST \/inloggen (400|429) \d+\.\dms$/));
    expect(server.output()).not.toMatch(/eva\.jansen|example\.org|Familie|zoek=/);
    expect(server.output()).toContain("shutdown: done");
  }, 60_000);
});
