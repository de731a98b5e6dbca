/** The demo accounts (one per role) and the other people who make the demo feel alive. */
import type { TeamKey } from "./neighbourhoods";

/** Every demo account shares this password. */
export const DEMO_PASSWORD = "Wijkmarkt-demo-2026";

export type DemoAccount = { email: string; name: string; role: string; roleNl: string };

/** The accounts listed in the README and on the login page, one per role. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "bewoner@wijkmarkt.demo", name: "Sanne de Vries", role: "resident", roleNl: "bewoner" },
  {
    email: "organisator@wijkmarkt.demo",
    name: "Karim El Amrani",
    role: "organiser (owner of Stichting Buurtkracht Overvecht)",
    roleNl: "organisator (eigenaar van Stichting Buurtkracht Overvecht)",
  },
  {
    email: "consulent@wijkmarkt.demo",
    name: "Eva Jansen",
    role: "consultant (Wijkteam Overvecht)",
    roleNl: "consulent (Wijkteam Overvecht)",
  },
  {
    email: "coordinator@wijkmarkt.demo",
    name: "Ruud Bakker",
    role: "coordinator (lead of Wijkteam Overvecht)",
    roleNl: "coördinator (Wijkteam Overvecht)",
  },
  { email: "beheerder@wijkmarkt.demo", name: "Fatima Yilmaz", role: "admin", roleNl: "beheerder" },
  {
    email: "gemeente@wijkmarkt.demo",
    name: "Lieke Hermans",
    role: "policy advisor of the municipality",
    roleNl: "beleidsadviseur van de gemeente",
  },
] as const;

export const DEMO_EMAIL = {
  resident: "bewoner@wijkmarkt.demo",
  organiser: "organisator@wijkmarkt.demo",
  consultant: "consulent@wijkmarkt.demo",
  coordinator: "coordinator@wijkmarkt.demo",
  admin: "beheerder@wijkmarkt.demo",
  policyAdvisor: "gemeente@wijkmarkt.demo",
} as const;

export type ExtraUser = {
  email: string;
  name: string;
  locale?: "nl" | "en";
  /** Owner or editor of an organisation (by slug). */
  organisation?: { slug: string; role: "owner" | "editor" };
  team?: { key: TeamKey; role: "member" | "lead" };
};

/** People who are not in the login list: organisers of the other organisations, other consultants, residents. */
export const EXTRA_USERS: ExtraUser[] = [
  // Team members
  { email: "joris.visser@wijkmarkt.demo", name: "Joris Visser", team: { key: "overvecht", role: "member" } },
  { email: "mirjam.degraaf@wijkmarkt.demo", name: "Mirjam de Graaf", team: { key: "zuidwest", role: "lead" } },
  { email: "youssef.benali@wijkmarkt.demo", name: "Youssef Benali", team: { key: "zuidwest", role: "member" } },
  { email: "anouk.smit@wijkmarkt.demo", name: "Anouk Smit", team: { key: "leidsche-rijn", role: "lead" } },
  { email: "thomas.mulder@wijkmarkt.demo", name: "Thomas Mulder", team: { key: "leidsche-rijn", role: "member" } },
  // Organisers
  { email: "lotte.vandijk@wijkmarkt.demo", name: "Lotte van Dijk", organisation: { slug: "buurtkracht-overvecht", role: "editor" } },
  { email: "henk.dekker@wijkmarkt.demo", name: "Henk Dekker", organisation: { slug: "welzijn-dichtbij-utrecht", role: "owner" } },
  { email: "priya.ramdin@wijkmarkt.demo", name: "Priya Ramdin", organisation: { slug: "vrijwilligerspunt-domstad", role: "owner" } },
  { email: "bas.vermeulen@wijkmarkt.demo", name: "Bas Vermeulen", organisation: { slug: "sv-kanaleneiland-vooruit", role: "owner" } },
  { email: "gerda.hoekstra@wijkmarkt.demo", name: "Gerda Hoekstra", organisation: { slug: "wijkgemeente-de-ark-zuilen", role: "owner" } },
  { email: "ahmed.ouali@wijkmarkt.demo", name: "Ahmed Ouali", organisation: { slug: "stichting-geldwijs-utrecht", role: "owner" } },
  { email: "marieke.bos@wijkmarkt.demo", name: "Marieke Bos", organisation: { slug: "repair-cafe-lombok", role: "owner" } },
  { email: "daan.brouwer@wijkmarkt.demo", name: "Daan Brouwer", organisation: { slug: "bewonersgroep-de-groene-hoek", role: "owner" } },
  { email: "ilse.kok@wijkmarkt.demo", name: "Ilse Kok", organisation: { slug: "huiswerkhuis-hoograven", role: "owner" } },
  { email: "wilma.peters@wijkmarkt.demo", name: "Wilma Peters", organisation: { slug: "samen-aan-tafel-de-meern", role: "owner" } },
  { email: "jan.willemsen@wijkmarkt.demo", name: "Jan Willemsen", organisation: { slug: "stichting-lichtpunt-rouwcirkel", role: "owner" } },
  { email: "noor.hendriks@wijkmarkt.demo", name: "Noor Hendriks", organisation: { slug: "wandelmaatjes-oost", role: "owner" } },
  // Residents who support needs, pledge help and volunteer
  { email: "kees.vanleeuwen@wijkmarkt.demo", name: "Kees van Leeuwen" },
  { email: "aylin.demir@wijkmarkt.demo", name: "Aylin Demir" },
  { email: "oksana.kovalenko@wijkmarkt.demo", name: "Oksana Kovalenko", locale: "en" },
  { email: "pieter.dejong@wijkmarkt.demo", name: "Pieter de Jong" },
  { email: "samira.haddou@wijkmarkt.demo", name: "Samira Haddou" },
  { email: "tim.koster@wijkmarkt.demo", name: "Tim Koster" },
  { email: "esther.vos@wijkmarkt.demo", name: "Esther Vos" },
  { email: "mohamed.elidrissi@wijkmarkt.demo", name: "Mohamed El Idrissi" },
  { email: "julia.schouten@wijkmarkt.demo", name: "Julia Schouten", locale: "en" },
];
