/**
 * In front of the open-data API (/api/hsds): CORS preflight answered for any site, and a rate
 * limit per client (by address, as Express sees it: behind a proxy only when trust proxy is set)
 * that answers 429 in JSON with Retry-After, so one harvester cannot slow the site for residents.
 */
import express, { type Router } from "express";
import rateLimit from "express-rate-limit";
import { CORS_HEADERS } from "./open-data-cors";

export function openDataApiGuard(options: { windowMs: number; limit: number }): Router {
  const router = express.Router();
  router.options("*", (_req, res) => {
    res
      .set({ ...CORS_HEADERS, "Access-Control-Max-Age": "86400" })
      .status(204)
      .end();
  });
  router.use(
    rateLimit({
      windowMs: options.windowMs,
      limit: options.limit,
      standardHeaders: "draft-7",
      legacyHeaders: false,
      handler: (_req, res) => {
        res
          .set(CORS_HEADERS)
          .status(429)
          .json({
            status: 429,
            message: `Too many requests: at most ${options.limit} per ${options.windowMs / 1000} seconds. Try again after the Retry-After time.`,
          });
      },
    }),
  );
  return router;
}
