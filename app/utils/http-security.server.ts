import type { NextFunction, Request, Response } from "express";
import rateLimit from "express-rate-limit";

const RATE_LIMITED = "x-wijkmarkt-rate-limited";

/**
 * Paths that take posts from elsewhere: one-click unsubscribe (RFC 8058) comes from mail clients.
 * The signed token in the address is what authorises it, not a session.
 */
const CROSS_SITE_POST_PATHS = [/^\/afmelden\/[\w.-]+$/];

/**
 * Cross-site form posts are refused: the Origin (or else the Referer) must be this site's own
 * scheme, host and port as configured in PUBLIC_URL. The Host header is the caller's to choose,
 * so it never lets a post through; but Remix compares an Origin with the Host (or
 * X-Forwarded-Host) once more and answers a mismatch with a 500, so such a post is refused here.
 */
/** The host a request says it was sent to, read as Remix reads it (X-Forwarded-Host first). */
function hostOf(req: Request): string | undefined {
  return req.get("x-forwarded-host")?.split(",")[0]?.trim() || req.get("host");
}

export function checkOrigin(publicUrl: string) {
  const expected = new URL(publicUrl).origin;
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    if (CROSS_SITE_POST_PATHS.some((pattern) => pattern.test(req.path))) return next();
    const source = req.get("origin") ?? req.get("referer");
    let sameSite = false;
    try {
      sameSite = source !== undefined && new URL(source).origin === expected;
    } catch {
      sameSite = false;
    }
    const origin = req.get("origin");
    if (!sameSite || (origin !== undefined && new URL(origin).host !== hostOf(req))) {
      res.status(403).type("text/plain").send("Forbidden: cross-site request");
      return;
    }
    next();
  };
}

/**
 * Bodies are bounded before anything reads them: a declared length over the limit is refused
 * with 413, and a body without a declared length (chunked) with 411, so no request can make the
 * server hold more than `maxBytes`. Node itself never reads past the declared length.
 */
export function limitBodies(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.headers["transfer-encoding"] !== undefined) {
      res.status(411).type("text/plain").send("Length Required");
      return;
    }
    if (Number(req.headers["content-length"] ?? 0) > maxBytes) {
      res.status(413).type("text/plain").send("Payload Too Large");
      return;
    }
    next();
  };
}

/** Nobody can mark their own request as rate limited, or unmark it. */
export function clearRateLimitMark(req: Request, _res: Response, next: NextFunction) {
  delete req.headers[RATE_LIMITED];
  next();
}

/**
 * Too many POSTs from one address mark the request instead of answering it, so the route can say
 * "too many attempts" next to the form, in the user's language. With `countOnlyFailures`, only
 * answers of 400 and up count (a failed login), so people who log in fine are never slowed down.
 */
export function rateLimitMarker(options: { windowMs: number; limit: number; countOnlyFailures: boolean }) {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    skipSuccessfulRequests: options.countOnlyFailures,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    skip: (req) => req.method !== "POST",
    handler: (req, _res, next) => {
      req.headers[RATE_LIMITED] = "1";
      next();
    },
  });
}

/** Read by the login and registration actions. */
export function isRateLimited(request: globalThis.Request) {
  return request.headers.has(RATE_LIMITED);
}
