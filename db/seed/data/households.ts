/**
 * Forty pseudonymous households, written as compact specs: team, PC4, a profile that decides the
 * composition, and the needs that came out of the intake. Everything else (other ZRM scores,
 * languages, days, texts) is filled in by demo.ts from the seeded PRNG and the templates below.
 *
 * The unmet needs are deliberately clustered — they are the evidence behind the collective needs:
 * Overvecht × social network (9), Noordoost × mental health (3), Leidsche Rijn × finances (5),
 * Zuidwest × community participation (6) and Zuidwest × work & education (5).
 */
import type { AgeBand, DeclineReason, LifeDomain, ReferralStatus } from "../../../app/domain/vocabulary";
import type { TeamKey } from "./neighbourhoods";

export type Profile = "single_elderly" | "elderly_couple" | "family" | "single_parent" | "newcomer_family" | "newcomer_single" | "single_adult" | "carer";

export type ReferralSpec = {
  /** Initiative slug. */
  to: string;
  status: ReferralStatus;
  /** When the referral was created, in days before now. */
  days: number;
  declineReason?: DeclineReason;
};

export type NeedSpec = { d: LifeDomain; s: 1 | 2 | 3; unmet?: boolean; ref?: ReferralSpec };

/** Consultant keys: "demo" is the demo consultant; others are e-mail local parts of EXTRA_USERS. */
export type HouseholdSpec = {
  team: TeamKey;
  pc4: string;
  profile: Profile;
  consultant: "demo" | "coordinator" | "joris.visser" | "mirjam.degraaf" | "youssef.benali" | "anouk.smit" | "thomas.mulder";
  needs: NeedSpec[];
  consent?: "given" | "withdrawn" | "none";
  /** Plan review date in days from now; negative = overdue. */
  reviewInDays?: number;
};

const unmet = (d: LifeDomain, s: 1 | 2 | 3 = 2): NeedSpec => ({ d, s, unmet: true });
const open = (d: LifeDomain, s: 1 | 2 | 3 = 3): NeedSpec => ({ d, s });
const ref = (d: LifeDomain, s: 1 | 2 | 3, to: string, status: ReferralStatus, days: number, declineReason?: DeclineReason): NeedSpec => ({
  d,
  s,
  ref: { to, status, days, declineReason },
});
/** A need that was marked unmet, and later referred once something new started. */
const unmetThenRef = (d: LifeDomain, s: 1 | 2 | 3, to: string, status: ReferralStatus, days: number): NeedSpec => ({
  ...ref(d, s, to, status, days),
  unmet: true,
});

