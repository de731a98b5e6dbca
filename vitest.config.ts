import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["app/**/*.test.{ts,tsx}", "db/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/security/**/*.test.ts", "tests/support/**/*.test.ts"],
    setupFiles: ["./tests/setup/fresh-database.ts"],
    // Each test file runs in its own process with its own freshly migrated database.
    pool: "forks",
    testTimeout: 20_000,
  },
});
