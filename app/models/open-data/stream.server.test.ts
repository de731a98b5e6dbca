/**
 * NDJSON and CSV stream with bounded memory: the database is read only as fast as the client
 * reads, and all 20,000 services of the bench data come through, each valid.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "~db/seed/demo";
import { messages } from "~/locales";
import { getDb } from "~/utils/db.server";
import { generateBenchData } from "../../../bench/generate";
import { hsdsGet } from "#tests/support/hsds-client";
import { schemaErrors, validators } from "#tests/support/hsds-schemas";
import { loader as csvLoader } from "~/routes/open-data.aanbod[.]csv";
import { streamResponse } from "./response.server";

globalThis.__wmMessages = messages;

const BENCH_SIZE = 20_000;
let published = 0;

beforeAll(() => {
  seedDemo(getDb());
  generateBenchData(getDb(), { initiatives: BENCH_SIZE, households: 0 });
  published = (getDb().$client.prepare("SELECT count(*) AS n FROM initiatives WHERE status = 'published'").get() as { n: number }).n;
}, 120_000);

describe("backpressure", () => {
  it("reads only a few chunks ahead of a client that has taken one", async () => {
    let produced = 0;
    function* lines() {
      for (let n = 0; n < 1_000_000; n++) {
        produced++;
        yield `${n}\n`;
      }
    }
    const reader = streamResponse(lines(), {}).body!.getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // One chunk read plus a queue of four chunks, of 64 lines each.
    expect(produced).toBeLessThanOrEqual(6 * 64);
    await reader.cancel();
  });

  it("stops reading the database when the client goes away", async () => {
    const reader = hsdsGet("services?format=ndjson").body!.getReader();
    await reader.read();
    await reader.cancel();
    // The streaming connection was closed: the main one still answers.
    expect(hsdsGet("services?per_page=1").status).toBe(200);
  });
});

describe("the bench data as NDJSON", () => {
  it("streams every published service, each valid, with flat memory", async () => {
    expect(published).toBeGreaterThan(BENCH_SIZE * 0.8);
    global.gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let bytes = 0;
    let lines = 0;
    let rest = "";
    const decoder = new TextDecoder();
    const reader = hsdsGet("services?format=ndjson").body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.byteLength;
      const text = rest + decoder.decode(chunk.value, { stream: true });
      const parts = text.split("\n");
      rest = parts.pop()!;
      for (const line of parts) {
        // A sample of the records against the official list item schema.
        if (lines % 97 === 0) expect(schemaErrors(validators.serviceListItem, JSON.parse(line))).toEqual([]);
        lines++;
      }
      if (lines % 2048 < 64) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(rest).toBe("");
    expect(lines).toBe(published);
    // The whole answer is several times larger than what the stream ever holds at once.
    expect(bytes).toBeGreaterThan(10 * 1024 * 1024);
    expect(peak - baseline).toBeLessThan(bytes);
  }, 120_000);
});

describe("the CSV download", () => {
  it("holds every published listing, UTF-8 with a BOM and semicolons", async () => {
    const response = csvLoader();
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const rows = text.split("\r\n").filter(Boolean);
    expect(rows[0]!.split(";").slice(0, 4)).toEqual(["id", "naam", "samenvatting", "soort"]);
    expect(rows).toHaveLength(published + 1);
    expect(text).toContain("Taalcafé Overvecht;");
  }, 60_000);
});
