import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, defineConfig } from "@playwright/test";
import { SSO_ONLY_TEST_DOMAIN, TEST_CLIENT } from "./tests/support/sso";

/**
 * Which Chromium to drive: CHROMIUM_PATH if set, else Playwright's own download, else the
 * system's (Debian's /usr/bin/chromium). Without any, stop with a clear message.
 */
function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    safely(() => chromium.executablePath()),
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
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

/** A port nobody listens on now, asked of the system (the config is read synchronously). */
function freePort(): string {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" });
}

// Chosen once in the main process; the workers read the config again and inherit these.
process.env.E2E_PORT ??= freePort();
/** The test OpenID provider for single sign-on (tests/support/oidc-provider.ts), beside the site. */
process.env.E2E_OIDC_PORT ??= freePort();
const PORT = Number(process.env.E2E_PORT);
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT);
const APP_URL = `http://localhost:${PORT}`;
// One throwaway database per run; workers inherit it to check what the database holds.
process.env.E2E_DATABASE_PATH ??= path.join(os.tmpdir(), `wijkmarkt-e2e-${Date.now()}.db`);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.test.ts",
  // Deletes the run's throwaway database afterwards.
  globalTeardown: "./tests/e2e/teardown.ts",
  // Long journeys run an axe check on every page they visit; on 2 cores some take close to a minute.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: APP_URL,
    locale: "nl-NL",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  webServer: [
    {
      command: "npx tsx tests/support/oidc-provider.ts",
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
      env: { OIDC_TEST_PORT: String(OIDC_PORT), OIDC_TEST_APP_URL: APP_URL },
    },
    {
      command: "npm run build && node serve.mjs",
      url: `${APP_URL}/healthz`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        NODE_ENV: "production",
        PORT: String(PORT),
        DATABASE_PATH: process.env.E2E_DATABASE_PATH,
        PUBLIC_URL: APP_URL,
        SEED_DEMO: "true",
        BUILD_DIR: process.env.BUILD_DIR ?? "build",
        OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
        OIDC_CLIENT_ID: TEST_CLIENT.id,
        OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
        OIDC_SSO_ONLY_DOMAINS: SSO_ONLY_TEST_DOMAIN,
        // No tiles are fetched in tests: the maps show their markers on a blank background.
        MAP_TILE_URL: "",
      },
    },
  ],
});
