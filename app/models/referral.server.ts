/**
 * Closed-loop referrals (DESIGN.md "Referral"): a household of a team is referred to an
 * initiative; the organisation answers; every step is an event. One transition table decides
 * which step is legal from which state and which side (team or organisation) may take it.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  householdChildren,
  households,
  initiatives,
  needs,
  neighbourhoods,
  organisationMembers,
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
import {
  ACTIVE_REFERRAL_STATUSES,
  commandsFor,
  isClosed,
  REFERRAL_TRANSITIONS,
  type ReferralCommand,
} from "~/domain/referral-states";
import { householdFor } from "~/models/household-scope.server";
import { placesLeft } from "~/domain/places";
import { placesTakenColumn, placesTakenOf } from "~/models/places.server";
import { notify } from "~/models/notification.server";
import { db, type Conn, type Tx } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";

export type ReferralError =
  | "not_found"
  | "forbidden"
  | "illegal_transition"
  | "no_places"
  | "no_consent"
  | "reason_required"
  | "outcome_required"
  | "initiative_unavailable"
  | "already_referred";

export type ReferralResult = { ok: true; referralId: number } | { ok: false; error: ReferralError };

export type ContactInput = {
  name?: string;
  phone?: string;
  email?: string;
  preference?: ContactPreference;
};

export type SendReferralInput = {
  householdId: number;
  initiativeId: number;
  needId?: number | null;
  message: string;
  lookingFor: string;
  contact?: ContactInput;
};

function hasPersonalContact(contact: ContactInput | undefined) {
  return Boolean(contact?.name || contact?.phone || contact?.email || (contact?.preference && contact.preference !== "via_consultant"));
}

export function organisationMemberIds(tx: Conn, organisationId: number): string[] {
  return tx
    .select({ userId: organisationMembers.userId })
    .from(organisationMembers)
    .where(eq(organisationMembers.organisationId, organisationId))
    .all()
    .map((row) => row.userId);
}

/** Sends a household (of the actor's team) to a published initiative that takes referrals. */
export function sendReferral(actor: Actor, input: SendReferralInput): ReferralResult {
  const access = householdFor(db, actor, input.householdId, "household.view");
  if (!access.ok) return access;
  const household = access.household;
  if (!can(actor, "referral.send", { teamId: household.teamId })) return { ok: false, error: "forbidden" };
  if (input.needId != null) {
    const need = db.select({ id: needs.id }).from(needs).where(and(eq(needs.id, input.needId), eq(needs.householdId, household.id))).get();
    if (!need) return { ok: false, error: "not_found" };
  }
  const initiative = db
    .select({ id: initiatives.id, title: initiatives.title, status: initiatives.status, acceptsReferrals: initiatives.acceptsReferrals, organisationId: initiatives.organisationId })
    .from(initiatives)
    .where(eq(initiatives.id, input.initiativeId))
    .get();
  if (!initiative) return { ok: false, error: "not_found" };
  if (initiative.status !== "published" || !initiative.acceptsReferrals) return { ok: false, error: "initiative_unavailable" };
  const consent = activeConsent(db, household.id) !== null;
  if (!consent && hasPersonalContact(input.contact)) return { ok: false, error: "no_consent" };
  const open = db
    .select({ id: referrals.id })
    .from(referrals)
    .where(
      and(
        eq(referrals.householdId, household.id),
        eq(referrals.initiativeId, initiative.id),
        inArray(referrals.status, [...ACTIVE_REFERRAL_STATUSES]),
      ),
    )
    .get();
  if (open) return { ok: false, error: "already_referred" };

  const contact = consent ? input.contact ?? {} : {};
  const now = new Date();
  const referralId = db.transaction((tx) => {
    const created = tx
      .insert(referrals)
      .values({
        householdId: household.id,
        needId: input.needId ?? null,
        initiativeId: initiative.id,
        status: "sent",
        message: input.message,
        lookingFor: input.lookingFor,
        contactName: contact.name || null,
        contactPhone: contact.phone || null,
        contactEmail: contact.email || null,
        contactPreference: contact.preference ?? "via_consultant",
        createdBy: actor.id,
        sentAt: now,
        updatedAt: now,
      })
      .returning({ id: referrals.id })
      .get();
    tx.insert(referralEvents).values({ referralId: created.id, fromStatus: "draft", toStatus: "sent", actorId: actor.id }).run();
    if (input.needId != null) {
      tx.update(needs)
        .set({ status: "referred" })
        .where(and(eq(needs.id, input.needId), inArray(needs.status, ["open", "unmet"])))
        .run();
    }
    notify(
      tx,
      organisationMemberIds(tx, initiative.organisationId),
      "referrals.notify.newReferral",
      { initiative: initiative.title },
      `/mijn-organisatie/verwijzingen/${created.id}`,
    );
    recordAudit(tx, actor, { action: "create", entityType: "referral", entityId: created.id, householdId: household.id });
    return created.id;
  });
  return { ok: true, referralId };
}

type TransitionInput = {
  referralId: number;
  note?: string;
  declineReason?: DeclineReason;
  outcome?: string;
  stopReason?: string;
};

