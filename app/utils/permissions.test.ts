import { describe, expect, it } from "vitest";
import { can, rolesOf, type Action, type Actor, type Permissions } from "./permissions";

const base = { name: "Test", email: "t@example.org", locale: "nl" as const, isAdmin: false, isPolicyAdvisor: false, organisations: [], teams: [] };
const OWN_ORG = 1;
const OWN_TEAM = 1;

const people = {
  visitor: null,
  resident: { ...base, id: "resident" },
  editor: { ...base, id: "editor", organisations: [{ id: OWN_ORG, role: "editor", verified: false }] },
  owner: { ...base, id: "owner", organisations: [{ id: OWN_ORG, role: "owner", verified: true }] },
  consultant: { ...base, id: "consultant", teams: [{ id: OWN_TEAM, role: "member" }] },
  coordinator: { ...base, id: "coordinator", teams: [{ id: OWN_TEAM, role: "lead" }] },
  policyAdvisor: { ...base, id: "policy-advisor", isPolicyAdvisor: true },
  admin: { ...base, id: "admin", isAdmin: true },
} satisfies Record<string, Actor | null>;
type Person = keyof typeof people;

const everyone: Person[] = ["resident", "editor", "owner", "consultant", "coordinator", "policyAdvisor", "admin"];
const orgMembers: Person[] = ["editor", "owner"];
const team: Person[] = ["consultant", "coordinator"];

/** Who may do each action on their own organisation's or team's resource. */
const allowed: { [A in Action]: Person[] } = {
  "account.manage": everyone,
  "organisation.register": everyone,
  "organisation.view_dashboard": [...orgMembers, "admin"],
  "organisation.manage_members": ["owner"],
  "organisation.edit": ["owner"],
  "organisation.verify": ["admin"],
  "initiative.create": orgMembers,
  "initiative.edit": orgMembers,
  "initiative.publish_directly": ["owner"], // the owner's organisation is verified, the editor's is not
  "initiative.moderate": ["admin"],
  "participation.manage": orgMembers,
  "moderation.view_queue": ["admin"],
  "household.list": team,
  "household.create": team,
  "household.view": team,
  "household.edit": team,
  "household.reassign": ["coordinator"],
  "household.erase": ["coordinator"],
  "household.view_audit": ["coordinator"],
  "referral.send": team,
  "referral.view_as_team": team,
  "referral.answer": orgMembers,
  "signals.view": team,
  "collective_need.draft": team,
  "collective_need.publish": ["coordinator"],
  "collective_need.merge": ["coordinator"],
  "collective_need.close": ["coordinator"],
  "collective_need.edit": ["coordinator"],
  "collective_need.post_update": team,
  "collective_need.support": everyone,
  "collective_need.pledge": everyone,
  "collective_need.pledge_as_organisation": orgMembers,
  "collective_need.start_activity": orgMembers,
  "volunteer.apply": everyone,
  "volunteer.decide": orgMembers,
  "helper.search": orgMembers,
  "admin.manage": ["admin"],
  "admin.grant_policy_advisor": ["admin"],
  "insights.view_team": team,
  "insights.view_municipality": ["policyAdvisor", "admin"],
  "insights.view_organisation": [...orgMembers, "admin"],
  "team.manage_consultants": ["coordinator", "admin"],
};

type ResourceKind = "org" | "team" | "none";
const resourceKind: { [A in Action]: ResourceKind } = Object.fromEntries(
  (Object.keys(allowed) as Action[]).map((action) => {
    const organisationScoped =
      /^(organisation\.(view_dashboard|manage_members|edit)|initiative\.(create|edit|publish_directly)|referral\.answer|collective_need\.(pledge_as_organisation|start_activity)|volunteer\.decide|insights\.view_organisation|participation\.manage)$/;
    const teamScoped =
      /^(team\.|household\.|referral\.(send|view_as_team)|signals\.|collective_need\.(draft|publish|merge|close|edit|post_update)|insights\.view_team)/;
    return [action, organisationScoped.test(action) ? "org" : teamScoped.test(action) ? "team" : "none"];
  }),
) as { [A in Action]: ResourceKind };

function check(person: Person, action: Action, own: boolean) {
  const kind = resourceKind[action];
  const id = own ? 1 : 2;
  const resource = kind === "org" ? { organisationId: id } : kind === "team" ? { teamId: id } : undefined;
  const args = (resource ? [resource] : []) as Permissions[Action] extends undefined ? [] : [Permissions[Action]];
  return can(people[person], action, ...args);
}

describe("can(user, action, resource)", () => {
  const persons = Object.keys(people) as Person[];
  for (const action of Object.keys(allowed) as Action[]) {
    it(`${action}: only ${allowed[action].join(", ")}`, () => {
      for (const person of persons) {
        expect(check(person, action, true), `${person} on own resource`).toBe(allowed[action].includes(person));
      }
    });
    if (resourceKind[action] !== "none") {
      it(`${action}: nobody acts on another organisation's or team's resource`, () => {
        for (const person of persons) {
          // Admins oversee all organisations and run every team.
          if (
            (action === "organisation.view_dashboard" || action === "insights.view_organisation" || action === "team.manage_consultants") &&
            person === "admin"
          )
            continue;
          expect(check(person, action, false), `${person} on another resource`).toBe(false);
        }
      });
    }
  }

  it("a visitor may do nothing that needs permission", () => {
    for (const action of Object.keys(allowed) as Action[]) expect(check("visitor", action, true)).toBe(false);
  });
});

describe("rolesOf", () => {
  it("derives roles from memberships, the admin flag and the policy-advisor flag", () => {
    expect(rolesOf(null)).toEqual(["visitor"]);
    expect(rolesOf(people.resident)).toEqual(["resident"]);
    expect(rolesOf(people.editor)).toEqual(["resident", "organiser"]);
    expect(rolesOf(people.consultant)).toEqual(["resident", "consultant"]);
    expect(rolesOf(people.coordinator)).toEqual(["resident", "consultant", "coordinator"]);
    expect(rolesOf(people.admin)).toEqual(["resident", "admin"]);
    expect(rolesOf(people.policyAdvisor)).toEqual(["resident", "policy_advisor"]);
  });
});
