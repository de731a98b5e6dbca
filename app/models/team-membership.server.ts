/**
 * Who works in a wijkteam. An admin adds and removes consultants and coordinators of any team; a
 * coordinator adds and removes consultants of their own team. Roles are read on every request
 * (`loadActor`), so a removed consultant loses the team's households on their next click.
 */
import { and, asc, eq } from "drizzle-orm";
import { teamMembers, teams, users } from "~db/schema";
import type { TeamRole } from "~/domain/vocabulary";
import { db, type Tx, type Conn } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { recordAudit } from "./audit.server";

type Refused = { ok: false; error: "forbidden" | "not_found" };

export type TeamMember = { userId: string; name: string; email: string; role: TeamRole };

function teamNamed(tx: Conn, teamId: number) {
  return tx.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.id, teamId)).get();
}

/** May the actor give or take this role in this team? Coordinators (leads) are the admin's to appoint. */
function mayManage(actor: Actor, teamId: number, role: TeamRole) {
  return can(actor, "team.manage_consultants", { teamId }) && (role === "member" || can(actor, "admin.manage"));
}

export function listTeamMembers(actor: Actor, teamId: number): { ok: true; team: { id: number; name: string }; members: TeamMember[] } | Refused {
  const team = teamNamed(db, teamId);
  if (!team) return { ok: false, error: "not_found" };
  if (!can(actor, "team.manage_consultants", { teamId })) return { ok: false, error: "forbidden" };
  const members = db
    .select({ userId: users.id, name: users.name, email: users.email, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(eq(teamMembers.teamId, teamId))
    .orderBy(asc(teamMembers.role), asc(users.name))
    .all();
  return { ok: true, team, members };
}

/** Writes a membership inside the caller's transaction, with its audit row on the person. */
export function putTeamMember(tx: Tx, actor: Actor, team: { id: number; name: string }, userId: string, role: TeamRole) {
  tx.insert(teamMembers)
    .values({ teamId: team.id, userId, role })
    .onConflictDoUpdate({ target: [teamMembers.teamId, teamMembers.userId], set: { role } })
    .run();
  recordAudit(tx, actor, { action: "team_add", entityType: "user", entityId: userId, detail: `${team.name} · ${role}` });
}

export type AddTeamMemberResult = { ok: true; name: string } | Refused | { ok: false; error: "no_account" | "already_member" };

/** Adds the person with this email to the team in this role (or changes their role in it). */
export function addTeamMember(actor: Actor, input: { teamId: number; email: string; role: TeamRole }): AddTeamMemberResult {
  return db.transaction((tx) => {
    const team = teamNamed(tx, input.teamId);
    if (!team) return { ok: false, error: "not_found" } as const;
    if (!mayManage(actor, input.teamId, input.role)) return { ok: false, error: "forbidden" } as const;
    const person = tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, input.email.trim().toLowerCase())).get();
    if (!person) return { ok: false, error: "no_account" } as const;
    const current = tx
      .select({ role: teamMembers.role })
      .from(teamMembers)
      .where(and(eq(teamMembers.teamId, input.teamId), eq(teamMembers.userId, person.id)))
      .get();
    // A coordinator cannot turn a lead into a consultant by "adding" them again.
    if (current && (current.role === input.role || !mayManage(actor, input.teamId, current.role))) {
      return { ok: false, error: "already_member" } as const;
    }
    putTeamMember(tx, actor, team, person.id, input.role);
    return { ok: true, name: person.name } as const;
  });
}

export type RemoveTeamMemberResult = { ok: true; name: string } | Refused | { ok: false; error: "not_member" };

export function removeTeamMember(actor: Actor, input: { teamId: number; userId: string }): RemoveTeamMemberResult {
  return db.transaction((tx) => {
    const team = teamNamed(tx, input.teamId);
    if (!team) return { ok: false, error: "not_found" } as const;
    if (!can(actor, "team.manage_consultants", { teamId: input.teamId })) return { ok: false, error: "forbidden" } as const;
    const member = tx
      .select({ role: teamMembers.role, name: users.name })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .where(and(eq(teamMembers.teamId, input.teamId), eq(teamMembers.userId, input.userId)))
      .get();
    if (!member) return { ok: false, error: "not_member" } as const;
    if (!mayManage(actor, input.teamId, member.role)) return { ok: false, error: "forbidden" } as const;
    tx.delete(teamMembers)
      .where(and(eq(teamMembers.teamId, input.teamId), eq(teamMembers.userId, input.userId)))
      .run();
    recordAudit(tx, actor, { action: "team_remove", entityType: "user", entityId: input.userId, detail: `${team.name} · ${member.role}` });
    return { ok: true, name: member.name } as const;
  });
}

/** The teams the actor may manage consultants of: all for an admin, else the ones they lead. */
export function teamsManagedBy(actor: Actor): { id: number; name: string }[] {
  return db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .orderBy(asc(teams.name))
    .all()
    .filter((team) => can(actor, "team.manage_consultants", { teamId: team.id }));
}
