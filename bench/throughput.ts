/**
 * Directory page throughput as a ratio to a bare node:http server sending the same bytes, both
 * measured in this run with the same client, concurrency and duration. The server given is one
 * without the page cache, so every request renders the page.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAgent, get, load } from "./http";
import { printFigure, printNote } from "./report";
import { startProcess } from "./setup";

const OPTIONS = { durationMs: 10_000, concurrency: 12, maxRequests: 200_000 };
/** Issue 14: twice the share of bare node:http that the uncached page had before (2.2 %). */
const UNCACHED_SHARE_TARGET = 2 * 2.2;

export async function benchThroughput(baseUrl: string, pagePath: string) {
  const agent = createAgent(1);
  const page = await get(`${baseUrl}${pagePath}`, agent);
  agent.destroy();
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`);

  const dir = mkdtempSync(path.join(os.tmpdir(), "wijkmarkt-bare-"));
  const bodyFile = path.join(dir, "page.html");
  writeFileSync(bodyFile, page.body);
  const bare = await startProcess(
    [fileURLToPath(new URL("./bare-server.mjs", import.meta.url))],
    { BODY_FILE: bodyFile, CONTENT_TYPE: String(page.headers["content-type"] ?? "text/html") },
    "/",
  );
  try {
    const app = await load(`${baseUrl}${pagePath}`, OPTIONS);
    const plain = await load(`${bare.baseUrl}/`, OPTIONS);
    printNote(
      `${pagePath} (${(page.body.length / 1024).toFixed(1)} KB uncompressed), ${OPTIONS.concurrency} keep-alive connections, ${OPTIONS.durationMs / 1000} s each` +
        (app.errors + plain.errors ? `, errors: app ${app.errors}, bare ${plain.errors}` : ""),
    );
    printFigure("directory page, uncached: requests per second", app.perSecond, "req/s");
    printFigure("bare node:http, same bytes: requests per second", plain.perSecond, "req/s");
    printFigure("uncached directory page as a share of bare node:http", (100 * app.perSecond) / plain.perSecond, "%", { atLeast: UNCACHED_SHARE_TARGET });
    return { app, plain, ratio: app.perSecond / plain.perSecond };
  } finally {
    await bare.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