export const HOUSEHOLDS: HouseholdSpec[] = [
  // ── Wijkteam Overvecht (15; the first eight are the demo consultant's)
  {
    team: "overvecht",
    pc4: "3562",
    profile: "single_elderly",
    consultant: "demo",
    needs: [unmet("social_network"), ref("finances", 3, "formulierenspreekuur-overvecht", "completed", 140)],
  },
  {
    team: "overvecht",
    pc4: "3563",
    profile: "single_elderly",
    consultant: "demo",
    needs: [unmet("social_network"), open("physical_health")],
    reviewInDays: -12,
  },
  {
    team: "overvecht",
    pc4: "3561",
    profile: "elderly_couple",
    consultant: "demo",
    needs: [unmet("social_network", 3), ref("instrumental_adl", 3, "formulierenspreekuur-overvecht", "accepted", 9)],
  },
  {
    team: "overvecht",
    pc4: "3564",
    profile: "single_elderly",
    consultant: "demo",
    needs: [unmet("social_network", 1), ref("mental_health", 2, "maatjesproject-samen-op-stap", "sent", 25)],
  },
  {
    team: "overvecht",
    pc4: "3562",
    profile: "newcomer_family",
    consultant: "demo",
    needs: [
      ref("community_participation", 2, "taalcafe-overvecht", "accepted", 12),
      ref("finances", 2, "schuldhulp-maatjes", "started", 60),
      unmet("social_network", 3),
    ],
  },
  {
    team: "overvecht",
    pc4: "3563",
    profile: "single_parent",
    consultant: "demo",
    needs: [
      ref("finances", 1, "schuldhulp-maatjes", "sent", 3),
      open("domestic_relations"),
      ref("social_network", 2, "inloopochtend-buurtkamer-zamenhof", "draft", 1),
    ],
  },
  {
    team: "overvecht",
    pc4: "3572",
    profile: "carer",
    consultant: "demo",
    needs: [unmet("mental_health"), ref("social_network", 3, "mantelzorgcafe-overvecht", "sent", 4)],
  },
  {
    team: "overvecht",
    pc4: "3561",
    profile: "single_elderly",
    consultant: "demo",
    needs: [unmet("social_network"), ref("daytime_activities", 3, "koffie-en-kaart-spelmiddag-voor-ouderen", "accepted", 18)],
  },
  {
    team: "overvecht",
    pc4: "3564",
    profile: "single_adult",
    consultant: "joris.visser",
    needs: [ref("substance_use", 2, "herstelgroep-alcohol-en-drugs", "waitlisted", 15), open("work_education")],
    consent: "none",
  },
  {
    team: "overvecht",
    pc4: "3571",
    profile: "carer",
    consultant: "joris.visser",
    needs: [unmet("mental_health"), open("daytime_activities")],
    reviewInDays: -30,
  },
  {
    team: "overvecht",
    pc4: "3573",
    profile: "carer",
    consultant: "joris.visser",
    needs: [unmet("mental_health", 3), ref("social_network", 3, "mantelzorgcafe-overvecht", "started", 45)],
  },
  {
    team: "overvecht",
    pc4: "3562",
    profile: "single_elderly",
    consultant: "joris.visser",
    needs: [unmet("social_network"), ref("physical_health", 3, "wandelgroep-vechtzoom", "declined", 50, "not_suitable")],
    consent: "withdrawn",
  },
  {
    team: "overvecht",
    pc4: "3563",
    profile: "single_elderly",
    consultant: "coordinator",
    needs: [unmet("social_network"), ref("basic_adl", 3, "valpreventie-in-balans", "withdrawn", 70)],
  },
  {
    team: "overvecht",
    pc4: "3515",
    profile: "family",
    consultant: "coordinator",
    needs: [ref("domestic_relations", 3, "opvoedspreekuur-voor-ouders", "completed", 200), open("housing")],
  },
  {
    team: "overvecht",
    pc4: "3564",
    profile: "single_elderly",
    consultant: "coordinator",
    needs: [unmet("social_network"), ref("mental_health", 3, "rouwgroep-verder-na-verlies", "could_not_contact", 35)],
  },

  // ── Wijkteam Zuidwest (13)
  {
    team: "zuidwest",
    pc4: "3526",
    profile: "newcomer_family",
    consultant: "youssef.benali",
    needs: [
      unmet("community_participation"),
      unmetThenRef("work_education", 3, "huiswerkclub-kanaleneiland", "started", 20),
      ref("finances", 2, "formulierenhulp-kanaleneiland", "completed", 90),
    ],
  },
  {
    team: "zuidwest",
    pc4: "3525",
    profile: "newcomer_family",
    consultant: "youssef.benali",
    needs: [unmet("community_participation"), unmetThenRef("work_education", 2, "huiswerkclub-kanaleneiland", "accepted", 10)],
  },
  {
    team: "zuidwest",
    pc4: "3527",
    profile: "family",
    consultant: "youssef.benali",
    needs: [unmet("work_education", 3), ref("finances", 2, "kledingbank-de-ark", "accepted", 14)],
  },
  {
    team: "zuidwest",
    pc4: "3526",
    profile: "single_parent",
    consultant: "youssef.benali",
    needs: [unmet("community_participation", 3), unmet("work_education", 3), ref("domestic_relations", 2, "steunpunt-scheiden-en-ouderschap", "started", 40)],
  },
  {
    team: "zuidwest",
    pc4: "3525",
    profile: "newcomer_family",
    consultant: "mirjam.degraaf",
    needs: [unmet("community_participation"), unmet("work_education", 3), ref("instrumental_adl", 2, "formulierenhulp-kanaleneiland", "sent", 22)],
  },
  {
    team: "zuidwest",
    pc4: "3521",
    profile: "single_adult",
    consultant: "mirjam.degraaf",
    needs: [unmet("community_participation"), ref("work_education", 2, "werkplaats-meedoen-vrijwilligerswerk-als-opstap", "stopped", 120)],
  },
  {
    team: "zuidwest",
    pc4: "3526",
    profile: "newcomer_single",
    consultant: "mirjam.degraaf",
    needs: [unmet("community_participation", 1), ref("justice", 3, "sociaal-raadslieden-inloop", "completed", 160)],
    reviewInDays: -4,
  },
  {
    team: "zuidwest",
    pc4: "3523",
    profile: "single_elderly",
    consultant: "mirjam.degraaf",
    needs: [ref("housing", 3, "klussendienst-voor-ouderen", "accepted", 11), open("physical_health")],
  },
  {
    team: "zuidwest",
    pc4: "3524",
    profile: "single_elderly",
    consultant: "mirjam.degraaf",
    needs: [ref("physical_health", 3, "meer-bewegen-voor-ouderen", "sent", 6), unmet("housing")],
    consent: "withdrawn",
  },
  {
    team: "zuidwest",
    pc4: "3522",
    profile: "family",
    consultant: "youssef.benali",
    needs: [ref("work_education", 3, "huiswerkbegeleiding-hoograven", "completed", 180), open("finances")],
  },
  {
    team: "zuidwest",
    pc4: "3531",
    profile: "single_adult",
    consultant: "youssef.benali",
    needs: [
      ref("daytime_activities", 2, "werkplaats-meedoen-vrijwilligerswerk-als-opstap", "accepted", 16),
      ref("instrumental_adl", 3, "repair-cafe-lombok", "draft", 2),
    ],
  },
  {
    team: "zuidwest",
    pc4: "3532",
    profile: "single_adult",
    consultant: "mirjam.degraaf",
    needs: [ref("justice", 2, "nieuwe-start-na-detentie", "started", 75), ref("housing", 1, "woonspreekuur-binnenstad", "declined", 65, "no_capacity")],
    consent: "none",
  },
  {
    team: "zuidwest",
    pc4: "3533",
    profile: "single_parent",
    consultant: "youssef.benali",
    needs: [ref("finances", 2, "schuldhulp-maatjes", "withdrawn", 100), open("mental_health")],
  },

  // ── Wijkteam Leidsche Rijn (12)
  { team: "leidsche-rijn", pc4: "3542", profile: "family", consultant: "thomas.mulder", needs: [unmet("finances"), open("daytime_activities")] },
  {
    team: "leidsche-rijn",
    pc4: "3544",
    profile: "single_parent",
    consultant: "thomas.mulder",
    needs: [unmet("finances", 1), ref("social_network", 2, "kookclub-leidsche-rijn", "accepted", 13)],
  },
  {
    team: "leidsche-rijn",
    pc4: "3543",
    profile: "family",
    consultant: "thomas.mulder",
    needs: [unmet("finances"), ref("physical_health", 3, "buurtmoestuin-de-groene-hoek", "started", 55)],
  },
  {
    team: "leidsche-rijn",
    pc4: "3541",
    profile: "newcomer_family",
    consultant: "anouk.smit",
    needs: [unmet("finances"), ref("community_participation", 3, "taalcafe-overvecht", "declined", 40, "not_eligible")],
  },
  {
    team: "leidsche-rijn",
    pc4: "3545",
    profile: "single_parent",
    consultant: "anouk.smit",
    needs: [unmet("finances"), ref("domestic_relations", 2, "steunpunt-scheiden-en-ouderschap", "could_not_contact", 30)],
  },
  {
    team: "leidsche-rijn",
    pc4: "3451",
    profile: "single_elderly",
    consultant: "anouk.smit",
    needs: [ref("basic_adl", 2, "ouderenadviseur-aan-huis", "started", 50), unmet("social_network")],
  },
  {
    team: "leidsche-rijn",
    pc4: "3453",
    profile: "elderly_couple",
    consultant: "anouk.smit",
    needs: [ref("housing", 3, "ouderenadviseur-aan-huis", "completed", 150)],
    reviewInDays: -20,
  },
  {
    team: "leidsche-rijn",
    pc4: "3551",
    profile: "single_adult",
    consultant: "thomas.mulder",
    needs: [ref("social_network", 2, "open-tafel-zuilen", "started", 80), unmet("daytime_activities")],
    consent: "withdrawn",
  },
  {
    team: "leidsche-rijn",
    pc4: "3553",
    profile: "family",
    consultant: "thomas.mulder",
    needs: [ref("finances", 2, "kledingbank-de-ark", "completed", 110), open("work_education")],
  },
  {
    team: "leidsche-rijn",
    pc4: "3554",
    profile: "single_elderly",
    consultant: "anouk.smit",
    needs: [ref("physical_health", 2, "valpreventie-in-balans", "accepted", 7), open("social_network")],
  },
  {
    team: "leidsche-rijn",
    pc4: "3552",
    profile: "single_adult",
    consultant: "thomas.mulder",
    needs: [ref("mental_health", 2, "herstelgroep-alcohol-en-drugs", "declined", 30, "no_capacity"), open("substance_use")],
    consent: "none",
  },
  {
    team: "leidsche-rijn",
    pc4: "3546",
    profile: "carer",
    consultant: "anouk.smit",
    needs: [open("mental_health"), ref("instrumental_adl", 3, "thuisadministratie-maatjes-leidsche-rijn", "sent", 2)],
  },
];

