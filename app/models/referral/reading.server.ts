/** A referral as its team and as the receiving organisation see it, and the organisation's inbox. */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import {
  householdChildren,
  households,
  initiatives,
  needs,
  neighbourhoods,
  organisations,
  postcodes,
  referralEvents,
  referrals,
  users,
  type Referral,
} from "~db/schema";
import type { AgeBand, ContactPreference, DeclineReason, LifeDomain, ReferralStatus } from "~/domain/vocabulary";
import { recordAudit, recordRefusal } from "~/models/audit-write.server";
import { activeConsent } from "~/models/consent.server";
import { commandsFor, isClosed, type ReferralCommand } from "~/domain/referral-states";
import { placesLeft } from "~/domain/places";
import { placesTakenOf } from "~/models/places.server";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { reachesAsOrganisation } from "./access.server";

export type ReferralEventView = {
  id: number;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  actorName: string | null;
  note: string;
  createdAt: Date;
};

function eventsOf(referralId: number): ReferralEventView[] {
  return db
    .select({
      id: referralEvents.id,
      fromStatus: referralEvents.fromStatus,
      toStatus: referralEvents.toStatus,
      actorName: users.name,
      note: referralEvents.note,
      createdAt: referralEvents.createdAt,
    })
    .from(referralEvents)
    .leftJoin(users, eq(users.id, referralEvents.actorId))
    .where(eq(referralEvents.referralId, referralId))
    .orderBy(asc(referralEvents.createdAt), asc(referralEvents.id))
    .all();
}

type Contact = { name: string | null; phone: string | null; email: string | null; preference: ContactPreference | null };

function contactOf(referral: Referral, consent: boolean): Contact | null {
  // Checked again on every read: consent withdrawn means no contact details, whatever is stored.
  if (!consent || isClosed(referral.status)) return null;
  return { name: referral.contactName, phone: referral.contactPhone, email: referral.contactEmail, preference: referral.contactPreference };
}

export type TeamReferralView = {
  id: number;
  status: ReferralStatus;
  message: string;
  lookingFor: string;
  declineReason: DeclineReason | null;
  outcome: string | null;
  stopReason: string | null;
  sentAt: Date | null;
  household: { id: number; reference: string };
  need: { id: number; domain: LifeDomain } | null;
  initiative: { id: number; title: string; slug: string; organisationName: string };
  contact: Contact | null;
  events: ReferralEventView[];
  commands: ReferralCommand[];
};

/** One referral as the household's team sees it: everything, with its timeline. */
/** What both the team and the organisation see of a referral itself. */
function sharedFields(referral: Referral) {
  return {
    id: referral.id,
    status: referral.status,
    message: referral.message,
    lookingFor: referral.lookingFor,
    declineReason: referral.declineReason,
    outcome: referral.outcome,
    stopReason: referral.stopReason,
    sentAt: referral.sentAt,
  };
}

export function getReferralForTeam(actor: Actor, referralId: number): { ok: true; referral: TeamReferralView } | { ok: false; error: "not_found" } {
  if (!Number.isSafeInteger(referralId)) return { ok: false, error: "not_found" };
  const row = db
    .select({
      referral: referrals,
      teamId: households.teamId,
      reference: households.reference,
      initiativeTitle: initiatives.title,
      initiativeSlug: initiatives.slug,
      organisationName: organisations.name,
      needDomain: needs.domain,
    })
    .from(referrals)
    .innerJoin(households, eq(households.id, referrals.householdId))
    .innerJoin(initiatives, eq(initiatives.id, referrals.initiativeId))
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .leftJoin(needs, eq(needs.id, referrals.needId))
    .where(eq(referrals.id, referralId))
    .get();
  if (!row || !can(actor, "referral.view_as_team", { teamId: row.teamId })) {
    recordRefusal(db, actor, { entityType: "referral", entityId: referralId, householdId: row?.referral.householdId ?? null, detail: "team" });
    return { ok: false, error: "not_found" };
  }
  const { referral } = row;
  recordAudit(db, actor, { action: "view", entityType: "referral", entityId: referral.id, householdId: referral.householdId });
  return {
    ok: true,
    referral: {
      ...sharedFields(referral),
      household: { id: referral.householdId, reference: row.reference },
      need: referral.needId !== null && row.needDomain ? { id: referral.needId, domain: row.needDomain } : null,
      initiative: { id: referral.initiativeId, title: row.initiativeTitle, slug: row.initiativeSlug, organisationName: row.organisationName },
      ...followUp(referral, "team"),
    },
  };
}

/** What both sides see below a referral: the contact (while consent lasts), its timeline and their next steps. */
function followUp(referral: Referral, side: "team" | "organisation") {
  return {
    contact: contactOf(referral, activeConsent(db, referral.householdId) !== null),
    events: eventsOf(referral.id),
    commands: commandsFor(referral.status, side),
  };
}

