/**
 * The Express server in front of Remix: security headers with a per-request CSP nonce, Origin
 * checks, rate limits, compression, request logs without personal data, static files, /healthz,
 * scheduled backups and a graceful shutdown.
 */
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type Response } from "express";
import helmet from "helmet";
import { startScheduledBackups } from "./app/jobs/backup.server";
import { stopJobs } from "./app/jobs/scheduler.server";
import { compressWholeBodies, STREAM_COMPRESSION } from "./app/utils/compression.server";
import { checkDatabase, closeDb, getDb } from "./app/utils/db.server";
import { startEmailWorker, stopEmailWorker } from "./app/jobs/email-worker.server";
import { startRetentionJob } from "./app/jobs/retention.server";
import { getEnv } from "./app/utils/env.server";
import { localeOf } from "./app/utils/i18n.server";
import { contentVersionReader } from "./app/utils/page-cache/content-version.server";
import { createPageCache } from "./app/utils/page-cache/page-cache.server";
import { checkOrigin, clearRateLimitMark, limitBodies, rateLimitMarker } from "./app/utils/http-security.server";
import { tileImageSources } from "./app/utils/map-tiles.server";
import { loggablePath, logError, logInfo, logRequests } from "./app/utils/log.server";
import { notePid } from "./app/utils/pid-file.server";
import { handleShutdownSignals, isShuttingDown, refuseWhileShuttingDown } from "./app/utils/shutdown.server";
import { prepareDatabase } from "./db/prepare";
import { newVisitorCookie, VISITOR_COOKIE } from "./app/utils/visitor.server";
import { openDataApiGuard } from "./app/utils/open-data-http.server";

let env;
try {
  env = getEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const production = env.NODE_ENV === "production";
const https = env.PUBLIC_URL.startsWith("https://");

prepareDatabase(env.DATABASE_PATH, { seedDemo: env.SEED_DEMO === "true" });
const forgetPid = notePid(env.DATABASE_PATH);
startEmailWorker();
startScheduledBackups(env);
startRetentionJob();

const viteDevServer = production ? undefined : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

const buildDir = env.BUILD_DIR;
const app = express();
app.disable("x-powered-by");
// Off unless TRUST_PROXY says which proxy sets X-Forwarded-For; else anyone could pick their address.
app.set("trust proxy", env.TRUST_PROXY);

app.use(refuseWhileShuttingDown);

app.get("/healthz", async (_req, res) => {
  try {
    checkDatabase();
    res.type("text/plain").send("ok");
  } catch (error) {
    logError("healthz failed", error);
    res.status(503).type("text/plain").send("database unavailable");
  }
});

const pageCache =
  production && env.PAGE_CACHE_MB > 0
    ? createPageCache({
        contentVersion: contentVersionReader(getDb()),
        localeOf,
        maxBytes: env.PAGE_CACHE_MB * 1024 * 1024,
        ttlMs: 60_000,
        visitorCookie: { name: VISITOR_COOKIE, path: /^\/initiatieven\/?$/, issue: newVisitorCookie },
      })
    : null;
app.use(compression(STREAM_COMPRESSION));
app.use(compressWholeBodies());

app.use((req, res, next) => {
  // A page rendered for the cache has none: its scripts go by hash (decision 018).
  res.locals.cspNonce = pageCache?.rendersForCache(req) ? "" : randomBytes(16).toString("base64");
  next();
});
app.use(
  helmet({
    contentSecurityPolicy: production
      ? {
          useDefaults: true,
          directives: {
            "script-src": ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
            "style-src": ["'self'", "'unsafe-inline'"],
            // The map tiles' host, and only when tiles are on (MAP_TILE_URL).
            "img-src": ["'self'", "data:", ...tileImageSources(env.MAP_TILE_URL)],
            "connect-src": ["'self'"],
            "form-action": ["'self'"],
            "frame-ancestors": ["'none'"],
            "upgrade-insecure-requests": https ? [] : null,
          },
        }
      : false,
    strictTransportSecurity: production && https ? { maxAge: 60 * 60 * 24 * 365, includeSubDomains: true } : false,
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
  }),
);

app.use(limitBodies(env.MAX_BODY_KB * 1024));
app.use(checkOrigin(env.PUBLIC_URL));
app.use(clearRateLimitMark);
app.use("/inloggen", rateLimitMarker({ windowMs: 15 * 60 * 1000, limit: 10, countOnlyFailures: true }));
app.use("/registreren", rateLimitMarker({ windowMs: 60 * 60 * 1000, limit: 20, countOnlyFailures: false }));
app.use("/api/hsds", openDataApiGuard({ windowMs: 60 * 1000, limit: env.API_REQUESTS_PER_MINUTE }));

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  app.use("/assets", express.static(`${buildDir}/client/assets`, { immutable: true, maxAge: "1y" }));
  // express.static would look on disk for every page's address; only the client build's few
  // top-level names (favicon.svg, …) can match, so only those go there.
  const clientFiles = express.static(`${buildDir}/client`, { maxAge: "1h" });
  const topLevelNames = new Set(readdirSync(`${buildDir}/client`));
  app.use((req, res, next) => (topLevelNames.has(req.path.split("/")[1] ?? "") ? clientFiles(req, res, next) : next()));
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
  : ((await import(pathToFileURL(path.resolve(buildDir, "server/index.js")).href)) as ServerBuild);

if (pageCache) app.use(pageCache.capture);

app.all(
  "*",
  createRequestHandler({
    build,
    mode: env.NODE_ENV,
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
  }),
);

// Express's own handler would print the raw error; this one logs it without personal data.
app.use((error: Error & { status?: number }, req: express.Request, res: Response, _next: express.NextFunction) => {
  const status = error.status && error.status >= 400 && error.status < 600 ? error.status : 500;
  if (status >= 500) logError(`${req.method} ${loggablePath(req.originalUrl)} failed`, error);
  if (res.headersSent) return void req.socket.destroy();
  res
    .status(status)
    .type("text/plain")
    .send(STATUS_CODES[status] ?? "Error");
});

const logRequest = logRequests({ skip: ["/healthz"] });
/**
 * Every request is logged; a visitor's page then comes from the cache in front of Express (as it
 * was compressed once), and everything else goes to the app.
 */
function serve(req: IncomingMessage, res: ServerResponse) {
  logRequest(req, res, () => {
    if (!pageCache || isShuttingDown()) return app(req, res);
    pageCache.lookup(req, res, (error) => {
      if (error) logError(`page cache for ${loggablePath(req.url ?? "/")} failed`, error);
      if (!res.headersSent) app(req, res);
    });
  });
}

const server = createServer(serve).listen(env.PORT, () => {
  logInfo(`Wijkmarkt is running on http://localhost:${env.PORT}`);
});

handleShutdownSignals(server, [
  { name: "email worker", run: stopEmailWorker },
  { name: "scheduled jobs", run: stopJobs },
  { name: "database", run: closeDb },
  { name: "pid file", run: forgetPid },
]);