export const TEAM_REFERENCE_PREFIX: Record<TeamKey, string> = {
  overvecht: "OV",
  zuidwest: "ZW",
  "leidsche-rijn": "LR",
};

export type ProfileSpec = {
  adults: number;
  children: AgeBand[][];
  languages: string[][];
  mobility: ("walks" | "bike" | "public_transport" | "car" | "limited")[];
};

/** Composition options per profile; demo.ts picks one of each with the PRNG. */
export const PROFILES: Record<Profile, ProfileSpec> = {
  single_elderly: { adults: 1, children: [[]], languages: [["nl"], ["nl"], ["nl", "tr"], ["ar", "nl"]], mobility: ["limited", "walks", "public_transport"] },
  elderly_couple: { adults: 2, children: [[]], languages: [["nl"], ["nl", "en"]], mobility: ["car", "walks", "limited"] },
  family: {
    adults: 2,
    children: [["4-11"], ["4-11", "12-17"], ["0-3", "4-11"], ["12-17", "18-23"]],
    languages: [["nl"], ["nl", "en"], ["nl", "tr"]],
    mobility: ["bike", "car", "public_transport"],
  },
  single_parent: {
    adults: 1,
    children: [["0-3"], ["4-11"], ["4-11", "12-17"]],
    languages: [["nl"], ["nl", "ar"], ["nl", "pl"]],
    mobility: ["bike", "public_transport"],
  },
  newcomer_family: {
    adults: 2,
    children: [
      ["0-3", "4-11"],
      ["4-11", "4-11"],
      ["4-11", "12-17"],
    ],
    languages: [["ar", "en"], ["ti"], ["uk", "en"], ["fa", "en"], ["so"]],
    mobility: ["bike", "public_transport", "walks"],
  },
  newcomer_single: { adults: 1, children: [[]], languages: [["ti"], ["ar"], ["uk", "en"]], mobility: ["bike", "walks"] },
  single_adult: { adults: 1, children: [[]], languages: [["nl"], ["nl", "en"], ["nl", "ber"]], mobility: ["bike", "public_transport"] },
  carer: { adults: 2, children: [[], ["12-17"]], languages: [["nl"], ["nl", "tr"]], mobility: ["car", "bike"] },
};

