/**
 * Every line the server writes goes through here, so no log carries personal data: email
 * addresses are masked, query parameters of failed SQL (names, references) are dropped, and a
 * request is logged by method, path without its query string, status and time only.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

// Split into words first, then test each word: linear on any input (no backtracking over long text).
const WORD_BREAKS = /([\s<>"'`(),;:[\]]+)/;
// Something before "@" that is not a path separator (node_modules/@scope stays readable) and something after it.
const LOOKS_LIKE_EMAIL = /[^@/\\]@[^@]/;
// drizzle puts the bound values of a failed query on a "params:" line.
const QUERY_PARAMS = /(\bparams:)[^\n]*/g;
// Secrets that travel in the path: invite links. A new emailed-link route adds its prefix here.
const SECRET_PATH = /^(\/(?:uitnodiging)\/)[^/]+/;

export function redactPersonalData(text: string): string {
  return text
    .replace(QUERY_PARAMS, "$1 [hidden]")
    .split(WORD_BREAKS)
    .map((word) => (LOOKS_LIKE_EMAIL.test(word) ? "[email]" : word))
    .join("");
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export function logInfo(message: string) {
  console.log(redactPersonalData(message));
}

export function logError(context: string, error?: unknown) {
  console.error(redactPersonalData(error === undefined ? context : `${context}: ${describe(error)}`));
}

/** The path as it may be logged: no query string, no token, no email, bounded in length. */
export function loggablePath(url: string): string {
  let path = url.split(/[?#]/, 1)[0] || "/";
  path = path.replace(SECRET_PATH, "$1[token]");
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // bad percent-encoding: log the raw form
  }
  if (decoded.includes("@")) path = "[path with an email address]";
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

export function requestLogLine(entry: { method: string; url: string; status: number; ms: number }): string {
  return `${entry.method} ${loggablePath(entry.url)} ${entry.status} ${entry.ms.toFixed(1)}ms`;
}

/**
 * Middleware (Express or plain node:http): one line per request when the answer is finished (or
 * the client went away).
 */
export function logRequests({ skip = [] as string[] } = {}) {
  return (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: () => void) => {
    const url = req.originalUrl ?? req.url ?? "/";
    if (skip.includes(loggablePath(url))) return next();
    const start = process.hrtime.bigint();
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      // 499: the client closed the connection before the answer was complete.
      console.log(requestLogLine({ method: req.method ?? "GET", url, status: res.writableFinished ? res.statusCode : 499, ms }));
    };
    res.once("finish", done);
    res.once("close", done);
    next();
  };
}
