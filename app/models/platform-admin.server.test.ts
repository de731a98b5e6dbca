import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, postcodes, sessions, teamMembers, teamNeighbourhoods, users } from "~db/schema";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { createNeighbourhood, createStaffedTeam, createUser, freshPc4, reloadActor } from "#tests/factories/core";
import { getHousehold } from "~/models/household";
import { getNeighbourhoodForAdmin, saveNeighbourhood } from "./neighbourhood-admin.server";
import { findPeople, getPerson, setBlocked, setPlatformRole } from "./people-admin.server";
import { setPolicyAdvisor } from "./policy-advisor.server";
import { getTeamForAdmin, saveTeam } from "./team-admin.server";
import { addTeamMember, listTeamMembers, removeTeamMember } from "./team-membership.server";
import { buildHousehold } from "#tests/factories/household";

const admin = () => createUser({ isAdmin: true, name: "Beheerder" });

function auditFor(entityType: string, entityId: string | number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .all();
}

describe("wijken", () => {
  it("an admin creates a wijk with its postcodes at its centroid, and renames it keeping its address", () => {
    const actor = admin();
    const [a, b] = [freshPc4(), freshPc4()];
    const created = saveNeighbourhood(actor, null, { name: "Nieuwe Wijk", lat: 52.1, lng: 5.12, postcodes: [a, b, a] });
    expect(created).toMatchObject({ ok: true, slug: "nieuwe-wijk" });
    if (!created.ok) return;
    expect(db.select().from(postcodes).where(eq(postcodes.pc4, a)).get()).toMatchObject({ neighbourhoodId: created.id, lat: 52.1, lng: 5.12 });

    const c = freshPc4();
    const edited = saveNeighbourhood(actor, created.id, { name: "Nieuwe Wijk Oost", lat: 52.2, lng: 5.2, postcodes: [b, c] });
    expect(edited).toMatchObject({ ok: true, slug: "nieuwe-wijk" });
    const shown = getNeighbourhoodForAdmin(actor, created.id);
    expect(shown).toMatchObject({ ok: true, neighbourhood: { name: "Nieuwe Wijk Oost", postcodes: [b, c].sort() } });
    expect(db.select().from(postcodes).where(eq(postcodes.pc4, a)).get()).toBeUndefined();
    expect(auditFor("neighbourhood", created.id).map((row) => row.action)).toEqual(["create", "update"]);
  });

  it("refuses a postcode that belongs to another wijk, naming it, and changes nothing", () => {
    const actor = admin();
    const other = createNeighbourhood({ name: "Andere Wijk" });
    const result = saveNeighbourhood(actor, null, { name: "Botsing", lat: 52.1, lng: 5.1, postcodes: [other.postcodes[0]!] });
    expect(result).toEqual({ ok: false, error: "postcode_taken", postcode: other.postcodes[0], neighbourhood: "Andere Wijk" });
    expect(db.select().from(postcodes).where(eq(postcodes.pc4, other.postcodes[0]!)).get()!.neighbourhoodId).toBe(other.id);
  });

  it("is for admins only", () => {
    const { coordinator } = createStaffedTeam();
    expect(saveNeighbourhood(coordinator, null, { name: "X", lat: 52, lng: 5, postcodes: [freshPc4()] })).toEqual({ ok: false, error: "forbidden" });
  });
});