/** Intake texts per life domain for the domains that score 1–3: [question behind, own strength, network strength]. */
export const INTAKE_TEXTS: Record<LifeDomain, [string, string, string][]> = {
  finances: [
    [
      "Durft de post niet meer open te maken; er liggen aanmaningen van de energieleverancier.",
      "Houdt zelf een schriftje bij met vaste lasten.",
      "Zus wil meekijken, maar woont in Amersfoort.",
    ],
    ["Komt elke maand tekort door een terugvordering van de toeslagen.", "Kookt goedkoop en zuinig.", "Geen familie die financieel kan bijspringen."],
  ],
  work_education: [
    [
      "Wil graag aan het werk, maar het diploma uit het land van herkomst telt hier niet.",
      "Is gemotiveerd en leert snel.",
      "Een buurman werkt in de bouw en kan vragen of er plek is.",
    ],
    [
      "De kinderen lopen achter op school en ouders kunnen niet helpen met huiswerk.",
      "Ouders vinden school heel belangrijk.",
      "Een oudere neef helpt soms in het weekend.",
    ],
  ],
  daytime_activities: [
    ["Zit sinds het ontslag de hele dag thuis en mist ritme.", "Kan goed met de handen werken.", "Vriend neemt hem soms mee naar de sportschool."],
    ["Weet niet wat er in de buurt te doen is.", "Loopt graag elke ochtend een rondje.", "Dochter belt elke dag."],
  ],
  housing: [
    ["De woning is te klein en er is vocht in de slaapkamer.", "Heeft zelf al contact gehad met de verhuurder.", "Broer helpt met schilderen."],
    ["Kan de trap niet meer goed op en wil zo lang mogelijk thuis blijven wonen.", "Houdt het huis zelf netjes.", "Buren doen af en toe een klusje."],
  ],
  domestic_relations: [
    [
      "Veel ruzie thuis sinds de scheiding; de kinderen zitten ertussen.",
      "Wil het graag goed doen voor de kinderen.",
      "Oma vangt de kinderen twee middagen op.",
    ],
    ["Puber trekt zich terug en er wordt weinig gepraat.", "Ouders staan open voor advies.", "Een tante heeft goed contact met de puber."],
  ],
  mental_health: [
    ["Voelt zich sinds het overlijden van de partner somber en slaapt slecht.", "Gaat elke dag even naar buiten.", "Kinderen komen in het weekend langs."],
    [
      "Is uitgeput door de zorg voor de partner en heeft geen tijd voor zichzelf.",
      "Weet veel over de ziekte van de partner.",
      "Een vriendin wil best een middag oppassen.",
    ],
  ],
  physical_health: [
    [
      "Beweegt weinig sinds de heupoperatie en is bang om te vallen.",
      "Doet thuis de oefeningen van de fysiotherapeut.",
      "Buurvrouw loopt soms mee naar de winkel.",
    ],
    ["Heeft last van overgewicht en diabetes en weet niet hoe gezonder te eten.", "Wil graag meer bewegen.", "Partner wil meedoen."],
  ],
  substance_use: [
    ["Drinkt meer sinds het verlies van het werk en wil minderen.", "Is eerder een jaar gestopt geweest.", "Een vriend van vroeger is zelf ook gestopt."],
  ],
  basic_adl: [["Wassen en aankleden gaat steeds moeilijker.", "Wil zo veel mogelijk zelf blijven doen.", "Dochter komt twee keer per week helpen."]],
  instrumental_adl: [
    ["Snapt de brieven van de gemeente niet en mist daardoor afspraken.", "Bewaart alle post in een map.", "Zoon helpt soms met DigiD, maar woont ver weg."],
    ["Boodschappen doen en koken lukt niet meer goed.", "Kan nog wel een boodschappenlijstje maken.", "Buurman haalt soms iets mee."],
  ],
  social_network: [
    [
      "Voelt zich eenzaam sinds de partner overleed; spreekt dagen niemand.",
      "Vindt het fijn om verhalen te vertellen.",
      "Kinderen wonen ver weg en bellen eens per week.",
    ],
    ["Kent na de verhuizing niemand in de buurt.", "Is open en nieuwsgierig.", "Het netwerk zit vooral in het land van herkomst."],
  ],
  community_participation: [
    [
      "Spreekt nog weinig Nederlands en durft daardoor niet mee te doen in de buurt.",
      "Volgt een inburgeringscursus.",
      "Een landgenoot in de straat vertaalt soms.",
    ],
    ["Wil graag iets betekenen voor de buurt, maar weet niet waar te beginnen.", "Heeft veel tijd en is handig.", "Kerkgemeenschap kan contacten leggen."],
  ],
  justice: [["Heeft een stapel boetes en een lopende zaak en overziet het niet meer.", "Wil het netjes oplossen.", "Moeder gaat mee naar afspraken."]],
};

