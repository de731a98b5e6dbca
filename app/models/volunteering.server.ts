import { and, desc, eq, inArray } from "drizzle-orm";
import { initiatives, organisations, users, volunteerApplications } from "~db/schema";
import type { ApplicationStatus } from "~/domain/vocabulary";
import { organisationMemberIds } from "~/models/organisation-members.server";
import { db, type Tx } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { notify } from "./notification.server";
import { findOrganisationId } from "./organisation.server";

/** Statuses that still hold a place in the organiser's list: a resident has one of these per initiative at most. */
const OPEN_STATUSES: ApplicationStatus[] = ["pending", "accepted"];

export type VolunteerOpening = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  organisationName: string;
};

/** A published "volunteers wanted" listing, or null for anything else (draft, other kind, unknown). */
export function getVolunteerOpening(slug: string): VolunteerOpening | null {
  return (
    db
      .select({
        id: initiatives.id,
        slug: initiatives.slug,
        title: initiatives.title,
        summary: initiatives.summary,
        organisationName: organisations.name,
      })
      .from(initiatives)
      .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
      .where(and(eq(initiatives.slug, slug), eq(initiatives.kind, "volunteers"), eq(initiatives.status, "published")))
      .get() ?? null
  );
}

/** The actor's pending or accepted application to an initiative, if any. */
export function findOpenApplication(actor: Actor, initiativeId: number) {
  return (
    db
      .select({ id: volunteerApplications.id, status: volunteerApplications.status })
      .from(volunteerApplications)
      .where(
        and(
          eq(volunteerApplications.initiativeId, initiativeId),
          eq(volunteerApplications.userId, actor.id),
          inArray(volunteerApplications.status, OPEN_STATUSES),
        ),
      )
      .get() ?? null
  );
}

function volunteersLink(organisationSlug: string) {
  return `/mijn-organisatie/${organisationSlug}/vrijwilligers`;
}

export type ApplyResult = { ok: true; applicationId: number } | { ok: false; error: "forbidden" | "not_found" | "already_applied" };

export function applyAsVolunteer(actor: Actor, input: { initiativeId: number; message: string }): ApplyResult {
  if (!can(actor, "volunteer.apply")) return { ok: false, error: "forbidden" };
  // Immediate: two quick submits from one resident must not both pass the "already applied" check.
  return db.transaction(
    (tx) => {
      const initiative = tx
        .select({
          id: initiatives.id,
          title: initiatives.title,
          kind: initiatives.kind,
          status: initiatives.status,
          organisationId: initiatives.organisationId,
          organisationSlug: organisations.slug,
        })
        .from(initiatives)
        .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
        .where(eq(initiatives.id, input.initiativeId))
        .get();
      if (!initiative || initiative.kind !== "volunteers" || initiative.status !== "published") {
        return { ok: false, error: "not_found" } as const;
      }
      const open = tx
        .select({ id: volunteerApplications.id })
        .from(volunteerApplications)
        .where(
          and(
            eq(volunteerApplications.initiativeId, initiative.id),
            eq(volunteerApplications.userId, actor.id),
            inArray(volunteerApplications.status, OPEN_STATUSES),
          ),
        )
        .get();
      if (open) return { ok: false, error: "already_applied" } as const;
      const { id } = tx
        .insert(volunteerApplications)
        .values({ initiativeId: initiative.id, userId: actor.id, message: input.message.trim() })
        .returning({ id: volunteerApplications.id })
        .get();
      notify(
        tx,
        organisationMemberIds(tx, initiative.organisationId).filter((userId) => userId !== actor.id),
        "helping.notify.applicationReceived",
        { name: actor.name, initiative: initiative.title },
        volunteersLink(initiative.organisationSlug),
        actor.id,
      );
      return { ok: true, applicationId: id } as const;
    },
    { behavior: "immediate" },
  );
}

/** One application with what the rules and the messages need. */
function loadApplication(tx: Tx, applicationId: number) {
  return tx
    .select({
      id: volunteerApplications.id,
      userId: volunteerApplications.userId,
      status: volunteerApplications.status,
      initiativeTitle: initiatives.title,
      organisationId: initiatives.organisationId,
      organisationSlug: organisations.slug,
    })
    .from(volunteerApplications)
    .innerJoin(initiatives, eq(initiatives.id, volunteerApplications.initiativeId))
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .where(eq(volunteerApplications.id, applicationId))
    .get();
}

export type ApplicationChangeResult = { ok: true } | { ok: false; error: "not_found" | "forbidden" | "not_pending" | "reason_required" };

/** The resident takes back an application that was not decided yet. */
export function withdrawApplication(actor: Actor, input: { applicationId: number }): ApplicationChangeResult {
  return db.transaction(
    (tx) => {
      const application = loadApplication(tx, input.applicationId);
      // Someone else's application does not exist as far as this resident can tell.
      if (!application || application.userId !== actor.id) return { ok: false, error: "not_found" } as const;
      if (application.status !== "pending") return { ok: false, error: "not_pending" } as const;
      tx.update(volunteerApplications).set({ status: "withdrawn" }).where(eq(volunteerApplications.id, application.id)).run();
      notify(
        tx,
        organisationMemberIds(tx, application.organisationId).filter((userId) => userId !== actor.id),
        "helping.notify.applicationWithdrawn",
        { name: actor.name, initiative: application.initiativeTitle },
        volunteersLink(application.organisationSlug),
        actor.id,
      );
      return { ok: true } as const;
    },
    { behavior: "immediate" },
  );
}

