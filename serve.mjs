// `npm run serve`: the production server as `npm run build` compiled it from server.ts (see
// vite.config.ts), run by plain Node without a TypeScript loader (decision 021).
import path from "node:path";
import { pathToFileURL } from "node:url";

await import(pathToFileURL(path.resolve(process.env.BUILD_DIR || "build", "server.js")).href);
