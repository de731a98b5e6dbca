// `npm run serve`: the production server as `npm run build` compiled it from server.ts (see
// vite.config.ts), run by plain Node without a TypeScript loader (decision 021).
import path from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";

// Under load V8 lets the old generation grow to up to 4× what survived the last full collection,
// and the process keeps that memory: 50 connections took the server from 190 to 370 MB of RSS.
// Growing by half instead holds it near 240 MB at no measured CPU cost (decision 026). V8 reads
// this at every collection, so it applies from here on; every way of starting the server
// (npm run serve/start, the bench, the e2e web server) goes through this file. A flag given on
// the command line wins (`node --heap-growing-percent=0 serve.mjs` is V8's own sizing).
const HEAP_GROWING_FLAG = "--heap-growing-percent";
if (!process.execArgv.some((arg) => arg.replaceAll("_", "-").startsWith(HEAP_GROWING_FLAG))) v8.setFlagsFromString(`${HEAP_GROWING_FLAG}=50`);

await import(pathToFileURL(path.resolve(process.env.BUILD_DIR || "build", "server.js")).href);