/** Plan goal per life domain. */
export const GOAL_TEXTS: Record<LifeDomain, string> = {
  finances: "Overzicht in de geldzaken en geen nieuwe achterstanden",
  work_education: "Een stap zetten richting werk of opleiding",
  daytime_activities: "Een vast ritme met zinvolle dagbesteding",
  housing: "Veilig en passend wonen",
  domestic_relations: "Rust en duidelijke afspraken in het gezin",
  mental_health: "Beter in je vel zitten en weer energie hebben",
  physical_health: "Meer bewegen en je lichamelijk sterker voelen",
  substance_use: "Minder gebruiken en grip houden",
  basic_adl: "Zelfstandig de dagelijkse verzorging blijven doen",
  instrumental_adl: "Post, boodschappen en huishouden weer onder controle",
  social_network: "Meer contact met mensen in de buurt",
  community_participation: "Meedoen in de buurt en de taal oefenen",
  justice: "Juridische zaken en boetes afhandelen",
};

/** Plan actions per owner; "{initiative}" is replaced by the referred initiative's title. */
export const ACTION_TEXTS = {
  household: [
    "Zelf één keer per week iets buiten de deur ondernemen",
    "Alle post in één map bewaren en meenemen naar het gesprek",
    "Een lijstje maken van wat goed gaat en wat lastig is",
    "Zelf contact opnemen met de verhuurder",
  ],
  network: ["Dochter gaat mee naar de eerste bijeenkomst", "Buurvrouw vragen om samen te gaan", "Broer helpt met het ordenen van de papieren"],
  initiative: ["Deelnemen aan {initiative}", "Kennismakingsgesprek bij {initiative}"],
  professional: [
    "Consulent belt na vier weken om te horen hoe het gaat",
    "Consulent zoekt uit welke regelingen er zijn",
    "Consulent bespreekt de situatie met de huisarts (met toestemming)",
  ],
} as const;

