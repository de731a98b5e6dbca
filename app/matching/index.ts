export { rankInitiatives, haversineKm, MATCH_WEIGHTS, DEFAULT_MATCH_LIMIT } from "./rank";
export type * from "./types";