describe("teams", () => {
  it("an admin creates a team serving wijken with a coordinator, then appoints another coordinator", () => {
    const actor = admin();
    const neighbourhood = createNeighbourhood();
    const first = createUser({ name: "Eerste" });
    const second = createUser({ name: "Tweede" });
    const created = saveTeam(actor, null, { name: "Wijkteam Test", neighbourhoodIds: [neighbourhood.id], leadEmail: first.email.toUpperCase() });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(reloadActor(first).teams).toEqual([{ id: created.id, role: "lead" }]);
    expect(db.select().from(teamNeighbourhoods).where(eq(teamNeighbourhoods.teamId, created.id)).all()).toHaveLength(1);

    expect(saveTeam(actor, created.id, { name: "Wijkteam Test", neighbourhoodIds: [neighbourhood.id], leadEmail: second.email })).toEqual({
      ok: true,
      id: created.id,
    });
    expect(reloadActor(second).teams).toEqual([{ id: created.id, role: "lead" }]);
    expect(reloadActor(first).teams).toEqual([{ id: created.id, role: "member" }]);
    const team = getTeamForAdmin(actor, created.id);
    expect(team).toMatchObject({ ok: true, team: { leads: [{ name: "Tweede" }], neighbourhoods: [neighbourhood.name], memberCount: 2 } });
    expect(auditFor("user", first.id).map((row) => row.action)).toEqual(["team_add", "team_add"]);
  });

  it("refuses an unknown lead, a duplicate name and an unknown wijk", () => {
    const actor = admin();
    const neighbourhood = createNeighbourhood();
    expect(saveTeam(actor, null, { name: "Team A", neighbourhoodIds: [neighbourhood.id], leadEmail: "niemand@example.org" })).toEqual({
      ok: false,
      error: "no_account",
    });
    expect(saveTeam(actor, null, { name: "Team A", neighbourhoodIds: [neighbourhood.id] }).ok).toBe(true);
    expect(saveTeam(actor, null, { name: "Team A", neighbourhoodIds: [neighbourhood.id] })).toEqual({ ok: false, error: "name_taken" });
    expect(saveTeam(actor, null, { name: "Team B", neighbourhoodIds: [999_999] })).toEqual({ ok: false, error: "unknown_neighbourhood" });
  });
});

describe("team members", () => {
  it("a coordinator adds a consultant, who then sees the team's households, and removes them: refused on the next request", () => {
    const { team, coordinator, pc4 } = createStaffedTeam();
    const household = buildHousehold({ teamId: team.id, pc4 });
    const newcomer = createUser({ name: "Nieuwe Consulent" });
    expect(getHousehold(newcomer, { householdId: household.id })).toEqual({ ok: false, error: "not_found" });

    expect(addTeamMember(coordinator, { teamId: team.id, email: newcomer.email, role: "member" })).toEqual({ ok: true, name: "Nieuwe Consulent" });
    expect(getHousehold(reloadActor(newcomer), { householdId: household.id }).ok).toBe(true);
    expect(addTeamMember(coordinator, { teamId: team.id, email: newcomer.email, role: "member" })).toEqual({ ok: false, error: "already_member" });

    expect(removeTeamMember(coordinator, { teamId: team.id, userId: newcomer.id })).toEqual({ ok: true, name: "Nieuwe Consulent" });
    expect(getHousehold(reloadActor(newcomer), { householdId: household.id })).toEqual({ ok: false, error: "not_found" });
    expect(auditFor("user", newcomer.id).map((row) => [row.action, row.actorId])).toEqual([
      ["team_add", coordinator.id],
      ["team_remove", coordinator.id],
    ]);
  });

  it("a coordinator cannot appoint or remove coordinators, nor touch another team", () => {
    const { team, coordinator } = createStaffedTeam();
    const other = createStaffedTeam();
    const someone = createUser();
    expect(addTeamMember(coordinator, { teamId: team.id, email: someone.email, role: "lead" })).toEqual({ ok: false, error: "forbidden" });
    expect(removeTeamMember(coordinator, { teamId: team.id, userId: coordinator.id })).toEqual({ ok: false, error: "forbidden" });
    expect(addTeamMember(coordinator, { teamId: other.team.id, email: someone.email, role: "member" })).toEqual({ ok: false, error: "forbidden" });
    expect(removeTeamMember(coordinator, { teamId: other.team.id, userId: other.consultant.id })).toEqual({ ok: false, error: "forbidden" });
    expect(listTeamMembers(coordinator, other.team.id)).toEqual({ ok: false, error: "forbidden" });
    // Nor demote a coordinator by "adding" them as a consultant.
    const colead = createUser();
    db.insert(teamMembers).values({ teamId: team.id, userId: colead.id, role: "lead" }).run();
    expect(addTeamMember(coordinator, { teamId: team.id, email: colead.email, role: "member" })).toEqual({ ok: false, error: "already_member" });
    expect(reloadActor(colead).teams).toEqual([{ id: team.id, role: "lead" }]);
  });

  it("a consultant cannot manage the team, and an unknown email is said so", () => {
    const { team, consultant, coordinator } = createStaffedTeam();
    expect(addTeamMember(consultant, { teamId: team.id, email: "x@example.org", role: "member" })).toEqual({ ok: false, error: "forbidden" });
    expect(addTeamMember(coordinator, { teamId: team.id, email: "niemand@example.org", role: "member" })).toEqual({ ok: false, error: "no_account" });
    expect(addTeamMember(coordinator, { teamId: 999_999, email: "x@example.org", role: "member" })).toEqual({ ok: false, error: "not_found" });
  });
});

