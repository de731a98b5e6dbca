/**
 * Paper for the kitchen table: the referral letter and the printed list of matches. Both say
 * what an activity is and how to get there; about the household they carry only its reference
 * number (DESIGN.md privacy rules). The same scoping as the screens they come from: a referral
 * of the actor's team, a need of a household of the actor's team.
 */
import { asc, eq, inArray } from "drizzle-orm";
import { households, initiatives, neighbourhoods, organisations, referrals, scheduleSlots, teams } from "~db/schema";
import type { InitiativeKind, LifeDomain, ReferralStatus } from "~/domain/vocabulary";
import { PRINTED_MATCHES } from "~/domain/paper";
import { recordAudit, recordRefusal } from "~/models/audit-write.server";
import { findMatches, type MatchRow } from "~/models/matching.server";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import type { ScheduleSlot } from "~/utils/schedule";

/** What someone needs to go there: what, where, when, whom to ask for, cost, what to bring. */
export type PracticalDetails = {
  id: number;
  title: string;
  summary: string;
  kind: InitiativeKind;
  organisationName: string;
  isOnline: boolean;
  address: string | null;
  postcode: string | null;
  neighbourhoodName: string | null;
  schedule: ScheduleSlot[];
  isFree: boolean | null;
  costNote: string | null;
  whatToBring: string | null;
  contact: { name: string | null; phone: string | null; email: string | null; website: string | null };
};

/** Practical details of initiatives, by id (two queries whatever the count). */
export function practicalDetails(ids: number[]): Map<number, PracticalDetails> {
  const found = new Map<number, PracticalDetails>();
  if (ids.length === 0) return found;
  const rows = db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      summary: initiatives.summary,
      kind: initiatives.kind,
      organisationName: organisations.name,
      isOnline: initiatives.isOnline,
      address: initiatives.address,
      postcode: initiatives.postcode,
      neighbourhoodName: neighbourhoods.name,
      isFree: initiatives.isFree,
      costNote: initiatives.costNote,
      whatToBring: initiatives.whatToBring,
      contactName: initiatives.contactName,
      contactPhone: initiatives.contactPhone,
      contactEmail: initiatives.contactEmail,
      website: initiatives.website,
    })
    .from(initiatives)
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, initiatives.neighbourhoodId))
    .where(inArray(initiatives.id, ids))
    .all();
  const slots = db
    .select({ initiativeId: scheduleSlots.initiativeId, weekday: scheduleSlots.weekday, startTime: scheduleSlots.startTime, endTime: scheduleSlots.endTime })
    .from(scheduleSlots)
    .where(inArray(scheduleSlots.initiativeId, ids))
    .orderBy(asc(scheduleSlots.weekday), asc(scheduleSlots.startTime))
    .all();
  for (const { contactName, contactPhone, contactEmail, website, ...row } of rows) {
    found.set(row.id, {
      ...row,
      schedule: slots.filter((slot) => slot.initiativeId === row.id).map(({ weekday, startTime, endTime }) => ({ weekday, startTime, endTime })),
      contact: { name: contactName, phone: contactPhone, email: contactEmail, website },
    });
  }
  return found;
}

export type ReferralLetter = {
  referralId: number;
  status: ReferralStatus;
  /** The household's reference number: the only household data on the letter. */
  reference: string;
  team: { name: string; email: string | null };
  initiative: PracticalDetails;
};

/** The letter for one referral of the actor's team; anyone else is told it does not exist. */
export function getReferralLetter(actor: Actor, referralId: number): { ok: true; letter: ReferralLetter } | { ok: false; error: "not_found" } {
  if (!Number.isSafeInteger(referralId)) return { ok: false, error: "not_found" };
  const row = db
    .select({
      id: referrals.id,
      status: referrals.status,
      householdId: referrals.householdId,
      initiativeId: referrals.initiativeId,
      teamId: households.teamId,
      reference: households.reference,
      teamName: teams.name,
      teamEmail: teams.email,
    })
    .from(referrals)
    .innerJoin(households, eq(households.id, referrals.householdId))
    .innerJoin(teams, eq(teams.id, households.teamId))
    .where(eq(referrals.id, referralId))
    .get();
  if (!row || !can(actor, "referral.view_as_team", { teamId: row.teamId })) {
    recordRefusal(db, actor, { entityType: "referral", entityId: referralId, householdId: row?.householdId ?? null, detail: "letter" });
    return { ok: false, error: "not_found" };
  }
  const initiative = practicalDetails([row.initiativeId]).get(row.initiativeId);
  if (!initiative) return { ok: false, error: "not_found" };
  recordAudit(db, actor, { action: "view", entityType: "referral", entityId: row.id, householdId: row.householdId, detail: "letter" });
  return {
    ok: true,
    letter: { referralId: row.id, status: row.status, reference: row.reference, team: { name: row.teamName, email: row.teamEmail }, initiative },
  };
}

export type PrintedMatch = { match: MatchRow; details: PracticalDetails };

export type PrintableMatches = {
  reference: string;
  householdId: number;
  need: { id: number; domain: LifeDomain };
  matches: PrintedMatch[];
};

/** The top matches for a need of a household of the actor's team, with what is needed to go there. */
export function getPrintableMatches(
  actor: Actor,
  input: { householdId: number; needId: number; now?: Date },
): { ok: true; value: PrintableMatches } | { ok: false; error: "not_found" | "forbidden" } {
  const found = findMatches(actor, { householdId: input.householdId, needId: input.needId, limit: PRINTED_MATCHES, now: input.now });
  if (!found.ok) return found;
  const { household, need, matches } = found.value;
  const details = practicalDetails(matches.map((match) => match.initiativeId));
  return {
    ok: true,
    value: {
      reference: household.reference,
      householdId: household.id,
      need: { id: need.id, domain: need.domain },
      matches: matches.flatMap((match) => {
        const detail = details.get(match.initiativeId);
        return detail ? [{ match, details: detail }] : [];
      }),
    },
  };
}
