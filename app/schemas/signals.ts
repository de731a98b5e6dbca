/** The signals page's filter, in the URL (`?wijk=overvecht&domein=social_network`); anything invalid means "all". */
import { z } from "zod";
import { LIFE_DOMAINS, type LifeDomain } from "~/domain/vocabulary";
import { TEAM_NEED_STATES, type TeamNeedState } from "~/models/collective-need/statuses";

const signalFilterSchema = z.object({
  wijk: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .nullable()
    .catch(null),
  domein: z.enum(LIFE_DOMAINS).nullable().catch(null),
});

export function parseSignalFilter(params: URLSearchParams): { neighbourhood: string | null; domain: LifeDomain | null } {
  const raw = signalFilterSchema.parse({ wijk: params.get("wijk") || null, domein: params.get("domein") || null });
  return { neighbourhood: raw.wijk, domain: raw.domein };
}

/** Which of the team's own needs the page lists (`?vragen=answered`); anything else means the current ones. */
export function parseTeamNeedState(params: URLSearchParams): TeamNeedState {
  return z.enum(TEAM_NEED_STATES).catch("current").parse(params.get("vragen"));
}
