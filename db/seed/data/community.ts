/** Residents offering help, volunteer applications, notifications and search gaps. */
import type { ApplicationStatus, LifeDomain, TargetGroup } from "../../../app/domain/vocabulary";

export type HelperProfileSpec = {
  email: string;
  neighbourhood: string;
  skills: string[];
  interests: LifeDomain[];
  availability: string[];
  languages: string[];
  about: string;
  discoverable: boolean;
};

export const HELPER_PROFILES: HelperProfileSpec[] = [
  {
    email: "bewoner@wijkmarkt.demo",
    neighbourhood: "overvecht",
    skills: ["koken", "luisteren", "Nederlandse les", "fietsen repareren"],
    interests: ["social_network", "community_participation"],
    availability: ["2:afternoon", "4:evening", "6:morning"],
    languages: ["nl", "en"],
    about: "Ik woon sinds kort in Overvecht en wil graag buren leren kennen. Ik kook graag en help met Nederlands oefenen.",
    discoverable: true,
  },
  {
    email: "samira.haddou@wijkmarkt.demo",
    neighbourhood: "zuidwest",
    skills: ["vertalen", "formulieren invullen"],
    interests: ["finances", "community_participation"],
    availability: ["1:evening", "3:evening"],
    languages: ["nl", "ar", "ber"],
    about: "Ik help graag met brieven en vertalen voor buurtgenoten.",
    discoverable: true,
  },
  {
    email: "kees.vanleeuwen@wijkmarkt.demo",
    neighbourhood: "overvecht",
    skills: ["klussen", "autorijden"],
    interests: ["housing", "instrumental_adl"],
    availability: ["1:morning", "2:morning", "5:morning"],
    languages: ["nl"],
    about: "Gepensioneerd timmerman. Handig in huis en ik heb een auto.",
    discoverable: true,
  },
  {
    email: "julia.schouten@wijkmarkt.demo",
    neighbourhood: "leidsche-rijn",
    skills: ["bijles wiskunde", "Engels"],
    interests: ["work_education"],
    availability: ["2:afternoon", "4:afternoon"],
    languages: ["en", "nl"],
    about: "Student in Utrecht, happy to help kids with homework.",
    discoverable: false,
  },
];

export type ApplicationSpec = {
  email: string;
  /** Initiative slug (a "volunteers" listing). */
  initiative: string;
  status: ApplicationStatus;
  message: string;
  declineReason?: string;
  daysAgo: number;
};

export const APPLICATIONS: ApplicationSpec[] = [
  {
    email: "bewoner@wijkmarkt.demo",
    initiative: "vrijwilligers-gezocht-gastvrouw-of-gastheer-buurtkamer",
    status: "pending",
    message: "Ik kan op dinsdag- en donderdagochtend.",
    daysAgo: 3,
  },
  {
    email: "bewoner@wijkmarkt.demo",
    initiative: "vrijwilligers-gezocht-taalmaatje",
    status: "accepted",
    message: "Ik help graag iemand met Nederlands.",
    daysAgo: 40,
  },
  {
    email: "kees.vanleeuwen@wijkmarkt.demo",
    initiative: "vrijwilligers-gezocht-reparateurs",
    status: "accepted",
    message: "Ik heb veertig jaar als timmerman gewerkt.",
    daysAgo: 60,
  },
  {
    email: "tim.koster@wijkmarkt.demo",
    initiative: "vrijwilligers-gezocht-jeugdtrainer",
    status: "declined",
    message: "Ik heb vroeger gevoetbald.",
    declineReason: "Het team voor dit seizoen is al compleet. Volgend seizoen graag!",
    daysAgo: 25,
  },
  {
    email: "samira.haddou@wijkmarkt.demo",
    initiative: "vrijwilligers-gezocht-schuldhulpmaatje",
    status: "pending",
    message: "Ik spreek Arabisch en Berbers.",
    daysAgo: 5,
  },
  { email: "aylin.demir@wijkmarkt.demo", initiative: "vrijwilligers-gezocht-boodschappenhulp", status: "withdrawn", message: "", daysAgo: 80 },
  {
    email: "pieter.dejong@wijkmarkt.demo",
    initiative: "vrijwilligers-gezocht-tuinieren-in-de-buurtmoestuin",
    status: "pending",
    message: "Ik heb zelf een volkstuin gehad.",
    daysAgo: 8,
  },
];

