/**
 * The pseudonymous household record (no name, BSN, birth date or address): creating, editing,
 * reassigning and reading it. Every use case is scoped to the actor's teams and audited.
 */
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { householdChildren, households, neighbourhoods, postcodes, teamMembers, teams, users } from "~db/schema";
import type { AgeBand, Budget, Mobility } from "~/domain/vocabulary";
import { db, type Tx } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { recordAudit } from "~/models/audit.server";
import { householdFor, type Refused } from "~/models/household-scope.server";

export type HouseholdInput = {
  reference: string;
  pc4: string;
  adults: number;
  /** Someone is 65 or older; not known (false) when left out. */
  hasOlderAdult?: boolean;
  children: AgeBand[];
  languages: string[];
  mobility?: Mobility | null;
  maxTravelKm?: number | null;
  availableDays: number[];
  budget?: Budget | null;
  needsWheelchairAccess: boolean;
  needsHearingLoop: boolean;
};

type InputError = { ok: false; error: "unknown_postcode" | "reference_taken" };

function checkInput(tx: Tx, teamId: number, input: HouseholdInput, householdId?: number): InputError | null {
  if (!tx.select({ pc4: postcodes.pc4 }).from(postcodes).where(eq(postcodes.pc4, input.pc4.trim())).get()) {
    return { ok: false, error: "unknown_postcode" };
  }
  const clash = tx
    .select({ id: households.id })
    .from(households)
    .where(
      and(
        eq(households.teamId, teamId),
        sql`lower(${households.reference}) = lower(${input.reference.trim()})`,
        householdId !== undefined ? ne(households.id, householdId) : undefined,
      ),
    )
    .get();
  return clash ? { ok: false, error: "reference_taken" } : null;
}

function recordValues(input: HouseholdInput) {
  return {
    reference: input.reference.trim(),
    pc4: input.pc4.trim(),
    adults: input.adults,
    hasOlderAdult: input.hasOlderAdult ?? false,
    languages: [...new Set(input.languages)],
    mobility: input.mobility ?? null,
    maxTravelKm: input.maxTravelKm ?? null,
    availableDays: [...new Set(input.availableDays)].sort((a, b) => a - b),
    budget: input.budget ?? null,
    needsWheelchairAccess: input.needsWheelchairAccess,
    needsHearingLoop: input.needsHearingLoop,
  };
}

function replaceChildren(tx: Tx, householdId: number, children: AgeBand[]) {
  tx.delete(householdChildren).where(eq(householdChildren.householdId, householdId)).run();
  if (children.length)
    tx.insert(householdChildren)
      .values(children.map((ageBand) => ({ householdId, ageBand })))
      .run();
}

export type CreateHouseholdResult = { ok: true; id: number } | { ok: false; error: "forbidden" } | InputError;

/** A new household of the team, looked after by the consultant who adds it. */
export function createHousehold(actor: Actor, input: HouseholdInput & { teamId: number }): CreateHouseholdResult {
  if (!can(actor, "household.create", { teamId: input.teamId })) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const invalid = checkInput(tx, input.teamId, input);
    if (invalid) return invalid;
    const id = tx
      .insert(households)
      .values({ ...recordValues(input), teamId: input.teamId, consultantId: actor.id, createdBy: actor.id })
      .returning({ id: households.id })
      .get().id;
    replaceChildren(tx, id, input.children);
    recordAudit(tx, actor, { action: "create", entityType: "household", entityId: id, householdId: id });
    return { ok: true, id } as const;
  });
}

export type UpdateHouseholdResult = { ok: true } | Refused | InputError;

export function updateHousehold(actor: Actor, input: HouseholdInput & { householdId: number }): UpdateHouseholdResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    const invalid = checkInput(tx, access.household.teamId, input, input.householdId);
    if (invalid) return invalid;
    tx.update(households).set(recordValues(input)).where(eq(households.id, input.householdId)).run();
    replaceChildren(tx, input.householdId, input.children);
    recordAudit(tx, actor, { action: "update", entityType: "household", entityId: input.householdId, householdId: input.householdId, detail: "edited" });
    return { ok: true } as const;
  });
}

export type ReassignResult = { ok: true; consultantName: string } | Refused | { ok: false; error: "not_in_team" };

/** A coordinator hands a household to another consultant of the same team. */
export function reassignHousehold(actor: Actor, input: { householdId: number; consultantId: string }): ReassignResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.reassign");
    if (!access.ok) return access;
    const member = tx
      .select({ name: users.name })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .where(and(eq(teamMembers.teamId, access.household.teamId), eq(teamMembers.userId, input.consultantId)))
      .get();
    if (!member) return { ok: false, error: "not_in_team" } as const;
    tx.update(households).set({ consultantId: input.consultantId }).where(eq(households.id, input.householdId)).run();
    recordAudit(tx, actor, {
      action: "update",
      entityType: "household",
      entityId: input.householdId,
      householdId: input.householdId,
      detail: "reassigned",
    });
    return { ok: true, consultantName: member.name } as const;
  });
}

export type HouseholdProfile = {
  id: number;
  teamId: number;
  teamName: string;
  reference: string;
  pc4: string;
  neighbourhoodName: string | null;
  adults: number;
  hasOlderAdult: boolean;
  children: AgeBand[];
  languages: string[];
  mobility: Mobility | null;
  maxTravelKm: number | null;
  availableDays: number[];
  budget: Budget | null;
  needsWheelchairAccess: boolean;
  needsHearingLoop: boolean;
  consultantId: string | null;
  consultantName: string | null;
  createdAt: Date;
};

export function loadProfile(tx: Tx, householdId: number): HouseholdProfile {
  const row = tx
    .select({
      id: households.id,
      teamId: households.teamId,
      teamName: teams.name,
      reference: households.reference,
      pc4: households.pc4,
      neighbourhoodName: neighbourhoods.name,
      adults: households.adults,
      hasOlderAdult: households.hasOlderAdult,
      languages: households.languages,
      mobility: households.mobility,
      maxTravelKm: households.maxTravelKm,
      availableDays: households.availableDays,
      budget: households.budget,
      needsWheelchairAccess: households.needsWheelchairAccess,
      needsHearingLoop: households.needsHearingLoop,
      consultantId: households.consultantId,
      consultantName: users.name,
      createdAt: households.createdAt,
    })
    .from(households)
    .innerJoin(teams, eq(teams.id, households.teamId))
    .leftJoin(postcodes, eq(postcodes.pc4, households.pc4))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, postcodes.neighbourhoodId))
    .leftJoin(users, eq(users.id, households.consultantId))
    .where(eq(households.id, householdId))
    .get()!;
  const children = tx
    .select({ ageBand: householdChildren.ageBand })
    .from(householdChildren)
    .where(eq(householdChildren.householdId, householdId))
    .orderBy(asc(householdChildren.ageBand))
    .all()
    .map((c) => c.ageBand);
  return { ...row, children };
}

export type GetProfileResult = { ok: true; household: HouseholdProfile } | Refused;

/** The household's record alone, for the edit form. */
export function getHouseholdProfile(actor: Actor, input: { householdId: number }): GetProfileResult {
  return db.transaction((tx) => {
    const access = householdFor(tx, actor, input.householdId, "household.edit");
    if (!access.ok) return access;
    recordAudit(tx, actor, { action: "view", entityType: "household", entityId: input.householdId, householdId: input.householdId, detail: "profile" });
    return { ok: true, household: loadProfile(tx, input.householdId) } as const;
  });
}
