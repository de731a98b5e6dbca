/**
 * The one place that decides who may do what (DESIGN.md, "Privacy and security rules").
 * Routes, models and the UI all ask `can(actor, action, resource)`.
 */
import type { OrganisationRole, TeamRole } from "~/domain/vocabulary";

export type Actor = {
  id: string;
  name: string;
  email: string;
  locale: "nl" | "en";
  isAdmin: boolean;
  /** Municipal policy advisor: aggregated, municipality-wide insights only. */
  isPolicyAdvisor: boolean;
  organisations: { id: number; role: OrganisationRole; verified: boolean }[];
  teams: { id: number; role: TeamRole }[];
};

export type Role = "visitor" | "resident" | "organiser" | "consultant" | "coordinator" | "policy_advisor" | "admin";

export function rolesOf(actor: Actor | null): Role[] {
  if (!actor) return ["visitor"];
  const roles: Role[] = ["resident"];
  if (actor.organisations.length > 0) roles.push("organiser");
  if (actor.teams.length > 0) roles.push("consultant");
  if (actor.teams.some((t) => t.role === "lead")) roles.push("coordinator");
  if (actor.isPolicyAdvisor) roles.push("policy_advisor");
  if (actor.isAdmin) roles.push("admin");
  return roles;
}

export function hasRole(actor: Actor | null, role: Role) {
  return rolesOf(actor).includes(role);
}

type OrgResource = { organisationId: number };
type TeamResource = { teamId: number };

/** Every action with the resource it needs to be judged. */
export type Permissions = {
  "account.manage": undefined;
  "organisation.register": undefined;
  "organisation.view_dashboard": OrgResource;
  "organisation.manage_members": OrgResource;
  "organisation.edit": OrgResource;
  "organisation.verify": undefined;
  "initiative.create": OrgResource;
  "initiative.edit": OrgResource;
  "initiative.publish_directly": OrgResource;
  "initiative.moderate": undefined;
  "participation.manage": OrgResource;
  "moderation.view_queue": undefined;
  "household.list": TeamResource;
  "household.create": TeamResource;
  "household.view": TeamResource;
  "household.edit": TeamResource;
  "household.reassign": TeamResource;
  "household.view_audit": TeamResource;
  "household.erase": TeamResource;
  "referral.send": TeamResource;
  "referral.view_as_team": TeamResource;
  "referral.answer": OrgResource;
  "signals.view": TeamResource;
  "collective_need.draft": TeamResource;
  "collective_need.publish": TeamResource;
  "collective_need.merge": TeamResource;
  "collective_need.close": TeamResource;
  "collective_need.edit": TeamResource;
  "collective_need.post_update": TeamResource;
  "collective_need.support": undefined;
  "collective_need.pledge": undefined;
  "collective_need.pledge_as_organisation": OrgResource;
  "collective_need.start_activity": OrgResource;
  "volunteer.apply": undefined;
  "volunteer.decide": OrgResource;
  "helper.search": undefined;
  "admin.manage": undefined;
  "admin.grant_policy_advisor": undefined;
  /** Aggregated numbers for the team's own neighbourhoods and households. */
  "insights.view_team": TeamResource;
  /** Aggregated numbers for the whole municipality: policy advisors and admins. */
  "insights.view_municipality": undefined;
  /** Aggregated numbers for the organisation's own initiatives. */
  "insights.view_organisation": OrgResource;
  /** Add or remove consultants (role "member") of a team; coordinators (leads) only by an admin. */
  "team.manage_consultants": TeamResource;
};
export type Action = keyof Permissions;

function memberOf(actor: Actor, organisationId: number) {
  return actor.organisations.find((o) => o.id === organisationId);
}

function inTeam(actor: Actor, teamId: number) {
  return actor.teams.find((t) => t.id === teamId);
}

function leads(actor: Actor, teamId: number) {
  return inTeam(actor, teamId)?.role === "lead";
}

const rules: { [A in Action]: (actor: Actor, resource: Permissions[A]) => boolean } = {
  "account.manage": () => true,
  "organisation.register": () => true,
  "organisation.view_dashboard": (a, r) => Boolean(memberOf(a, r.organisationId)) || a.isAdmin,
  "organisation.manage_members": (a, r) => memberOf(a, r.organisationId)?.role === "owner",
  "organisation.edit": (a, r) => memberOf(a, r.organisationId)?.role === "owner",
  "organisation.verify": (a) => a.isAdmin,
  "initiative.create": (a, r) => Boolean(memberOf(a, r.organisationId)),
  "initiative.edit": (a, r) => Boolean(memberOf(a, r.organisationId)),
  "initiative.publish_directly": (a, r) => memberOf(a, r.organisationId)?.verified === true,
  "initiative.moderate": (a) => a.isAdmin,
  "participation.manage": (a, r) => Boolean(memberOf(a, r.organisationId)),
  "moderation.view_queue": (a) => a.isAdmin,
  "household.list": (a, r) => Boolean(inTeam(a, r.teamId)),
  "household.create": (a, r) => Boolean(inTeam(a, r.teamId)),
  "household.view": (a, r) => Boolean(inTeam(a, r.teamId)),
  "household.edit": (a, r) => Boolean(inTeam(a, r.teamId)),
  "household.reassign": (a, r) => leads(a, r.teamId),
  "household.view_audit": (a, r) => leads(a, r.teamId),
  // Erasing at once cannot be undone: only the lead of the household's own team.
  "household.erase": (a, r) => leads(a, r.teamId),
  "referral.send": (a, r) => Boolean(inTeam(a, r.teamId)),
  "referral.view_as_team": (a, r) => Boolean(inTeam(a, r.teamId)),
  "referral.answer": (a, r) => Boolean(memberOf(a, r.organisationId)),
  "signals.view": (a, r) => Boolean(inTeam(a, r.teamId)),
  "collective_need.draft": (a, r) => Boolean(inTeam(a, r.teamId)),
  "collective_need.publish": (a, r) => leads(a, r.teamId),
  "collective_need.merge": (a, r) => leads(a, r.teamId),
  "collective_need.close": (a, r) => leads(a, r.teamId),
  "collective_need.edit": (a, r) => leads(a, r.teamId),
  "collective_need.post_update": (a, r) => Boolean(inTeam(a, r.teamId)),
  "collective_need.support": () => true,
  "collective_need.pledge": () => true,
  "collective_need.pledge_as_organisation": (a, r) => Boolean(memberOf(a, r.organisationId)),
  "collective_need.start_activity": (a, r) => Boolean(memberOf(a, r.organisationId)),
  "volunteer.apply": () => true,
  "volunteer.decide": (a, r) => Boolean(memberOf(a, r.organisationId)),
  "helper.search": (a) => a.organisations.length > 0,
  "admin.manage": (a) => a.isAdmin,
  "admin.grant_policy_advisor": (a) => a.isAdmin,
  "insights.view_team": (a, r) => Boolean(inTeam(a, r.teamId)),
  "insights.view_municipality": (a) => a.isPolicyAdvisor || a.isAdmin,
  "insights.view_organisation": (a, r) => Boolean(memberOf(a, r.organisationId)) || a.isAdmin,
  "team.manage_consultants": (a, r) => a.isAdmin || leads(a, r.teamId),
};

/** Visitors (null) may do none of these: everything public needs no permission. */
export function can<A extends Action>(actor: Actor | null, action: A, ...resource: Permissions[A] extends undefined ? [] : [Permissions[A]]): boolean {
  if (!actor) return false;
  const rule = rules[action] as (actor: Actor, resource: Permissions[A] | undefined) => boolean;
  return rule(actor, resource[0]);
}
