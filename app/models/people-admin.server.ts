/**
 * Admins find people, give and take platform roles, and block accounts. Team roles go through
 * team-membership.server.ts. Every change lands in the audit log on the person.
 */
import { and, asc, desc, eq, like, or } from "drizzle-orm";
import { auditLog, organisationMembers, organisations, sessions, teamMembers, teams, users } from "~db/schema";
import type { PlatformRole } from "~/domain/platform-roles";
import type { TeamRole } from "~/domain/vocabulary";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { recordAudit } from "./audit.server";

type Refused = { ok: false; error: "forbidden" | "not_found" };

/** The account flag that holds each platform role (see app/domain/platform-roles.ts). */
const PLATFORM_ROLE_FLAGS = { admin: "isAdmin", policy_advisor: "isPolicyAdvisor" } as const satisfies Record<PlatformRole, keyof typeof users.$inferInsert>;

export type PersonSummary = { id: string; name: string; email: string; isAdmin: boolean; isPolicyAdvisor: boolean; blocked: boolean };

const PEOPLE_LIMIT = 50;

/** People whose name or email contains the search text; the most recently joined when empty. */
export function findPeople(actor: Actor, query: string): { ok: true; people: PersonSummary[] } | Refused {
  if (!can(actor, "admin.manage")) return { ok: false, error: "forbidden" };
  const text = query.trim().toLowerCase();
  // LIKE wildcards typed by the admin are taken literally.
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db
    .select({ id: users.id, name: users.name, email: users.email, isAdmin: users.isAdmin, isPolicyAdvisor: users.isPolicyAdvisor, blockedAt: users.blockedAt })
    .from(users)
    .where(text ? or(like(users.email, pattern), like(users.name, pattern)) : undefined)
    .orderBy(text ? asc(users.name) : desc(users.createdAt))
    .limit(PEOPLE_LIMIT)
    .all();
  return { ok: true, people: rows.map(({ blockedAt, ...row }) => ({ ...row, blocked: blockedAt !== null })) };
}

export type PersonDetail = PersonSummary & {
  createdAt: Date;
  teams: { id: number; name: string; role: TeamRole }[];
  organisations: { id: number; name: string; role: string }[];
  history: { at: Date; action: string; detail: string; by: string | null }[];
};

export function getPerson(actor: Actor, userId: string): { ok: true; person: PersonDetail } | Refused {
  if (!can(actor, "admin.manage")) return { ok: false, error: "forbidden" };
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return { ok: false, error: "not_found" };
  const teamRows = db
    .select({ id: teams.id, name: teams.name, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(eq(teamMembers.userId, userId))
    .orderBy(asc(teams.name))
    .all();
  const orgRows = db
    .select({ id: organisations.id, name: organisations.name, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(organisations.name))
    .all();
  const by = alias(users, "by");
  const history = db
    .select({ at: auditLog.createdAt, action: auditLog.action, detail: auditLog.detail, by: by.name })
    .from(auditLog)
    .leftJoin(by, eq(by.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, userId)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(100)
    .all();
  return {
    ok: true,
    person: {
      id: user.id,
      name: user.name,
      email: user.email,
      isAdmin: user.isAdmin,
      isPolicyAdvisor: user.isPolicyAdvisor,
      blocked: user.blockedAt !== null,
      createdAt: user.createdAt,
      teams: teamRows,
      organisations: orgRows,
      history,
    },
  };
}

export type PersonChangeResult = { ok: true } | Refused | { ok: false; error: "self" };

/** Gives or takes a platform role. Admins cannot take their own admin role: someone must stay. */
export function setPlatformRole(actor: Actor, input: { userId: string; role: PlatformRole; granted: boolean }): PersonChangeResult {
  if (!can(actor, "admin.manage")) return { ok: false, error: "forbidden" };
  if (input.userId === actor.id && input.role === "admin") return { ok: false, error: "self" };
  return db.transaction((tx) => {
    if (!tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).get()) return { ok: false, error: "not_found" } as const;
    tx.update(users)
      .set({ [PLATFORM_ROLE_FLAGS[input.role]]: input.granted })
      .where(eq(users.id, input.userId))
      .run();
    recordAudit(tx, actor, { action: input.granted ? "role_grant" : "role_revoke", entityType: "user", entityId: input.userId, detail: input.role });
    return { ok: true } as const;
  });
}

/** Blocks or unblocks an account. A blocked account's sessions end at once and it cannot log in. */
export function setBlocked(actor: Actor, input: { userId: string; blocked: boolean }, now = new Date()): PersonChangeResult {
  if (!can(actor, "admin.manage")) return { ok: false, error: "forbidden" };
  if (input.userId === actor.id) return { ok: false, error: "self" };
  return db.transaction((tx) => {
    if (!tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).get()) return { ok: false, error: "not_found" } as const;
    tx.update(users)
      .set({ blockedAt: input.blocked ? now : null })
      .where(eq(users.id, input.userId))
      .run();
    if (input.blocked) tx.delete(sessions).where(eq(sessions.userId, input.userId)).run();
    recordAudit(tx, actor, { action: input.blocked ? "block" : "unblock", entityType: "user", entityId: input.userId });
    return { ok: true } as const;
  });
}
