import type { CollectiveNeedStatus } from "~/domain/vocabulary";

/** Needs the public can see and help with. */
export const ACTIVE: CollectiveNeedStatus[] = ["open", "in_progress"];
export const PUBLIC: CollectiveNeedStatus[] = ["open", "in_progress", "answered", "closed"];
