/** JavaScript the home page loads (module scripts and modulepreloads), gzipped, against the budget. */
import { gzipSync } from "node:zlib";
import { createAgent, get } from "./http";
import { printContext, printFigure, printNote } from "./report";

const BUDGET_KB = 120;

export async function benchHomeJavaScript(baseUrl: string) {
  const agent = createAgent(4);
  const home = await get(`${baseUrl}/`, agent);
  const html = home.body.toString("utf8");
  // Every script the page pulls in: <script src>, <link rel="modulepreload"> and inline import("…").
  const assets = new Set(html.match(/\/assets\/[\w.-]+\.js/g) ?? []);
  let raw = 0;
  let gzipped = 0;
  for (const asset of assets) {
    const reply = await get(`${baseUrl}${asset}`, agent);
    raw += reply.body.length;
    gzipped += gzipSync(reply.body).length;
  }
  agent.destroy();
  printNote(`${assets.size} JavaScript files referenced by the home page`);
  printContext("home page JavaScript, uncompressed", raw / 1024, "KB");
  printFigure("home page JavaScript, gzipped", gzipped / 1024, "KB", BUDGET_KB);
  return { files: assets.size, raw, gzipped };
}
