/** Five collective needs, each grounded in the clustered unmet needs of households.ts. */
import type { ChecklistKind, CollectiveNeedStatus, LifeDomain, SupportKind, TargetGroup } from "../../../app/domain/vocabulary";
import type { TeamKey } from "./neighbourhoods";

export type PledgeSpec = {
  /** Resident e-mail, or an organisation slug (its owner pledges on its behalf). */
  from: { user: string } | { organisation: string };
  /** Index into the need's checklist; omitted = a general pledge. */
  item?: number;
  amount: number;
  message: string;
  showName: boolean;
  isExtra?: boolean;
  withdrawn?: boolean;
  daysAgo: number;
};

export type CollectiveNeedSpec = {
  title: string;
  team: TeamKey;
  neighbourhood: string;
  domain: LifeDomain;
  targetGroup: TargetGroup;
  status: CollectiveNeedStatus;
  description: string;
  /** Days ago the need was published. */
  publishedDaysAgo: number;
  /** Days ahead of now, for the hoped-for start. */
  targetInDays?: number;
  /** The initiative (by title) that answers the need. */
  answeredBy?: string;
  answeredDaysAgo?: number;
  checklist: { kind: ChecklistKind; quantity: number; description: string }[];
  /** Resident e-mails with the kind of support. */
  supports: [email: string, kind: SupportKind][];
  pledges: PledgeSpec[];
  updates: { daysAgo: number; body: string }[];
};

