/**
 * The Express server in front of Remix: security headers with a per-request CSP nonce, Origin
 * checks, rate limits, compression, logging, static files and /healthz.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type Response } from "express";
import helmet from "helmet";
import morgan from "morgan";
import { startEmailWorker } from "./app/utils/email.server";
import { getEnv } from "./app/utils/env.server";
import { checkOrigin, clearRateLimitMark, rateLimitMarker } from "./app/utils/http-security.server";
import { openDataApiGuard } from "./app/utils/open-data-http.server";
import { checkDatabase, prepareDatabase } from "./db/prepare";

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
startEmailWorker();

const viteDevServer = production
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

const buildDir = process.env.BUILD_DIR ?? "build";
const app = express();
app.disable("x-powered-by");
app.set("trust proxy", 1);

app.get("/healthz", async (_req, res) => {
  try {
    checkDatabase();
    res.type("text/plain").send("ok");
  } catch (error) {
    console.error("healthz failed", error);
    res.status(503).type("text/plain").send("database unavailable");
  }
});

app.use(compression());

app.use((_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64");
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
            "img-src": ["'self'", "data:"],
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

app.use(checkOrigin);
app.use(clearRateLimitMark);
app.use("/inloggen", rateLimitMarker({ windowMs: 15 * 60 * 1000, limit: 10, countOnlyFailures: true }));
app.use("/registreren", rateLimitMarker({ windowMs: 60 * 60 * 1000, limit: 20, countOnlyFailures: false }));
app.use("/api/hsds", openDataApiGuard({ windowMs: 60 * 1000, limit: env.RATE_LIMIT === "on" ? 120 : 100_000 }));

app.use(morgan(production ? "combined" : "dev", { skip: (req) => req.url === "/healthz" }));

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  app.use("/assets", express.static(`${buildDir}/client/assets`, { immutable: true, maxAge: "1y" }));
  app.use(express.static(`${buildDir}/client`, { maxAge: "1h" }));
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
  : ((await import(pathToFileURL(path.resolve(buildDir, "server/index.js")).href)) as ServerBuild);

app.all(
  "*",
  createRequestHandler({
    build,
    mode: env.NODE_ENV,
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
  }),
);

const server = app.listen(env.PORT, () => {
  console.log(`Wijkmarkt is running on http://localhost:${env.PORT}`);
});

function shutdown() {
  server.close(() => process.exit(0));
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
