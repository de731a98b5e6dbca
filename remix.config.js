/** Remix options. Remix under Vite does not read this file itself: vite.config.ts imports it. */
export default {
  // Server code that several routes share lives beside them as `<name>.server.ts`; it is no route.
  ignoredRouteFiles: ["**/*.test.*", "**/.*", "**/*.server.ts"],
  // BUILD_DIR lets two builds (say, two e2e runs) live side by side.
  buildDirectory: process.env.BUILD_DIR ?? "build",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
