import { and, asc, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { helperInvites, helperProfiles, initiatives, neighbourhoods, organisations, users } from "~db/schema";
import { DAY_PARTS, WEEKDAYS, type InviteAnswer, type Language, type LifeDomain } from "~/domain/vocabulary";
import type { HelperProfileInput, HelperSearchInput } from "~/schemas/helping";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { recordAudit, recordRefusal } from "./audit-write.server";
import { notify } from "./notification.server";
import { memberIds } from "./organisation.server";

export type HelperProfile = {
  skills: string[];
  interests: LifeDomain[];
  neighbourhoodId: number | null;
  availability: string[];
  languages: Language[];
  about: string;
  discoverable: boolean;
};

/** The actor's own profile, or null before they first saved one. */
export function getHelperProfile(actor: Actor): HelperProfile | null {
  const row = db.select().from(helperProfiles).where(eq(helperProfiles.userId, actor.id)).get();
  if (!row) return null;
  return {
    skills: row.skills,
    interests: row.interests as LifeDomain[],
    neighbourhoodId: row.neighbourhoodId,
    availability: row.availability,
    languages: row.languages as Language[],
    about: row.about,
    discoverable: row.discoverable,
  };
}

export type SaveHelperProfileResult = { ok: true } | { ok: false; error: "unknown_neighbourhood" };

export function saveHelperProfile(actor: Actor, input: HelperProfileInput): SaveHelperProfileResult {
  return db.transaction((tx) => {
    const neighbourhoodId = input.neighbourhoodId ?? null;
    if (neighbourhoodId !== null && !tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.id, neighbourhoodId)).get()) {
      return { ok: false, error: "unknown_neighbourhood" } as const;
    }
    const values = {
      skills: input.skills,
      interests: input.interests,
      neighbourhoodId,
      availability: input.availability,
      languages: input.languages,
      about: input.about ?? "",
      discoverable: input.discoverable,
      updatedAt: new Date(),
    };
    tx.insert(helperProfiles)
      .values({ userId: actor.id, ...values })
      .onConflictDoUpdate({ target: helperProfiles.userId, set: values })
      .run();
    return { ok: true } as const;
  });
}

export type HelperSearchResult = {
  userId: string;
  name: string;
  skills: string[];
  interests: LifeDomain[];
  neighbourhoodName: string | null;
  availability: string[];
  languages: Language[];
  about: string;
};

const HELPER_SEARCH_LIMIT = 50;

/** The availability cells a day and/or part filter accepts. */
function wantedSlots(day?: number, part?: string): string[] {
  const days = day ? [day] : [...WEEKDAYS];
  const parts = part ? [part] : [...DAY_PARTS];
  return days.flatMap((d) => parts.map((p) => `${d}:${p}`));
}

/**
 * Organisers look for helpers. Only residents who chose to be found ever appear, whatever the
 * filters. Skills match case-insensitively on part of a word ("kok" finds "Koken").
 */
export function searchHelpers(actor: Actor, filters: HelperSearchInput): { ok: true; helpers: HelperSearchResult[] } | { ok: false; error: "forbidden" } {
  if (!can(actor, "helper.search")) return { ok: false, error: "forbidden" };
  const conditions: SQL[] = [eq(helperProfiles.discoverable, true)];
  if (filters.skill) {
    conditions.push(sql`exists (select 1 from json_each(${helperProfiles.skills}) where instr(lower(json_each.value), lower(${filters.skill})) > 0)`);
  }
  if (filters.wijk) conditions.push(eq(helperProfiles.neighbourhoodId, filters.wijk));
  if (filters.day || filters.part) {
    const slots = wantedSlots(filters.day, filters.part);
    conditions.push(
      sql`exists (select 1 from json_each(${helperProfiles.availability}) where json_each.value in (${sql.join(
        slots.map((slot) => sql`${slot}`),
        sql`, `,
      )}))`,
    );
  }
  if (filters.language) {
    conditions.push(sql`exists (select 1 from json_each(${helperProfiles.languages}) where json_each.value = ${filters.language})`);
  }
  const rows = db
    .select({
      userId: helperProfiles.userId,
      name: users.name,
      skills: helperProfiles.skills,
      interests: helperProfiles.interests,
      neighbourhoodName: neighbourhoods.name,
      availability: helperProfiles.availability,
      languages: helperProfiles.languages,
      about: helperProfiles.about,
    })
    .from(helperProfiles)
    .innerJoin(users, eq(users.id, helperProfiles.userId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, helperProfiles.neighbourhoodId))
    .where(and(...conditions))
    .orderBy(desc(helperProfiles.updatedAt), asc(users.name))
    .limit(HELPER_SEARCH_LIMIT)
    .all();
  return {
    ok: true,
    helpers: rows.map((row) => ({ ...row, interests: row.interests as LifeDomain[], languages: row.languages as Language[] })),
  };
}

export type InviteHelperResult = { ok: true } | { ok: false; error: "forbidden" | "not_found" | "unknown_initiative" | "already_invited" };

/**
 * An organisation invites a resident who may be found, generally or for one of its initiatives.
 * Once per organisation, initiative and resident: the unique index covers invites for an
 * initiative, but SQLite lets NULLs repeat, so general invites are checked here as well.
 */