/**
 * Moves a referral one step along the state machine. Runs in a BEGIN IMMEDIATE transaction so
 * that the state (and, for accept, the places left) is read and written under one write lock:
 * two organisers accepting the last place at once cannot both get it.
 */
function transition(actor: Actor, command: ReferralCommand, input: TransitionInput): ReferralResult {
  const rule = REFERRAL_TRANSITIONS[command];
  if (command === "decline" && !input.declineReason) return { ok: false, error: "reason_required" };
  if (command === "stop" && !input.stopReason?.trim()) return { ok: false, error: "reason_required" };
  if (command === "complete" && !input.outcome?.trim()) return { ok: false, error: "outcome_required" };
  if (!Number.isSafeInteger(input.referralId)) return { ok: false, error: "not_found" };

  return db.transaction(
    (tx): ReferralResult => {
      const row = tx
        .select({
          referral: referrals,
          teamId: households.teamId,
          reference: households.reference,
          organisationId: initiatives.organisationId,
          initiativeTitle: initiatives.title,
          capacity: initiatives.capacity,
          outside: initiatives.participantsOutsideReferrals,
        })
        .from(referrals)
        .innerJoin(households, eq(households.id, referrals.householdId))
        .innerJoin(initiatives, eq(initiatives.id, referrals.initiativeId))
        .where(eq(referrals.id, input.referralId))
        .get();
      if (!row || !mayReach(actor, row)) {
        recordRefusal(tx, actor, { entityType: "referral", entityId: input.referralId, householdId: row?.referral.householdId ?? null, detail: command });
        return { ok: false, error: "not_found" };
      }
      const allowed =
        rule.side === "team"
          ? can(actor, "referral.send", { teamId: row.teamId })
          : can(actor, "referral.answer", { organisationId: row.organisationId });
      if (!allowed) return { ok: false, error: "forbidden" };
      const from = row.referral.status;
      if (!rule.from.includes(from)) return { ok: false, error: "illegal_transition" };

      if (rule.to === "accepted") {
        const left = placesLeft(row.capacity, row.outside, placesTakenOf(tx, row.referral.initiativeId));
        if (left !== null && left <= 0) return { ok: false, error: "no_places" };
      }

      const now = new Date();
      const closes = isClosed(rule.to);
      tx.update(referrals)
        .set({
          status: rule.to,
          updatedAt: now,
          ...(rule.side === "organisation" && row.referral.answeredAt === null ? { answeredAt: now } : {}),
          ...(command === "decline" ? { declineReason: input.declineReason } : {}),
          ...(command === "complete" ? { outcome: input.outcome?.trim() } : {}),
          ...(command === "stop" ? { stopReason: input.stopReason?.trim() } : {}),
          // Contact details live only as long as the referral (DESIGN.md "Consent").
          ...(closes ? { closedAt: now, contactName: null, contactPhone: null, contactEmail: null } : {}),
        })
        .where(eq(referrals.id, row.referral.id))
        .run();
      const note = [input.note?.trim(), input.outcome?.trim(), input.stopReason?.trim()].filter(Boolean).join("\n");
      tx.insert(referralEvents).values({ referralId: row.referral.id, fromStatus: from, toStatus: rule.to, actorId: actor.id, note }).run();
      if (closes || rule.to === "accepted") syncNeed(tx, row.referral.needId, rule.to);

      if (rule.side === "organisation") {
        notify(
          tx,
          row.referral.createdBy ? [row.referral.createdBy] : [],
          `referrals.notify.${rule.to}`,
          { initiative: row.initiativeTitle, reference: row.reference },
          `/werkplek/verwijzingen/${row.referral.id}`,
        );
      } else {
        notify(
          tx,
          organisationMemberIds(tx, row.organisationId),
          `referrals.notify.${rule.to}`,
          { initiative: row.initiativeTitle, reference: "" },
          `/mijn-organisatie/verwijzingen/${row.referral.id}`,
        );
      }
      recordAudit(tx, actor, {
        action: "update",
        entityType: "referral",
        entityId: row.referral.id,
        householdId: row.referral.householdId,
        detail: `${from} → ${rule.to}`,
      });
      return { ok: true, referralId: row.referral.id };
    },
    { behavior: "immediate" },
  );
}

/** Outsiders learn nothing, not even that the referral exists. */
function mayReach(actor: Actor, row: { teamId: number; organisationId: number; referral: { status: ReferralStatus } }) {
  return can(actor, "referral.view_as_team", { teamId: row.teamId }) || reachesAsOrganisation(actor, row);
}

/**
 * The receiving organisation sees a referral from "sent" on, exactly as its inbox lists them: a
 * draft is the team's own work and does not exist for the organisation (docs/decisions/005).
 */
function reachesAsOrganisation(actor: Actor, row: { organisationId: number; referral: { status: ReferralStatus } }) {
  return row.referral.status !== "draft" && can(actor, "referral.answer", { organisationId: row.organisationId });
}