describe("people", () => {
  it("finds people by part of a name or email, taking wildcards literally", () => {
    const actor = admin();
    createUser({ name: "Zoë van Zoekbaar", email: "zoe.zoekbaar@example.org" });
    expect(findPeople(actor, "zoekbaar")).toMatchObject({ ok: true, people: [{ name: "Zoë van Zoekbaar" }] });
    expect(findPeople(actor, "ZOE.ZOEK")).toMatchObject({ ok: true, people: [{ email: "zoe.zoekbaar@example.org" }] });
    expect(findPeople(actor, "%")).toEqual({ ok: true, people: [] });
    expect(findPeople(createUser(), "zoe")).toEqual({ ok: false, error: "forbidden" });
  });

  it("grants and takes the admin role, but an admin cannot take their own", () => {
    const actor = admin();
    const person = createUser();
    expect(setPlatformRole(actor, { userId: person.id, role: "admin", granted: true })).toEqual({ ok: true });
    expect(reloadActor(person).isAdmin).toBe(true);
    expect(setPlatformRole(actor, { userId: person.id, role: "admin", granted: false })).toEqual({ ok: true });
    expect(reloadActor(person).isAdmin).toBe(false);
    expect(setPlatformRole(actor, { userId: actor.id, role: "admin", granted: false })).toEqual({ ok: false, error: "self" });
    const detail = getPerson(actor, person.id);
    expect(detail.ok && detail.person.history.map((h) => [h.action, h.detail, h.by])).toEqual([
      ["role_revoke", "admin", "Beheerder"],
      ["role_grant", "admin", "Beheerder"],
    ]);
  });

  it("grants and takes the policy-advisor role, audited on the person, on /beheer/mensen and on /beheer alike", () => {
    const actor = admin();
    const person = createUser({ email: "lieke.beleid@example.org" });
    expect(setPlatformRole(actor, { userId: person.id, role: "policy_advisor", granted: true })).toEqual({ ok: true });
    expect(reloadActor(person).isPolicyAdvisor).toBe(true);
    expect(findPeople(actor, "lieke.beleid")).toMatchObject({ ok: true, people: [{ isPolicyAdvisor: true, isAdmin: false }] });
    expect(setPolicyAdvisor(actor, { email: "Lieke.Beleid@example.org", grant: false })).toMatchObject({ ok: true });
    expect(reloadActor(person).isPolicyAdvisor).toBe(false);
    const detail = getPerson(actor, person.id);
    expect(detail.ok && detail.person.history.map((h) => [h.action, h.detail, h.by])).toEqual([
      ["role_revoke", "policy_advisor", "Beheerder"],
      ["role_grant", "policy_advisor", "Beheerder"],
    ]);
    // An admin may be their own policy advisor: only the admin role cannot be dropped by oneself.
    expect(setPlatformRole(actor, { userId: actor.id, role: "policy_advisor", granted: true })).toEqual({ ok: true });
    const outsider = createUser();
    expect(setPlatformRole(outsider, { userId: outsider.id, role: "policy_advisor", granted: true })).toEqual({ ok: false, error: "forbidden" });
    expect(reloadActor(outsider).isPolicyAdvisor).toBe(false);
  });

  it("blocking ends the person's sessions and they are nobody on their next request", () => {
    const actor = admin();
    const person = createUser();
    db.insert(sessions)
      .values({ id: `s-${person.id}`, userId: person.id, expiresAt: Math.floor(Date.now() / 1000) + 3600 })
      .run();
    expect(setBlocked(actor, { userId: person.id, blocked: true })).toEqual({ ok: true });
    expect(loadActor(person.id)).toBeNull();
    expect(db.select().from(sessions).where(eq(sessions.userId, person.id)).all()).toEqual([]);
    expect(setBlocked(actor, { userId: actor.id, blocked: true })).toEqual({ ok: false, error: "self" });
    expect(setBlocked(actor, { userId: person.id, blocked: false })).toEqual({ ok: true });
    expect(loadActor(person.id)).not.toBeNull();
    expect(db.select().from(users).where(eq(users.id, person.id)).get()!.blockedAt).toBeNull();
  });
});
