/**
 * Graceful shutdown on SIGTERM and SIGINT: stop taking requests, let those in flight finish, then
 * run the given steps (stop background work, close the database) and exit 0. Whatever still runs
 * after the grace period is cut off and the process exits 1. A second signal exits at once.
 */
import type { Server } from "node:http";
import type { NextFunction, Request, Response } from "express";
import { logError, logInfo } from "./log.server";

const GRACE_MS = 10_000;
const IDLE_SWEEP_MS = 50;

let shuttingDown = false;

/** Express middleware, first in line: a request that arrives on a kept-alive connection after the signal is turned away. */
export const isShuttingDown = () => shuttingDown;

export function refuseWhileShuttingDown(_req: Request, res: Response, next: NextFunction) {
  if (!shuttingDown) return next();
  res.set("Connection", "close").set("Retry-After", "5").status(503).type("text/plain").send("Shutting down, try again in a moment.");
}

export function handleShutdownSignals(server: Server, steps: { name: string; run: () => unknown }[], graceMs = GRACE_MS) {
  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      logInfo(`${signal} again: exiting now`);
      process.exit(1);
    }
    shuttingDown = true;
    const started = Date.now();
    logInfo(`${signal}: shutting down, finishing requests in flight`);
    setTimeout(() => {
      logError(`shutdown: still busy after ${graceMs / 1000} s, exiting anyway`);
      server.closeAllConnections();
      process.exit(1);
    }, graceMs).unref();

    // Kept-alive connections would hold close() open: close each one as soon as it is idle.
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    clearInterval(sweep);
    for (const step of steps) {
      try {
        await step.run();
      } catch (error) {
        logError(`shutdown: ${step.name} failed`, error);
      }
    }
    logInfo(`shutdown: done in ${Date.now() - started} ms`);
    process.exit(0);
  };
  process.on("SIGTERM", (signal) => void shutdown(signal));
  process.on("SIGINT", (signal) => void shutdown(signal));
}
