/** A small keep-alive HTTP client for loopback measurements, bounded in time and in requests. */
import http from "node:http";

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number };

export function createAgent(sockets: number) {
  return new http.Agent({ keepAlive: true, maxSockets: sockets });
}

export function get(url: string, agent: http.Agent, headers: Record<string, string> = {}): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), ms: performance.now() - started }),
      );
      response.on("error", reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${url}`)));
    request.on("error", reject);
  });
}

export type LoadResult = { requests: number; errors: number; seconds: number; perSecond: number; p99: number };

/**
 * `concurrency` loops fetching `url` (or each of a list of URLs in turn) until `durationMs` passed
 * or `maxRequests` were sent.
 */
export async function load(
  url: string | readonly string[],
  options: { durationMs: number; concurrency: number; maxRequests: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const urls = typeof url === "string" ? [url] : url;
  const agent = createAgent(options.concurrency);
  const started = performance.now();
  const deadline = started + options.durationMs;
  let sent = 0;
  let done = 0;
  let errors = 0;
  const times: number[] = [];
  const worker = async () => {
    while (performance.now() < deadline && sent < options.maxRequests) {
      const next = urls[sent % urls.length]!;
      sent++;
      try {
        const reply = await get(next, agent, options.headers);
        times.push(reply.ms);
        if (reply.status === 200) done++;
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  return { requests: done, errors, seconds, perSecond: done / seconds, p99: times[Math.floor(times.length * 0.99)] ?? Number.NaN };
}