export type OrganisationReferralView = {
  id: number;
  status: ReferralStatus;
  message: string;
  lookingFor: string;
  declineReason: DeclineReason | null;
  outcome: string | null;
  stopReason: string | null;
  sentAt: Date | null;
  initiative: { id: number; title: string; organisationName: string; placesAvailable: number | null };
  needDomain: LifeDomain | null;
  /** Who the household is, as far as the organiser needs: no reference, no postcode. */
  household: { adults: number; childBands: AgeBand[]; languages: string[]; neighbourhoodName: string | null };
  contact: Contact | null;
  events: ReferralEventView[];
  commands: ReferralCommand[];
};

/** One referral as the receiving organisation sees it: only what the referral shares. */
export function getReferralForOrganisation(
  actor: Actor,
  referralId: number,
): { ok: true; referral: OrganisationReferralView } | { ok: false; error: "not_found" } {
  if (!Number.isSafeInteger(referralId)) return { ok: false, error: "not_found" };
  const row = db
    .select({
      referral: referrals,
      organisationId: initiatives.organisationId,
      initiativeTitle: initiatives.title,
      capacity: initiatives.capacity,
      outside: initiatives.participantsOutsideReferrals,
      organisationName: organisations.name,
      needDomain: needs.domain,
      adults: households.adults,
      languages: households.languages,
      neighbourhoodName: neighbourhoods.name,
    })
    .from(referrals)
    .innerJoin(households, eq(households.id, referrals.householdId))
    .innerJoin(initiatives, eq(initiatives.id, referrals.initiativeId))
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .leftJoin(needs, eq(needs.id, referrals.needId))
    .leftJoin(postcodes, eq(postcodes.pc4, households.pc4))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, postcodes.neighbourhoodId))
    .where(eq(referrals.id, referralId))
    .get();
  if (!row || !reachesAsOrganisation(actor, row)) {
    recordRefusal(db, actor, { entityType: "referral", entityId: referralId, householdId: row?.referral.householdId ?? null, detail: "organisation" });
    return { ok: false, error: "not_found" };
  }
  const { referral } = row;
  const childBands = db
    .select({ band: householdChildren.ageBand })
    .from(householdChildren)
    .where(eq(householdChildren.householdId, referral.householdId))
    .all()
    .map((c) => c.band);
  recordAudit(db, actor, {
    action: "view",
    entityType: "referral",
    entityId: referral.id,
    householdId: referral.householdId,
    detail: row.organisationName,
  });
  return {
    ok: true,
    referral: {
      ...sharedFields(referral),
      initiative: {
        id: referral.initiativeId,
        title: row.initiativeTitle,
        organisationName: row.organisationName,
        placesAvailable: placesLeft(row.capacity, row.outside, placesTakenOf(db, referral.initiativeId)),
      },
      needDomain: row.needDomain,
      household: { adults: row.adults, childBands, languages: row.languages, neighbourhoodName: row.neighbourhoodName },
      ...followUp(referral, "organisation"),
    },
  };
}

export type InboxRow = {
  id: number;
  status: ReferralStatus;
  initiativeTitle: string;
  organisationName: string;
  needDomain: LifeDomain | null;
  neighbourhoodName: string | null;
  sentAt: Date | null;
  answeredAt: Date | null;
};

const INBOX_LIMIT = 200;

/**
 * Referrals to the initiatives of the actor's organisations: unanswered ones first, oldest
 * first (they have waited longest), then the rest, newest first.
 */
export function listReferralsForOrganisation(actor: Actor, filter: { status?: ReferralStatus; organisationId?: number } = {}): InboxRow[] {
  const organisationIds = actor.organisations
    .map((o) => o.id)
    .filter((id) => filter.organisationId === undefined || id === filter.organisationId)
    .filter((organisationId) => can(actor, "referral.answer", { organisationId }));
  if (organisationIds.length === 0) return [];
  const conditions = [inArray(initiatives.organisationId, organisationIds), sql`${referrals.status} <> 'draft'`];
  if (filter.status) conditions.push(eq(referrals.status, filter.status));
  const rows = db
    .select({
      id: referrals.id,
      status: referrals.status,
      initiativeTitle: initiatives.title,
      organisationName: organisations.name,
      needDomain: needs.domain,
      neighbourhoodName: neighbourhoods.name,
      sentAt: referrals.sentAt,
      answeredAt: referrals.answeredAt,
    })
    .from(referrals)
    .innerJoin(initiatives, eq(initiatives.id, referrals.initiativeId))
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .innerJoin(households, eq(households.id, referrals.householdId))
    .leftJoin(needs, eq(needs.id, referrals.needId))
    .leftJoin(postcodes, eq(postcodes.pc4, households.pc4))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, postcodes.neighbourhoodId))
    .where(and(...conditions))
    .orderBy(
      sql`case when ${referrals.status} = 'sent' then 0 else 1 end`,
      sql`case when ${referrals.status} = 'sent' then ${referrals.sentAt} end asc`,
      desc(referrals.sentAt),
      desc(referrals.id),
    )
    .limit(INBOX_LIMIT)
    .all();
  // Like the caseload: one row for the page, naming every referral it showed.
  recordAudit(db, actor, {
    action: "view",
    entityType: "referral_inbox",
    entityId: organisationIds.join(","),
    detail: `${rows.length} referrals: ${rows.map((row) => row.id).join(",")}`,
  });
  return rows;
}