export type NotificationSpec = {
  email: string;
  kind: string;
  params: Record<string, string | number>;
  link?: string;
  daysAgo: number;
  read?: boolean;
  /** The email of the person the message names; the message goes with their account. */
  about?: string;
};

export const NOTIFICATIONS: NotificationSpec[] = [
  {
    email: "bewoner@wijkmarkt.demo",
    kind: "helping.notify.applicationAccepted",
    params: { initiative: "Vrijwilligers gezocht: taalmaatje" },
    link: "/mijn",
    daysAgo: 38,
    read: true,
  },
  {
    email: "bewoner@wijkmarkt.demo",
    kind: "collective.notify.update",
    params: { title: "Een ontmoetingsplek voor ouderen in Overvecht, ook 's middags" },
    link: "/vragen",
    daysAgo: 9,
  },
  {
    email: "bewoner@wijkmarkt.demo",
    kind: "collective.notify.answered",
    params: { title: "Huiswerkbegeleiding in Kanaleneiland", activity: "Huiswerkclub Kanaleneiland" },
    link: "/vragen",
    daysAgo: 45,
    read: true,
  },
  {
    email: "organisator@wijkmarkt.demo",
    kind: "referrals.notify.newReferral",
    params: { initiative: "Mantelzorgcafé Overvecht" },
    link: "/mijn-organisatie/verwijzingen",
    daysAgo: 4,
  },
  {
    email: "organisator@wijkmarkt.demo",
    kind: "referrals.notify.reminder",
    params: { initiative: "Maatjesproject Samen op Stap" },
    link: "/mijn-organisatie/verwijzingen",
    daysAgo: 2,
  },
  {
    email: "organisator@wijkmarkt.demo",
    kind: "helping.notify.applicationReceived",
    params: { name: "Sanne de Vries", initiative: "Vrijwilligers gezocht: gastvrouw of gastheer buurtkamer" },
    link: "/mijn-organisatie",
    daysAgo: 3,
    about: "bewoner@wijkmarkt.demo",
  },
  {
    email: "consulent@wijkmarkt.demo",
    kind: "referrals.notify.accepted",
    params: { initiative: "Formulierenspreekuur Overvecht", reference: "OV-2026-003" },
    link: "/werkplek",
    daysAgo: 7,
  },
  {
    email: "beheerder@wijkmarkt.demo",
    kind: "organiser.notify.organisationVerified",
    params: { organisation: "Stichting Buurtkracht Overvecht" },
    link: "/beheer",
    daysAgo: 8,
    read: true,
  },
];

export type SearchGapSpec = {
  query: string;
  neighbourhood?: string;
  domain?: LifeDomain;
  targetGroup?: TargetGroup;
  /** How many times, spread over the last year. */
  times: number;
};

export const SEARCH_GAPS: SearchGapSpec[] = [
  { query: "mantelzorg weekend", neighbourhood: "noordoost", domain: "mental_health", targetGroup: "carers", times: 4 },
  { query: "ouderen middag", neighbourhood: "overvecht", domain: "social_network", targetGroup: "elderly", times: 6 },
  { query: "huiswerk kanaleneiland", neighbourhood: "zuidwest", domain: "work_education", targetGroup: "youth", times: 5 },
  { query: "taalmaatje", neighbourhood: "zuidwest", targetGroup: "newcomers", times: 3 },
  { query: "schuldhulp spoed", neighbourhood: "leidsche-rijn", domain: "finances", times: 4 },
  { query: "autisme ouders", domain: "domestic_relations", targetGroup: "families", times: 2 },
  { query: "zwemmen vrouwen", times: 3 },
  { query: "rouwgroep jongeren", domain: "mental_health", targetGroup: "youth", times: 2 },
  { query: "dementie inloop", neighbourhood: "vleuten-de-meern", targetGroup: "elderly", times: 2 },
  { query: "oekraïens", targetGroup: "newcomers", times: 1 },
];
