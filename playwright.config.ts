import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, defineConfig } from "@playwright/test";

/**
 * Which Chromium to drive: CHROMIUM_PATH if set, else Playwright's own download, else the
 * system's (Debian's /usr/bin/chromium). Without any, stop with a clear message.
 */
function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, safely(() => chromium.executablePath()), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      "No Chromium found for the end-to-end tests. Set CHROMIUM_PATH, run `npx playwright install chromium`, or install the system package (`apt-get install -y chromium`).",
    );
  }
  return found;
}

function safely(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

const PORT = Number(process.env.E2E_PORT ?? 3100);
// One throwaway database per run; workers inherit it to check what the database holds.
process.env.E2E_DATABASE_PATH ??= path.join(os.tmpdir(), `wijkmarkt-e2e-${Date.now()}.db`);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.test.ts",
  // Long journeys run an axe check on every page they visit; on 2 cores some take close to a minute.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "nl-NL",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  webServer: {
    command: "npm run build && npx tsx server.ts",
    url: `http://localhost:${PORT}/healthz`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(PORT),
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      PUBLIC_URL: `http://localhost:${PORT}`,
      SEED_DEMO: "true",
      BUILD_DIR: process.env.BUILD_DIR ?? "build",
      // No tiles are fetched in tests: the maps show their markers on a blank background.
      MAP_TILE_URL: "",
    },
  },
});
