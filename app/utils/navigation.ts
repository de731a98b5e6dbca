import type { Role } from "./permissions";

export type NavItem = { key: string; to: string };

/** The main menu each role sees; a user with several roles sees the union, in this order. */
const ITEMS: { key: string; to: string; roles: Role[]; unless?: Role[] }[] = [
  { key: "nav.initiatives", to: "/initiatieven", roles: ["visitor", "resident"] },
  { key: "nav.neighbourhoods", to: "/wijken", roles: ["visitor", "resident"] },
  { key: "nav.collectiveNeeds", to: "/vragen", roles: ["visitor", "resident"] },
  { key: "nav.myPage", to: "/mijn", roles: ["resident"] },
  { key: "nav.organisation", to: "/mijn-organisatie", roles: ["organiser"] },
  // Someone without an organisation (and not working for the municipality) can bring one in.
  { key: "nav.registerOrganisation", to: "/mijn-organisatie/nieuw", roles: ["resident"], unless: ["organiser", "consultant", "policy_advisor", "admin"] },
  { key: "nav.referralInbox", to: "/mijn-organisatie/verwijzingen", roles: ["organiser"] },
  { key: "nav.caseload", to: "/werkplek", roles: ["consultant"] },
  { key: "nav.signals", to: "/werkplek/signalen", roles: ["consultant", "coordinator"] },
  { key: "nav.teamInsights", to: "/werkplek/inzichten", roles: ["consultant", "coordinator"] },
  { key: "nav.municipalityInsights", to: "/inzichten", roles: ["policy_advisor", "admin"] },
  { key: "nav.myTeam", to: "/werkplek/team", roles: ["coordinator"] },
  { key: "nav.moderation", to: "/beheer/controle", roles: ["admin"] },
  { key: "nav.admin", to: "/beheer", roles: ["admin"] },
];

/** Where someone lands after logging in without a page to return to: their own work first. */
export function homePathFor(roles: Role[], organisationIds: number[] = []): string {
  if (roles.includes("consultant")) return "/werkplek";
  if (roles.includes("organiser")) return organisationIds.length === 1 ? `/mijn-organisatie/${organisationIds[0]}` : "/mijn-organisatie";
  if (roles.includes("policy_advisor")) return "/inzichten";
  if (roles.includes("admin")) return "/beheer";
  return "/";
}

export function navigationFor(roles: Role[]): NavItem[] {
  return ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)) && !item.unless?.some((role) => roles.includes(role))).map(({ key, to }) => ({
    key,
    to,
  }));
}