export function inviteHelper(
  actor: Actor,
  input: { organisationId: number; userId: string; initiativeId?: number | null; message?: string },
): InviteHelperResult {
  if (!can(actor, "volunteer.decide", { organisationId: input.organisationId })) return { ok: false, error: "forbidden" };
  const initiativeId = input.initiativeId ?? null;
  return db.transaction(
    (tx) => {
      const helper = tx
        .select({ userId: helperProfiles.userId })
        .from(helperProfiles)
        .where(and(eq(helperProfiles.userId, input.userId), eq(helperProfiles.discoverable, true)))
        .get();
      // A resident who did not opt in is indistinguishable from one who does not exist.
      if (!helper) return { ok: false, error: "not_found" } as const;
      const organisation = tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.organisationId)).get();
      if (!organisation) return { ok: false, error: "not_found" } as const;
      let initiative: { title: string; slug: string } | undefined;
      if (initiativeId !== null) {
        initiative = tx
          .select({ title: initiatives.title, slug: initiatives.slug })
          .from(initiatives)
          .where(and(eq(initiatives.id, initiativeId), eq(initiatives.organisationId, input.organisationId)))
          .get();
        if (!initiative) return { ok: false, error: "unknown_initiative" } as const;
      }
      const existing = tx
        .select({ id: helperInvites.id })
        .from(helperInvites)
        .where(
          and(
            eq(helperInvites.organisationId, input.organisationId),
            eq(helperInvites.userId, input.userId),
            initiativeId === null ? isNull(helperInvites.initiativeId) : eq(helperInvites.initiativeId, initiativeId),
          ),
        )
        .get();
      if (existing) return { ok: false, error: "already_invited" } as const;
      tx.insert(helperInvites)
        .values({ organisationId: input.organisationId, initiativeId, userId: input.userId, message: input.message ?? "" })
        .run();
      if (initiative) {
        notify(
          tx,
          [input.userId],
          "helping.notify.invitedFor",
          { organisation: organisation.name, initiative: initiative.title },
          `/initiatieven/${initiative.slug}/aanmelden`,
        );
      } else {
        notify(tx, [input.userId], "helping.notify.invited", { organisation: organisation.name }, "/mijn");
      }
      return { ok: true } as const;
    },
    { behavior: "immediate" },
  );
}

export type AnswerInviteResult = { ok: true; already: boolean } | { ok: false; error: "not_found" | "already_answered" };

/**
 * The invited resident says yes or no; only they can. Anyone else is told the invitation does not
 * exist, and the attempt is written down. The same answer twice changes nothing; an answer is
 * final, so a different second answer is refused. The organisation hears the answer.
 */
export function answerHelperInvite(actor: Actor, input: { inviteId: number; answer: InviteAnswer }): AnswerInviteResult {
  return db.transaction(
    (tx) => {
      const invite = Number.isSafeInteger(input.inviteId)
        ? tx
            .select({ id: helperInvites.id, userId: helperInvites.userId, organisationId: helperInvites.organisationId, answer: helperInvites.answer })
            .from(helperInvites)
            .where(eq(helperInvites.id, input.inviteId))
            .get()
        : undefined;
      if (!invite || invite.userId !== actor.id) {
        recordRefusal(tx, actor, { entityType: "helper_invite", entityId: String(input.inviteId).slice(0, 20), detail: input.answer });
        return { ok: false, error: "not_found" } as const;
      }
      if (invite.answer) return invite.answer === input.answer ? ({ ok: true, already: true } as const) : ({ ok: false, error: "already_answered" } as const);
      tx.update(helperInvites).set({ answer: input.answer, respondedAt: new Date() }).where(eq(helperInvites.id, invite.id)).run();
      recordAudit(tx, actor, { action: input.answer === "accepted" ? "invite_accept" : "invite_decline", entityType: "helper_invite", entityId: invite.id });
      notify(
        tx,
        memberIds(tx, invite.organisationId),
        input.answer === "accepted" ? "helping.notify.inviteAccepted" : "helping.notify.inviteDeclined",
        { name: actor.name },
        `/mijn-organisatie/${invite.organisationId}/vrijwilligers`,
      );
      return { ok: true, already: false } as const;
    },
    { behavior: "immediate" },
  );
}

export type OrganisationInvite = {
  id: number;
  helperName: string;
  initiativeTitle: string | null;
  createdAt: Date;
  answer: InviteAnswer | null;
  respondedAt: Date | null;
  /** Shared once the resident said yes, so the organiser can get in touch. */
  helperEmail: string | null;
};

/** The organisation's invitations and their answers, unanswered first, newest first. */
export function listOrganisationInvites(actor: Actor, organisationId: number): { ok: true; invites: OrganisationInvite[] } | { ok: false; error: "forbidden" } {
  if (!can(actor, "volunteer.decide", { organisationId })) return { ok: false, error: "forbidden" };
  const rows = db
    .select({
      id: helperInvites.id,
      helperName: users.name,
      email: users.email,
      initiativeTitle: initiatives.title,
      createdAt: helperInvites.createdAt,
      answer: helperInvites.answer,
      respondedAt: helperInvites.respondedAt,
    })
    .from(helperInvites)
    .innerJoin(users, eq(users.id, helperInvites.userId))
    .leftJoin(initiatives, eq(initiatives.id, helperInvites.initiativeId))
    .where(eq(helperInvites.organisationId, organisationId))
    .orderBy(sql`${helperInvites.answer} is not null`, desc(helperInvites.createdAt), desc(helperInvites.id))
    .all();
  return { ok: true, invites: rows.map(({ email, ...row }) => ({ ...row, helperEmail: row.answer === "accepted" ? email : null })) };
}