/** A need follows its referrals: referred while one runs, resolved when one completes, else open again. */
function syncNeed(tx: Tx, needId: number | null, to: ReferralStatus) {
  if (needId === null) return;
  if (to === "completed") {
    tx.update(needs).set({ status: "resolved" }).where(eq(needs.id, needId)).run();
    return;
  }
  const running = tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.needId, needId), inArray(referrals.status, [...ACTIVE_REFERRAL_STATUSES])))
    .get();
  tx.update(needs)
    .set({ status: running ? "referred" : "open" })
    .where(and(eq(needs.id, needId), eq(needs.status, "referred")))
    .run();
}

/** Runs the command a form asked for: the one way in for routes and tests alike. */
export function runReferralCommand(
  actor: Actor,
  command: Exclude<ReferralCommand, "send">,
  input: { referralId: number; note?: string; reason?: string; outcome?: string },
): ReferralResult {
  return transition(actor, command, {
    referralId: input.referralId,
    note: input.note,
    outcome: input.outcome,
    stopReason: command === "stop" ? input.reason : undefined,
    declineReason: command === "decline" ? (input.reason as DeclineReason | undefined) : undefined,
  });
}

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
      contact: contactOf(referral, activeConsent(db, referral.householdId) !== null),
      events: eventsOf(referral.id),
      commands: commandsFor(referral.status, "team"),
    },
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
      contact: contactOf(referral, activeConsent(db, referral.householdId) !== null),
      events: eventsOf(referral.id),
      commands: commandsFor(referral.status, "organisation"),
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

export type ReferralDraft = {
  household: { id: number; reference: string; consent: boolean };
  need: { id: number; domain: LifeDomain } | null;
  initiative: { id: number; title: string; organisationName: string; placesAvailable: number | null };
};

/** What the referral form shows before sending; only for the household's team. */
export function prepareReferral(
  actor: Actor,
  input: { householdId: number; initiativeId: number; needId?: number | null },
): { ok: true; draft: ReferralDraft } | { ok: false; error: "not_found" | "forbidden" | "initiative_unavailable" } {
  const access = householdFor(db, actor, input.householdId, "household.view");
  if (!access.ok) return access;
  if (!can(actor, "referral.send", { teamId: access.household.teamId })) return { ok: false, error: "forbidden" };
  const need =
    input.needId != null
      ? db
          .select({ id: needs.id, domain: needs.domain })
          .from(needs)
          .where(and(eq(needs.id, input.needId), eq(needs.householdId, input.householdId)))
          .get()
      : undefined;
  if (input.needId != null && !need) return { ok: false, error: "not_found" };
  const initiative = db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      status: initiatives.status,
      acceptsReferrals: initiatives.acceptsReferrals,
      capacity: initiatives.capacity,
      outside: initiatives.participantsOutsideReferrals,
      organisationName: organisations.name,
      held: placesTakenColumn,
    })
    .from(initiatives)
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .where(eq(initiatives.id, input.initiativeId))
    .get();
  if (!initiative) return { ok: false, error: "not_found" };
  if (initiative.status !== "published" || !initiative.acceptsReferrals) return { ok: false, error: "initiative_unavailable" };
  // The form shows the reference and the consent state: a read of household data.
  recordAudit(db, actor, {
    action: "view",
    entityType: "referral_form",
    entityId: initiative.id,
    householdId: access.household.id,
    detail: initiative.title,
  });
  return {
    ok: true,
    draft: {
      household: { id: access.household.id, reference: access.household.reference, consent: activeConsent(db, access.household.id) !== null },
      need: need ?? null,
      initiative: {
        id: initiative.id,
        title: initiative.title,
        organisationName: initiative.organisationName,
        placesAvailable: placesLeft(initiative.capacity, initiative.outside, initiative.held),
      },
    },
  };
}

/** Referrals still waiting for an organisation's first answer, sent before `before`, never reminded. */
export function unansweredReferralsSentBefore(before: Date) {
  return db
    .select({
      id: referrals.id,
      sentAt: referrals.sentAt,
      organisationId: initiatives.organisationId,
      initiativeTitle: initiatives.title,
    })
    .from(referrals)
    .innerJoin(initiatives, eq(initiatives.id, referrals.initiativeId))
    .where(and(eq(referrals.status, "sent"), isNull(referrals.remindedAt), sql`${referrals.sentAt} <= ${before.getTime()}`))
    .all();
}

/** Marks the referral reminded and tells the organisation's members, once. */
export function remindOrganisation(referral: { id: number; organisationId: number; initiativeTitle: string }, now: Date) {
  db.transaction((tx) => {
    const updated = tx
      .update(referrals)
      .set({ remindedAt: now })
      .where(and(eq(referrals.id, referral.id), isNull(referrals.remindedAt), eq(referrals.status, "sent")))
      .run();
    if (updated.changes === 0) return;
    notify(
      tx,
      organisationMemberIds(tx, referral.organisationId),
      "referrals.notify.reminder",
      { initiative: referral.initiativeTitle },
      `/mijn-organisatie/verwijzingen/${referral.id}`,
    );
  });
}
