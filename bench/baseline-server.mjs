// Starts the baseline's server.ts (bench/baseline.ts) from its own folder: tsx is registered only
// after the change of directory, so its tsconfig paths (~/…) and migrations resolve there.
import path from "node:path";
import { pathToFileURL } from "node:url";

process.chdir(process.env.BASELINE_DIR);
const { register } = await import("tsx/esm/api");
register();
await import(pathToFileURL(path.join(process.env.BASELINE_DIR, "server.ts")).href);
