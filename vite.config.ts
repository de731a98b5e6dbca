import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { readFileSync } from "node:fs";
import path from "node:path";
import { build as esbuild } from "esbuild";
import { defineConfig, type Plugin } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

/**
 * server.ts compiled to plain JavaScript beside the app build (`<BUILD_DIR>/server.js`, started by
 * serve.mjs): under a TypeScript loader every module of the app and of node_modules passes through
 * the loader's thread, which made the production server start seconds slower and hold about
 * 170 MB more (decision 021). Packages stay outside the bundle, as under tsx.
 */
function productionServer(): Plugin {
  let ssrBuild = false;
  return {
    name: "wijkmarkt-production-server",
    apply: "build",
    configResolved(config) {
      ssrBuild = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (!ssrBuild) return;
      const manifest = JSON.parse(readFileSync("package.json", "utf8")) as Record<string, Record<string, string> | undefined>;
      const packages = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
      await esbuild({
        entryPoints: ["server.ts"],
        outfile: path.join(remixConfig.buildDirectory, "server.js"),
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        external: packages.flatMap((name) => [name, `${name}/*`]),
        logLevel: "warning",
      });
    },
  };
}

export default defineConfig({
  plugins: [tailwindcss(), remix(remixConfig), tsconfigPaths(), productionServer()],
  build: { target: "es2022" },
  // Server-only native modules: the browser dependency scan must not try to bundle them.
  optimizeDeps: { exclude: ["@node-rs/argon2", "better-sqlite3"] },
  server: { hmr: { port: 24679 } },
});