/** pending → accepted | declined, by a member of the initiative's organisation; the resident is told. */
function decide(actor: Actor, input: { applicationId: number; decision: "accepted" | "declined"; reason?: string }): ApplicationChangeResult {
  const reason = input.reason?.trim() ?? "";
  if (input.decision === "declined" && reason === "") return { ok: false, error: "reason_required" };
  return db.transaction(
    (tx) => {
      const application = loadApplication(tx, input.applicationId);
      if (!application) return { ok: false, error: "not_found" } as const;
      if (!can(actor, "volunteer.decide", { organisationId: application.organisationId })) return { ok: false, error: "forbidden" } as const;
      if (application.status !== "pending") return { ok: false, error: "not_pending" } as const;
      tx.update(volunteerApplications)
        .set({
          status: input.decision,
          declineReason: input.decision === "declined" ? reason : null,
          decidedBy: actor.id,
          decidedAt: new Date(),
        })
        .where(eq(volunteerApplications.id, application.id))
        .run();
      notify(
        tx,
        [application.userId],
        input.decision === "accepted" ? "helping.notify.applicationAccepted" : "helping.notify.applicationDeclined",
        { initiative: application.initiativeTitle },
        "/mijn",
      );
      return { ok: true } as const;
    },
    { behavior: "immediate" },
  );
}

export function acceptApplication(actor: Actor, input: { applicationId: number }) {
  return decide(actor, { applicationId: input.applicationId, decision: "accepted" });
}

export function declineApplication(actor: Actor, input: { applicationId: number; reason: string }) {
  return decide(actor, { applicationId: input.applicationId, decision: "declined", reason: input.reason });
}

/** What both sides see of an application and its initiative. */
type ApplicationView = {
  id: number;
  status: ApplicationStatus;
  message: string;
  declineReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  initiativeTitle: string;
  initiativeSlug: string;
};

export type OrganisationApplication = ApplicationView & {
  applicantName: string;
  /** Shared once accepted, so the organiser can get in touch. */
  applicantEmail: string | null;
};

/** The columns of an `ApplicationView`. */
const applicationColumns = {
  id: volunteerApplications.id,
  status: volunteerApplications.status,
  message: volunteerApplications.message,
  declineReason: volunteerApplications.declineReason,
  createdAt: volunteerApplications.createdAt,
  decidedAt: volunteerApplications.decidedAt,
  initiativeTitle: initiatives.title,
  initiativeSlug: initiatives.slug,
};

/** Applications to the organisation's initiatives, open ones first, newest first. */
export function listApplicationsForOrganisation(
  actor: Actor,
  organisationId: number,
): { ok: true; applications: OrganisationApplication[] } | { ok: false; error: "forbidden" } {
  if (!can(actor, "volunteer.decide", { organisationId })) return { ok: false, error: "forbidden" };
  const rows = db
    .select({
      ...applicationColumns,
      applicantName: users.name,
      email: users.email,
    })
    .from(volunteerApplications)
    .innerJoin(initiatives, eq(initiatives.id, volunteerApplications.initiativeId))
    .innerJoin(users, eq(users.id, volunteerApplications.userId))
    .where(eq(initiatives.organisationId, organisationId))
    .orderBy(desc(volunteerApplications.createdAt), desc(volunteerApplications.id))
    .all();
  const order = (status: ApplicationStatus) => (status === "pending" ? 0 : 1);
  const applications = rows
    .map(({ email, ...row }) => ({ ...row, applicantEmail: row.status === "accepted" ? email : null }))
    .sort((a, b) => order(a.status) - order(b.status));
  return { ok: true, applications };
}

export type MyApplication = ApplicationView & { organisationName: string };

/** The resident's own applications; nobody else's. */
export function listMyApplications(actor: Actor): MyApplication[] {
  return db
    .select({
      ...applicationColumns,
      organisationName: organisations.name,
    })
    .from(volunteerApplications)
    .innerJoin(initiatives, eq(initiatives.id, volunteerApplications.initiativeId))
    .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
    .where(eq(volunteerApplications.userId, actor.id))
    .orderBy(desc(volunteerApplications.createdAt), desc(volunteerApplications.id))
    .all();
}

/** The organisation behind a /mijn-organisatie/:org address (id or slug), with the listings volunteers can be invited to. */
export function getOrganisationForVolunteers(param: string) {
  const id = findOrganisationId(param);
  const organisation =
    id === null
      ? undefined
      : db.select({ id: organisations.id, slug: organisations.slug, name: organisations.name }).from(organisations).where(eq(organisations.id, id)).get();
  if (!organisation) return null;
  const openings = db
    .select({ id: initiatives.id, title: initiatives.title })
    .from(initiatives)
    .where(and(eq(initiatives.organisationId, organisation.id), eq(initiatives.kind, "volunteers"), eq(initiatives.status, "published")))
    .orderBy(initiatives.title)
    .all();
  return { ...organisation, openings };
}
