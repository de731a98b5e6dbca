/** Admins maintain the wijkteams: name, contact address, the neighbourhoods each serves, and its coordinator. */
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { neighbourhoods, teamMembers, teamNeighbourhoods, teams, users } from "~db/schema";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { recordAudit } from "./audit.server";
import { SLUG_FALLBACKS, slugify } from "~/domain/slug";
import { allocateSlug } from "./slug.server";
import { putTeamMember } from "./team-membership.server";

type Refused = { ok: false; error: "forbidden" | "not_found" };

export type TeamInput = { name: string; email?: string; neighbourhoodIds: number[]; leadEmail?: string };

export type AdminTeam = {
  id: number;
  name: string;
  email: string | null;
  neighbourhoodIds: number[];
  neighbourhoods: string[];
  leads: { name: string; email: string }[];
  memberCount: number;
};

export function listTeamsForAdmin(actor: Actor): { ok: true; teams: AdminTeam[] } | Refused {
  if (!can(actor, "admin.manage")) return { ok: false, error: "forbidden" };
  const rows = db.select().from(teams).orderBy(asc(teams.name)).all();
  const served = db
    .select({ teamId: teamNeighbourhoods.teamId, id: neighbourhoods.id, name: neighbourhoods.name })
    .from(teamNeighbourhoods)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, teamNeighbourhoods.neighbourhoodId))
    .orderBy(asc(neighbourhoods.name))
    .all();
  const members = db
    .select({ teamId: teamMembers.teamId, role: teamMembers.role, name: users.name, email: users.email })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .all();
  return {
    ok: true,
    teams: rows.map((team) => {
      const own = served.filter((s) => s.teamId === team.id);
      const staff = members.filter((m) => m.teamId === team.id);
      return {
        id: team.id,
        name: team.name,
        email: team.email,
        neighbourhoodIds: own.map((s) => s.id),
        neighbourhoods: own.map((s) => s.name),
        leads: staff.filter((m) => m.role === "lead").map(({ name, email }) => ({ name, email })),
        memberCount: staff.length,
      };
    }),
  };
}

export function getTeamForAdmin(actor: Actor, id: number): { ok: true; team: AdminTeam } | Refused {
  const listed = listTeamsForAdmin(actor);
  if (!listed.ok) return listed;
  const team = listed.teams.find((t) => t.id === id);
  return team ? { ok: true, team } : { ok: false, error: "not_found" };
}

export type SaveTeamResult = { ok: true; id: number } | Refused | { ok: false; error: "name_taken" | "no_account" | "unknown_neighbourhood" };

/**
 * Creates a team (no id) or changes one. The person named as lead becomes its coordinator; the
 * coordinators it had before stay in the team as consultants.
 */
export function saveTeam(actor: Actor, id: number | null, input: TeamInput): SaveTeamResult {
  if (!can(actor, "admin.manage")) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    if (id !== null && !tx.select({ id: teams.id }).from(teams).where(eq(teams.id, id)).get()) return { ok: false, error: "not_found" } as const;
    const sameName = tx
      .select({ id: teams.id })
      .from(teams)
      .where(id === null ? eq(teams.name, input.name) : and(eq(teams.name, input.name), ne(teams.id, id)))
      .get();
    if (sameName) return { ok: false, error: "name_taken" } as const;
    const neighbourhoodIds = [...new Set(input.neighbourhoodIds)];
    const known = tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(inArray(neighbourhoods.id, neighbourhoodIds)).all();
    if (known.length !== neighbourhoodIds.length) return { ok: false, error: "unknown_neighbourhood" } as const;
    const lead = input.leadEmail ? tx.select({ id: users.id }).from(users).where(eq(users.email, input.leadEmail.trim().toLowerCase())).get() : undefined;
    if (input.leadEmail && !lead) return { ok: false, error: "no_account" } as const;

    let teamId = id;
    if (teamId === null) {
      const slug = allocateSlug(tx, teams, slugify(input.name) || SLUG_FALLBACKS.team);
      teamId = tx
        .insert(teams)
        .values({ name: input.name, email: input.email ?? null, slug })
        .returning({ id: teams.id })
        .get().id;
    } else {
      tx.update(teams)
        .set({ name: input.name, email: input.email ?? null })
        .where(eq(teams.id, teamId))
        .run();
    }
    tx.delete(teamNeighbourhoods).where(eq(teamNeighbourhoods.teamId, teamId)).run();
    if (neighbourhoodIds.length > 0)
      tx.insert(teamNeighbourhoods)
        .values(neighbourhoodIds.map((neighbourhoodId) => ({ teamId, neighbourhoodId })))
        .run();
    recordAudit(tx, actor, { action: id === null ? "create" : "update", entityType: "team", entityId: teamId, detail: input.name });

    if (lead) {
      const team = { id: teamId, name: input.name };
      const formerLeads = tx
        .select({ userId: teamMembers.userId })
        .from(teamMembers)
        .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.role, "lead"), ne(teamMembers.userId, lead.id)))
        .all();
      for (const former of formerLeads) putTeamMember(tx, actor, team, former.userId, "member");
      const already = tx
        .select({ role: teamMembers.role })
        .from(teamMembers)
        .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, lead.id)))
        .get();
      if (already?.role !== "lead") putTeamMember(tx, actor, team, lead.id, "lead");
    }
    return { ok: true, id: teamId } as const;
  });
}