/** Why no initiative fitted, per life domain. */
export const UNMET_REASONS: Partial<Record<LifeDomain, string>> & { default: string } = {
  social_network: "Geen laagdrempelige ontmoetingsplek voor ouderen op loopafstand; de buurtkamer zit vol en is alleen 's ochtends open.",
  mental_health: "Geen mantelzorgondersteuning in de buurt op momenten dat de partner opvang heeft.",
  finances: "Geen geldhulp in de buurt met plek op korte termijn; de maatjes in Leidsche Rijn hebben een wachtlijst voor gezinnen.",
  community_participation: "Geen taalmaatjes of taalcafé in Kanaleneiland; Overvecht is te ver met de kinderen.",
  work_education: "Geen betaalbare huiswerkbegeleiding in Kanaleneiland voor kinderen van deze leeftijd.",
  housing: "Geen hulp bij kleine woningaanpassingen zonder lange wachttijd.",
  daytime_activities: "Geen dagbesteding in de buurt die past bij de interesses en het ritme.",
  default: "Geen passend aanbod gevonden binnen de reisafstand van het huishouden.",
};

export const CONTACT_NAMES = [
  "Mevrouw Bouzid",
  "Meneer de Wit",
  "Mevrouw Kaya",
  "Meneer Tesfay",
  "Mevrouw van den Berg",
  "Meneer Hassan",
  "Mevrouw Kowalska",
  "Meneer Bakker",
  "Mevrouw Shevchenko",
  "Meneer Janssen",
];

export const REFERRAL_MESSAGES = [
  "Mevrouw woont alleen en zou graag andere mensen ontmoeten. Ze is wat verlegen, dus een warm welkom helpt.",
  "Gezin heeft net een betalingsregeling. Graag een maatje dat ook met de kinderen rekening houdt.",
  "Meneer heeft een rollator; de eerste keer komt zijn dochter mee.",
  "Spreekt nog beperkt Nederlands, Engels gaat goed.",
  "Heeft veel meegemaakt het afgelopen jaar. Graag rustig kennismaken.",
  "Past goed bij jullie activiteit volgens het huishouden zelf.",
];

export const LOOKING_FOR = [
  "Contact met buurtgenoten en een vaste activiteit in de week",
  "Hulp bij het op orde brengen van de administratie",
  "Iets om handen en ritme in de week",
  "Steun van mensen in dezelfde situatie",
  "Oefenen met Nederlands in een ontspannen sfeer",
];

export const DECLINE_NOTES: Record<DeclineReason, string> = {
  no_capacity: "Helaas geen plek op dit moment, ook de wachtlijst is vol.",
  not_eligible: "Ons aanbod is alleen voor bewoners van Overvecht en Noordoost.",
  not_suitable: "Na het kennismakingsgesprek past een kleinere groep beter.",
  other: "We kunnen dit tijdelijk niet aanbieden.",
};