export const COLLECTIVE_NEEDS: CollectiveNeedSpec[] = [
  {
    title: "Een ontmoetingsplek voor ouderen in Overvecht, ook 's middags",
    team: "overvecht",
    neighbourhood: "overvecht",
    domain: "social_network",
    targetGroup: "elderly",
    status: "open",
    description:
      "Steeds meer ouderen in Overvecht zitten dagenlang alleen thuis. De buurtkamer is alleen 's ochtends open en zit vol. We zoeken mensen en organisaties die samen een middaginloop willen starten: koffie, een spelletje, af en toe een uitje.",
    publishedDaysAgo: 34,
    targetInDays: 90,
    checklist: [
      { kind: "organiser", quantity: 1, description: "Iemand die de middag coördineert" },
      { kind: "volunteers", quantity: 6, description: "Gastvrouwen en -heren, een middag per week" },
      { kind: "venue", quantity: 1, description: "Een toegankelijke ruimte met keukentje, op loopafstand van de Zamenhofdreef" },
      { kind: "funding", quantity: 1500, description: "Koffie, thee en materiaal voor een jaar (euro)" },
    ],
    supports: [
      ["bewoner@wijkmarkt.demo", "support"],
      ["kees.vanleeuwen@wijkmarkt.demo", "need_too"],
      ["pieter.dejong@wijkmarkt.demo", "need_too"],
      ["aylin.demir@wijkmarkt.demo", "support"],
      ["samira.haddou@wijkmarkt.demo", "support"],
      ["esther.vos@wijkmarkt.demo", "need_too"],
    ],
    pledges: [
      { from: { user: "bewoner@wijkmarkt.demo" }, item: 1, amount: 1, message: "Ik kan op dinsdagmiddag gastvrouw zijn.", showName: true, daysAgo: 20 },
      {
        from: { user: "aylin.demir@wijkmarkt.demo" },
        item: 1,
        amount: 1,
        message: "Ik help graag een middag per week, ik spreek ook Turks.",
        showName: false,
        daysAgo: 18,
      },
      {
        from: { organisation: "wijkgemeente-de-ark-zuilen" },
        item: 2,
        amount: 1,
        message: "Onze zaal in Zuilen is op woensdagmiddag vrij, mocht het in Overvecht niet lukken.",
        showName: true,
        daysAgo: 12,
      },
      { from: { user: "tim.koster@wijkmarkt.demo" }, item: 3, amount: 100, message: "Een kleine bijdrage voor de koffie.", showName: false, daysAgo: 6 },
    ],
    updates: [
      { daysAgo: 30, body: "Dank voor alle reacties! We zoeken vooral nog een vaste ruimte en iemand die wil coördineren." },
      { daysAgo: 9, body: "De Ark biedt een ruimte aan. We kijken of er ook iets dichter bij de Zamenhofdreef kan." },
    ],
  },
  {
    title: "Even op adem komen voor mantelzorgers in Noordoost",
    team: "overvecht",
    neighbourhood: "noordoost",
    domain: "mental_health",
    targetGroup: "carers",
    status: "open",
    description:
      "Mantelzorgers in Noordoost lopen op hun tenen. Ze zoeken een plek om even op adem te komen en ervaringen te delen, op een moment dat hun naaste opvang heeft.",
    publishedDaysAgo: 15,
    checklist: [
      { kind: "organiser", quantity: 1, description: "Iemand met ervaring in mantelzorgondersteuning" },
      { kind: "volunteers", quantity: 3, description: "Vrijwilligers die tijdens de bijeenkomst bij de naaste blijven" },
      { kind: "expertise", quantity: 1, description: "Een mantelzorgconsulent die af en toe aanschuift" },
    ],
    supports: [
      ["esther.vos@wijkmarkt.demo", "need_too"],
      ["julia.schouten@wijkmarkt.demo", "support"],
    ],
    pledges: [
      {
        from: { organisation: "buurtkracht-overvecht" },
        item: 2,
        amount: 1,
        message: "Onze mantelzorgconsulent kan eens per maand komen.",
        showName: true,
        daysAgo: 7,
      },
    ],
    updates: [],
  },
  {
    title: "Geldhulp dichtbij voor jonge gezinnen in Leidsche Rijn",
    team: "leidsche-rijn",
    neighbourhood: "leidsche-rijn",
    domain: "finances",
    targetGroup: "families",
    status: "open",
    description:
      "Jonge gezinnen in Leidsche Rijn hebben vaak hoge vaste lasten en raken snel achter. De maatjes hebben een wachtlijst. Wie helpt mee aan een wekelijks geldspreekuur in de wijk, met kinderopvang erbij?",
    publishedDaysAgo: 60,
    targetInDays: 45,
    checklist: [
      { kind: "volunteers", quantity: 4, description: "Vrijwilligers met kennis van geldzaken" },
      { kind: "venue", quantity: 1, description: "Een ruimte met een speelhoek" },
      { kind: "expertise", quantity: 1, description: "Training door een schuldhulpverlener" },
    ],
    supports: [
      ["mohamed.elidrissi@wijkmarkt.demo", "need_too"],
      ["julia.schouten@wijkmarkt.demo", "need_too"],
      ["tim.koster@wijkmarkt.demo", "support"],
    ],
    pledges: [
      {
        from: { organisation: "stichting-geldwijs-utrecht" },
        item: 2,
        amount: 1,
        message: "Wij trainen de vrijwilligers gratis.",
        showName: true,
        daysAgo: 41,
      },
      {
        from: { organisation: "bewonersgroep-de-groene-hoek" },
        item: 1,
        amount: 1,
        message: "Het tuinhuis van de buurtmoestuin heeft een speelhoek.",
        showName: true,
        daysAgo: 33,
      },
      { from: { user: "mohamed.elidrissi@wijkmarkt.demo" }, item: 0, amount: 1, message: "Ik ben boekhouder en help graag.", showName: true, daysAgo: 20 },
      { from: { user: "tim.koster@wijkmarkt.demo" }, item: 0, amount: 1, message: "", showName: false, withdrawn: true, daysAgo: 25 },
    ],
    updates: [{ daysAgo: 40, body: "GeldWijs biedt de training aan. Nu nog vrijwilligers!" }],
  },
  {
    title: "Taalmaatjes voor nieuwkomers in Kanaleneiland",
    team: "zuidwest",
    neighbourhood: "zuidwest",
    domain: "community_participation",
    targetGroup: "newcomers",
    status: "in_progress",
    description:
      "Nieuwkomers in Kanaleneiland willen graag Nederlands oefenen en mensen in de buurt leren kennen, maar het taalcafé in Overvecht is te ver weg met kleine kinderen. We zoeken taalmaatjes en een plek in de wijk.",
    publishedDaysAgo: 95,
    targetInDays: 20,
    checklist: [
      { kind: "organiser", quantity: 1, description: "Een organisatie die de koppelingen maakt" },
      { kind: "volunteers", quantity: 8, description: "Taalmaatjes, een uur per week" },
      { kind: "venue", quantity: 1, description: "Een plek voor een maandelijkse bijeenkomst" },
    ],
    supports: [
      ["oksana.kovalenko@wijkmarkt.demo", "need_too"],
      ["samira.haddou@wijkmarkt.demo", "support"],
      ["bewoner@wijkmarkt.demo", "support"],
      ["pieter.dejong@wijkmarkt.demo", "support"],
    ],
    pledges: [
      { from: { organisation: "vrijwilligerspunt-domstad" }, item: 0, amount: 1, message: "Wij nemen de coördinatie op ons.", showName: true, daysAgo: 70 },
      {
        from: { organisation: "sv-kanaleneiland-vooruit" },
        item: 2,
        amount: 1,
        message: "De kantine is op maandagavond beschikbaar.",
        showName: true,
        daysAgo: 64,
      },
      { from: { user: "samira.haddou@wijkmarkt.demo" }, item: 1, amount: 1, message: "Ik word graag taalmaatje.", showName: true, daysAgo: 50 },
      { from: { user: "pieter.dejong@wijkmarkt.demo" }, item: 1, amount: 1, message: "", showName: false, daysAgo: 44 },
      { from: { user: "bewoner@wijkmarkt.demo" }, item: 1, amount: 1, message: "Een uur per week lukt mij wel.", showName: true, daysAgo: 30 },
      { from: { user: "kees.vanleeuwen@wijkmarkt.demo" }, amount: 1, message: "Ik kan ook boeken doneren.", showName: true, isExtra: true, daysAgo: 28 },
    ],
    updates: [
      { daysAgo: 66, body: "Het Vrijwilligerspunt coördineert en de sportclub stelt de kantine beschikbaar. We zijn in gesprek!" },
      { daysAgo: 21, body: "Vier taalmaatjes zijn al gekoppeld. We zoeken er nog vier." },
    ],
  },
  {
    title: "Huiswerkbegeleiding in Kanaleneiland",
    team: "zuidwest",
    neighbourhood: "zuidwest",
    domain: "work_education",
    targetGroup: "youth",
    status: "answered",
    description:
      "Ouders in Kanaleneiland kunnen hun kinderen niet helpen met huiswerk en betaalde bijles is te duur. We zochten vrijwilligers en een plek voor een huiswerkclub.",
    publishedDaysAgo: 200,
    answeredBy: "Huiswerkclub Kanaleneiland",
    answeredDaysAgo: 45,
    checklist: [
      { kind: "organiser", quantity: 1, description: "Een organisatie die de huiswerkclub draagt" },
      { kind: "volunteers", quantity: 5, description: "Huiswerkbegeleiders, twee middagen per week" },
      { kind: "venue", quantity: 1, description: "Een rustige ruimte met tafels en wifi" },
      { kind: "funding", quantity: 2000, description: "Schriften, laptops en snacks (euro)" },
    ],
    supports: [
      ["aylin.demir@wijkmarkt.demo", "need_too"],
      ["mohamed.elidrissi@wijkmarkt.demo", "support"],
      ["bewoner@wijkmarkt.demo", "support"],
    ],
    pledges: [
      { from: { organisation: "huiswerkhuis-hoograven" }, item: 0, amount: 1, message: "Wij starten de huiswerkclub.", showName: true, daysAgo: 150 },
      { from: { organisation: "sv-kanaleneiland-vooruit" }, item: 2, amount: 1, message: "De bestuurskamer is na school vrij.", showName: true, daysAgo: 140 },
      { from: { user: "julia.schouten@wijkmarkt.demo" }, item: 1, amount: 1, message: "I can help with maths and English.", showName: true, daysAgo: 120 },
      { from: { user: "mohamed.elidrissi@wijkmarkt.demo" }, item: 3, amount: 250, message: "", showName: false, daysAgo: 110 },
    ],
    updates: [
      { daysAgo: 150, body: "Het Huiswerkhuis Hoograven wil de huiswerkclub starten!" },
      { daysAgo: 45, body: "De Huiswerkclub Kanaleneiland is begonnen. Dank aan iedereen die heeft geholpen!" },
    ],
  },
];
