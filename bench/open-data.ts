/**
 * Open data figures (issue 11): a page of 50 services from the HSDS API over HTTP against the
 * production server, and streaming every service as NDJSON: over HTTP for the time, in-process
 * for the memory the stream holds (sampled while it runs).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createAgent, get } from "./http";
import { printFigure, printNote, summarise } from "./report";

const PAGE_REQUESTS = 300;
const WARM_UP = 30;

export async function benchOpenDataHttp(baseUrl: string) {
  const agent = createAgent(1);
  const first = await get(`${baseUrl}/api/hsds/v3/services?per_page=50`, agent);
  const totalPages = (JSON.parse(first.body.toString()) as { total_pages: number }).total_pages;
  const url = (i: number) => `${baseUrl}/api/hsds/v3/services?per_page=50&page=${((i * 37) % totalPages) + 1}`;
  for (let i = 0; i < WARM_UP; i++) await get(url(i), agent);
  const times: number[] = [];
  let failures = 0;
  for (let i = 0; i < PAGE_REQUESTS; i++) {
    const reply = await get(url(i), agent);
    if (reply.status === 200) times.push(reply.ms);
    else failures++;
  }
  const pages = summarise(times);
  printNote(`${PAGE_REQUESTS} sequential requests over loopback across ${totalPages} pages${failures ? `, ${failures} failed` : ""}`);
  printFigure("/api/hsds/v3/services?per_page=50 over HTTP: median", pages.median, "ms", 30);
  printFigure("/api/hsds/v3/services?per_page=50 over HTTP: p95", pages.p95, "ms", 30);

  const started = performance.now();
  const stream = await get(`${baseUrl}/api/hsds/v3/services?format=ndjson`, agent);
  const seconds = (performance.now() - started) / 1000;
  const records = stream.body.toString().split("\n").filter(Boolean).length;
  agent.destroy();
  printNote(`${records} services, ${(stream.body.byteLength / 1024 / 1024).toFixed(1)} MB of NDJSON`);
  printFigure("all services as NDJSON over HTTP", seconds, "s", 5);
}

/** Reads the whole NDJSON answer in-process and samples the heap while it flows. */
export async function benchOpenDataStreamMemory() {
  const { loader } = await import("../app/routes/api.hsds.v3.services._index");
  const { ensurePublicIds } = await import("../app/models/open-data/ids.server");
  // Every listing gets its public id once, on the first API request; that is not the stream's cost.
  ensurePublicIds();
  global.gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let bytes = 0;
  const started = performance.now();
  const response = loader({ request: new Request("http://127.0.0.1/api/hsds/v3/services?format=ndjson"), params: {}, context: {} } as LoaderFunctionArgs);
  const reader = response.body!.getReader();
  let chunks = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (++chunks % 8 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - started) / 1000;
  printNote(`${(bytes / 1024 / 1024).toFixed(1)} MB streamed in-process; heap sampled every 8 chunks`);
  printFigure("all services as NDJSON in-process", seconds, "s", 5);
  printFigure("NDJSON stream: peak heap above the start", (peak - baseline) / 1024 / 1024, "MB", 64);
}
