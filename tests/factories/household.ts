/**
 * The household builder: one household of a team with whatever a test needs around it (children,
 * consent, needs), inserted directly. Needs and consents of a household are built here too.
 */
import { consents, householdChildren, households, needs } from "~db/schema";
import type { AgeBand, LifeDomain } from "~/domain/vocabulary";
import type { HouseholdInput } from "~/models/household/record.server";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";
import { unique } from "./core";

/**
 * What the household form delivers for one adult with no limits (no children, languages, days or
 * access needs), for tests that make a household through the createHousehold use case.
 */
export function householdInput(input: Pick<HouseholdInput, "reference" | "pc4"> & Partial<HouseholdInput>): HouseholdInput {
  return { adults: 1, children: [], languages: [], availableDays: [], needsWheelchairAccess: false, needsHearingLoop: false, ...input };
}

export type NeedOptions = { domain?: LifeDomain; score?: number; status?: "open" | "referred" | "unmet" | "resolved"; unmetAt?: Date | null };

export type HouseholdOptions = {
  teamId: number;
  pc4: string;
  /** Also recorded as the one who created the household, and as the one who recorded the consent. */
  consultantId?: string | null;
  reference?: string;
  adults?: number;
  languages?: string[];
  maxTravelKm?: number | null;
  needsWheelchairAccess?: boolean;
  closed?: boolean;
  createdAt?: Date;
  children?: AgeBand[];
  /** Consent to refer, recorded by the consultant (or by nobody when there is none). */
  consent?: boolean;
  needs?: NeedOptions[];
};

/** A household of the team; returns its row and the ids of its needs, in the order given. */
export function buildHousehold(options: HouseholdOptions) {
  const consultantId = options.consultantId ?? null;
  const household = db
    .insert(households)
    .values({
      teamId: options.teamId,
      reference: options.reference ?? `HH-${unique()}`,
      pc4: options.pc4,
      adults: options.adults ?? 1,
      languages: options.languages ?? ["nl"],
      maxTravelKm: options.maxTravelKm ?? null,
      needsWheelchairAccess: options.needsWheelchairAccess ?? false,
      consultantId,
      createdBy: consultantId,
      closedAt: options.closed ? new Date() : null,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    })
    .returning()
    .get();
  if (options.children?.length) {
    db.insert(householdChildren)
      .values(options.children.map((ageBand) => ({ householdId: household.id, ageBand })))
      .run();
  }
  if (options.consent) giveConsent(household.id, consultantId);
  const needIds = (options.needs ?? []).map((need) => buildNeed(household.id, need).id);
  return { ...household, needIds };
}

/** The team, postcode and consultant of a staffed team (or referral world), as household options. */
export function inTeam(world: { team: { id: number }; pc4: string; consultant: Actor }) {
  return { teamId: world.team.id, pc4: world.pc4, consultantId: world.consultant.id };
}

/** A need of the household; an unmet need is marked unmet now unless `unmetAt` says otherwise. */
export function buildNeed(householdId: number, { domain = "social_network", score = 2, status = "open", unmetAt }: NeedOptions = {}) {
  return db
    .insert(needs)
    .values({ householdId, domain, score, status, unmetAt: unmetAt === undefined ? (status === "unmet" ? new Date() : null) : unmetAt })
    .returning()
    .get();
}

export function giveConsent(householdId: number, by: Actor | string | null) {
  return db
    .insert(consents)
    .values({
      householdId,
      givenOn: "2026-01-15",
      scope: "Verwijzen naar activiteiten in de wijk",
      recordedBy: typeof by === "string" || by === null ? by : by.id,
    })
    .returning()
    .get();
}

/** `count` households of the team, each with one unmet need in `domain` (no children: target group "everyone"); returns the need ids. */
export function makeUnmetNeeds(teamId: number, pc4: string, domain: LifeDomain, count: number, { withChildren = false } = {}) {
  return Array.from(
    { length: count },
    () => buildHousehold({ teamId, pc4, children: withChildren ? ["4-11"] : [], needs: [{ domain, score: 2, status: "unmet" }] }).needIds[0],
  );
}
