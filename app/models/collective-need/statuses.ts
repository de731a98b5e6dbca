import type { CollectiveNeedStatus } from "~/domain/vocabulary";

/** Needs the public can see and help with. */
export const ACTIVE: CollectiveNeedStatus[] = ["open", "in_progress"];
export const PUBLIC: CollectiveNeedStatus[] = ["open", "in_progress", "answered", "closed"];

/** The team's own list, by where a need stands: still to do (drafts and active), answered, or closed. */
export const TEAM_NEED_STATES = ["current", "answered", "closed"] as const;
export type TeamNeedState = (typeof TEAM_NEED_STATES)[number];
export const STATUSES_OF_STATE: Record<TeamNeedState, CollectiveNeedStatus[]> = {
  current: ["draft", "open", "in_progress"],
  answered: ["answered"],
  closed: ["closed"],
};
