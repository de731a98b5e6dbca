/**
 * Bulk data for `npm run bench`: N initiatives and M households with needs, added to a migrated
 * database that already holds the demo municipality (neighbourhoods, teams, organisations).
 *
 * Titles, summaries and tags are built from Dutch word lists tied to life domains and target
 * groups, so full-text search has a realistic selectivity: a specific word ("schuldhulp") hits a
 * few percent of listings, a common one ("buurt") many. Raw prepared statements in one
 * transaction: 20,000 initiatives and 100,000 households take seconds, not minutes.
 */
import { AGE_BANDS, LIFE_DOMAINS, TARGET_GROUPS, type LifeDomain, type TargetGroup } from "../app/domain/vocabulary";
import type { Db } from "../db/client";
import { createRng, type Rng } from "../db/seed/data/random";
import { slugify } from "../app/domain/slug";

export type BenchOptions = {
  initiatives: number;
  households: number;
  /**
   * Households per team (default 2,000, a big team): the demo teams are filled up to this size
   * first, the rest go to generated teams of this size, one neighbourhood each, so the workspace is measured
   * at a real team's size while the municipality-wide counts see every household.
   */
  teamSize?: number;
  seed?: number;
  now?: Date;
};
export type BenchCounts = {
  initiatives: number;
  scheduleSlots: number;
  households: number;
  teams: number;
  needs: number;
  unmetNeeds: number;
};

/** Activity nouns per life domain: the distinctive words of a title. */
const ACTIVITIES: Record<LifeDomain, string[]> = {
  finances: ["Schuldhulp", "Formulierenhulp", "Budgetcursus", "Geldspreekuur", "Thuisadministratie", "Belastinghulp", "Kledingruil", "Voedselpakket"],
  work_education: ["Huiswerkbegeleiding", "Bijles", "Sollicitatietraining", "Werkervaringsplek", "Computercursus", "Leesclub", "Rekenhulp", "Loopbaancoaching"],
  daytime_activities: ["Buurtmoestuin", "Creatief atelier", "Handwerkclub", "Houtwerkplaats", "Spelmiddag", "Muziekgroep", "Fotoclub", "Dagbesteding"],
  housing: ["Woonspreekuur", "Klussendienst", "Energiecoach", "Verhuishulp", "Woningaanpassing", "Huurdersoverleg"],
  domestic_relations: ["Opvoedspreekuur", "Oudercursus", "Gezinscoach", "Scheidingsgroep", "Relatiecursus", "Vaderavond"],
  mental_health: ["Rouwgroep", "Lotgenotengroep", "Mindfulnesscursus", "Herstelgroep", "Praatgroep", "Ontspanningsles", "Mantelzorgcafé"],
  physical_health: ["Wandelgroep", "Gymles", "Valpreventie", "Yogales", "Fietsles", "Zwemles", "Beweegtuin", "Kookworkshop"],
  substance_use: ["Stoppen met roken", "Alcoholgroep", "Preventieavond", "Herstelcafé", "Gokhulp"],
  basic_adl: ["Boodschappendienst", "Maaltijdservice", "Eetpunt", "Thuishulp", "Kapper aan huis"],
  instrumental_adl: ["Repair café", "Digicafé", "Computerhulp", "Fietsenwerkplaats", "Telefoonspreekuur", "Vervoersdienst"],
  social_network: ["Inloopochtend", "Taalcafé", "Maatjesproject", "Buurtkamer", "Koffieochtend", "Samen eten", "Buddyproject", "Ontmoetingsmiddag"],
  community_participation: ["Taalmaatje", "Buurtteam", "Vrijwilligerscentrale", "Bewonerscommissie", "Buurtfeest", "Opruimactie", "Buurtkrant"],
  justice: ["Juridisch spreekuur", "Buurtbemiddeling", "Nazorg detentie", "Boetespreekuur", "Jongerenjurist"],
};

const TAGS: Record<LifeDomain, string[]> = {
  finances: ["geld", "schulden", "toeslagen", "budget", "rekeningen", "armoede"],
  work_education: ["werk", "school", "leren", "cv", "opleiding", "diploma"],
  daytime_activities: ["hobby", "creatief", "buiten", "ritme", "tuinieren"],
  housing: ["wonen", "huur", "verhuizen", "energie", "klussen"],
  domestic_relations: ["opvoeding", "gezin", "ouders", "scheiding", "kinderen"],
  mental_health: ["rouw", "stress", "somberheid", "eenzaamheid", "ontspanning"],
  physical_health: ["bewegen", "sport", "gezond", "fit", "balans"],
  substance_use: ["roken", "alcohol", "drugs", "verslaving", "gokken"],
  basic_adl: ["verzorging", "maaltijd", "boodschappen", "thuis"],
  instrumental_adl: ["digitaal", "computer", "repareren", "vervoer", "post"],
  social_network: ["ontmoeting", "koffie", "contact", "gezelligheid", "maatje"],
  community_participation: ["vrijwilligers", "buurt", "meedoen", "taal", "samen"],
  justice: ["juridisch", "boete", "bemiddeling", "rechten", "bezwaar"],
};

const FOR_GROUP: Record<TargetGroup, string[]> = {
  elderly: ["voor ouderen", "voor 65-plussers", "voor senioren"],
  youth: ["voor jongeren", "voor tieners", "voor kinderen"],
  families: ["voor gezinnen", "voor ouders en kinderen", "voor jonge gezinnen"],
  newcomers: ["voor nieuwkomers", "voor statushouders", "voor anderstaligen"],
  carers: ["voor mantelzorgers", "voor jonge mantelzorgers"],
  disability: ["voor mensen met een beperking", "aangepast", "toegankelijk voor iedereen"],
  everyone: ["voor iedereen", "voor buurtbewoners", "voor de hele buurt"],
};

const PLACES = [
  "Lombok",
  "Oog in Al",
  "Zuilen",
  "Ondiep",
  "Pijlsweerd",
  "Kanaleneiland",
  "Transwijk",
  "Dichterswijk",
  "Rivierenwijk",
  "Hoograven",
  "Tolsteeg",
  "Lunetten",
  "Tuindorp",
  "Wittevrouwen",
  "Voordorp",
  "Overvecht",
  "Vechtzoom",
  "Terwijde",
  "Parkwijk",
  "Langerak",
  "Vleuten",
  "De Meern",
  "Haarzuilens",
  "Oudwijk",
  "Abstede",
  "Lauwerecht",
  "Votulast",
  "Halve Maan",
  "Welgelegen",
  "Elinkwijk",
];

const VENUES = [
  "het buurthuis",
  "de bibliotheek",
  "de buurtkamer",
  "het wijkcentrum",
  "de kerkzaal",
  "de sporthal",
  "het speeltuingebouw",
  "de moskee",
  "het MFA",
];
const STREETS = [
  "Kanaalstraat",
  "Amsterdamsestraatweg",
  "Zamenhofdreef",
  "Marshalllaan",
  "Rijnlaan",
  "Vleutenseweg",
  "Biltstraat",
  "Burgemeester Reigerstraat",
  "Grauwaartsingel",
  "Dorpsstraat",
  "Vasco da Gamalaan",
  "Prinses Margrietstraat",
  "Lunettenlaan",
  "Gambiadreef",
  "Oudegracht",
];

const OPENERS = [
  "Kom langs voor {a} {g} in {p}.",
  "Elke week {a} {g}, in {v}.",
  "{A} {g}: laagdrempelig en dichtbij, in {p}.",
  "Samen met buurtgenoten: {a} in {v} in {p}.",
  "Heb je vragen of zoek je contact? {A} {g}.",
];
const MIDDLES = [
  "Vrijwilligers uit de buurt helpen je op weg.",
  "Je hoeft je niet aan te melden, loop gerust binnen.",
  "Aanmelden kan via het wijkteam of rechtstreeks.",
  "Er is koffie en thee, en altijd tijd voor een praatje.",
  "We werken in kleine groepen, zodat er aandacht is voor iedereen.",
  "Een beroepskracht is aanwezig voor vragen.",
  "Ook voor wie nog weinig Nederlands spreekt.",
  "Met kinderopvang tijdens de bijeenkomst.",
];
const CLOSERS = [
  "Iedereen is welkom.",
  "Samen staan we sterker.",
  "Neem gerust iemand mee.",
  "Na afloop drinken we samen nog iets.",
  "Vraag naar de mogelijkheden met de U-pas.",
];

const EXTRA_LANGUAGES = ["en", "ar", "tr", "pl", "uk", "ti", "so", "fa", "es", "ber"];
const MOBILITY = ["walks", "bike", "public_transport", "car", "limited"] as const;
const BUDGETS = ["none", "low", "flexible"] as const;
const SLOT_TIMES = [
  ["09:00", "11:00"],
  ["09:30", "12:00"],
  ["10:00", "12:00"],
  ["13:00", "15:00"],
  ["13:30", "16:00"],
  ["14:00", "16:00"],
  ["15:30", "17:30"],
  ["17:00", "19:00"],
  ["19:00", "21:00"],
  ["19:30", "21:30"],
] as const;
const UNMET_REASONS = [
  "Geen passend aanbod binnen de reisafstand.",
  "Het enige aanbod heeft een wachtlijst van maanden.",
  "Aanbod is alleen overdag en past niet bij werk of zorg.",
  "Geen aanbod in de taal van het huishouden.",
  "Aanbod is te duur voor het huishouden.",
];

/** Skewed pick: earlier items are more common, like real listings (lots of social, few justice). */
function skewed<T>(rng: Rng, items: readonly T[]): T {
  const r = rng.next();
  return items[Math.floor(r * r * items.length)]!;
}

const DOMAINS_BY_FREQUENCY: LifeDomain[] = [
  "social_network",
  "community_participation",
  "daytime_activities",
  "finances",
  "physical_health",
  "mental_health",
  "work_education",
  "instrumental_adl",
  "domestic_relations",
  "housing",
  "basic_adl",
  "substance_use",
  "justice",
];

const DAY_MS = 86_400_000;

/** Adds generated initiatives and households; prints nothing, returns what it added. */
export function generateBenchData(db: Db, options: BenchOptions): BenchCounts {
  const rng = createRng(options.seed ?? 42);
  const now = (options.now ?? new Date()).getTime();
  const sqlite = db.$client;

  const orgs = sqlite.prepare("select id, name, email, website from organisations where verified_at is not null").all() as {
    id: number;
    name: string;
    email: string | null;
    website: string | null;
  }[];
  const postcodes = sqlite.prepare("select pc4, neighbourhood_id as nbh, lat, lng from postcodes").all() as {
    pc4: string;
    nbh: number;
    lat: number;
    lng: number;
  }[];
  const teamRows = sqlite
    .prepare(
      `select t.id, group_concat(distinct p.pc4) as pc4s,
              (select group_concat(user_id) from team_members m where m.team_id = t.id) as members
       from teams t join team_neighbourhoods tn on tn.team_id = t.id join postcodes p on p.neighbourhood_id = tn.neighbourhood_id
       group by t.id`,
    )
    .all() as { id: number; pc4s: string; members: string | null }[];
  if (orgs.length === 0 || postcodes.length === 0 || teamRows.length === 0) {
    throw new Error("generateBenchData needs a database with the demo municipality (run the demo seed first)");
  }
  const teamsList = teamRows.map((t) => ({ id: t.id, pc4s: t.pc4s.split(","), members: t.members ? t.members.split(",") : [] }));
  const teamSize = options.teamSize ?? 2_000;
  const householdsOf = sqlite.prepare("select count(*) from households where team_id = ?").pluck();
  const room = teamsList.map((t) => Math.max(0, teamSize - (householdsOf.get(t.id) as number)));
  const pc4sByNeighbourhood = new Map<number, string[]>();
  for (const p of postcodes) pc4sByNeighbourhood.set(p.nbh, [...(pc4sByNeighbourhood.get(p.nbh) ?? []), p.pc4]);
  const neighbourhoods = [...pc4sByNeighbourhood].map(([nbh, pc4s]) => ({ nbh, pc4s }));
  const insertTeam = sqlite.prepare("insert into teams (slug, name, email, created_at) values (?, ?, ?, ?)");
  const insertTeamNeighbourhood = sqlite.prepare("insert into team_neighbourhoods (team_id, neighbourhood_id) values (?, ?)");
  const teamOffset = (sqlite.prepare("select coalesce(max(id), 0) as n from teams").get() as { n: number }).n;
  /** The team of the next household: the first team with room, a new generated team when all are full. */
  const nextTeam = () => {
    let index = room.findIndex((r) => r > 0);
    if (index === -1) {
      const n = teamOffset + teamsList.length + 1;
      const neighbourhood = neighbourhoods[teamsList.length % neighbourhoods.length]!;
      const id = Number(insertTeam.run(`bench-team-${n}`, `Bench-wijkteam ${n}`, null, now - 400 * DAY_MS).lastInsertRowid);
      insertTeamNeighbourhood.run(id, neighbourhood.nbh);
      teamsList.push({ id, pc4s: neighbourhood.pc4s, members: [] });
      room.push(teamSize);
      counts.teams++;
      index = teamsList.length - 1;
    }
    room[index]!--;
    return teamsList[index]!;
  };
  // Continue numbering after what is there, so the generator can run more than once.
  const offset = (sqlite.prepare("select coalesce(max(id), 0) as n from initiatives").get() as { n: number }).n;
  const householdOffset = (sqlite.prepare("select coalesce(max(id), 0) as n from households").get() as { n: number }).n;

  const insertInitiative = sqlite.prepare(`
    insert into initiatives (slug, organisation_id, title, summary, description, kind, status, tags, is_online, address, postcode,
      neighbourhood_id, lat, lng, is_free, cost_note, capacity, participants_outside_referrals, min_age, max_age, accepts_referrals,
      wheelchair_accessible, hearing_loop, contact_name, contact_email, website, last_confirmed_at, published_at, created_at, updated_at)
    values (@slug, @organisationId, @title, @summary, @description, @kind, @status, @tags, @isOnline, @address, @postcode,
      @neighbourhoodId, @lat, @lng, @isFree, @costNote, @capacity, @outside, @minAge, @maxAge, @acceptsReferrals,
      @wheelchair, @hearingLoop, @contactName, @contactEmail, @website, @lastConfirmedAt, @publishedAt, @createdAt, @createdAt)`);
  const insertDomain = sqlite.prepare("insert into initiative_domains (initiative_id, domain) values (?, ?)");
  const insertGroup = sqlite.prepare("insert into initiative_target_groups (initiative_id, target_group) values (?, ?)");
  const insertLanguage = sqlite.prepare("insert into initiative_languages (initiative_id, language) values (?, ?)");
  const insertSlot = sqlite.prepare("insert into schedule_slots (initiative_id, weekday, start_time, end_time) values (?, ?, ?, ?)");
  const insertHousehold = sqlite.prepare(`
    insert into households (team_id, reference, pc4, adults, languages, mobility, max_travel_km, available_days, budget,
      needs_wheelchair_access, needs_hearing_loop, consultant_id, created_by, created_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertChild = sqlite.prepare("insert into household_children (household_id, age_band) values (?, ?)");
  const insertNeed = sqlite.prepare("insert into needs (household_id, domain, score, status, unmet_reason, unmet_at, created_at) values (?, ?, ?, ?, ?, ?, ?)");

  const counts: BenchCounts = { initiatives: 0, scheduleSlots: 0, households: 0, teams: 0, needs: 0, unmetNeeds: 0 };

  // A large page cache keeps the one big transaction (and the FTS index) in memory.
  const previousCacheSize = sqlite.pragma("cache_size", { simple: true }) as number;
  sqlite.pragma("cache_size = -262144");
  sqlite.transaction(() => {
    for (let i = 1; i <= options.initiatives; i++) {
      const domains = pickDomains(rng);
      const groups = rng.sample(TARGET_GROUPS, rng.chance(0.35) ? 2 : 1);
      const activity = rng.pick(ACTIVITIES[domains[0]!]);
      const forGroup = rng.pick(FOR_GROUP[groups[0]!]);
      const place = rng.pick(PLACES);
      const venue = rng.pick(VENUES);
      const kindRoll = rng.next();
      const kind = kindRoll < 0.55 ? "activity" : kindRoll < 0.85 ? "service" : "volunteers";
      const title =
        kind === "volunteers"
          ? `Vrijwilligers gezocht: ${activity.toLowerCase()} ${place}`
          : rng.chance(0.5)
            ? `${activity} ${place}`
            : `${activity} ${forGroup}`;
      const fill = (s: string) =>
        s.replace("{a}", activity.toLowerCase()).replace("{A}", activity).replace("{g}", forGroup).replace("{p}", place).replace("{v}", venue);
      const summary = fill(rng.pick(OPENERS));
      const description = `${summary} ${rng.pick(MIDDLES)} ${rng.pick(MIDDLES)} ${rng.pick(CLOSERS)}`;
      const tags = [...new Set(domains.flatMap((d) => rng.sample(TAGS[d], 2)))].join(" ");

      const statusRoll = rng.next();
      const status =
        statusRoll < 0.88 ? "published" : statusRoll < 0.92 ? "paused" : statusRoll < 0.96 ? "archived" : statusRoll < 0.98 ? "submitted" : "draft";
      const isOnline = rng.chance(0.05);
      const pc = rng.pick(postcodes);
      const capacity = rng.chance(0.5) ? null : rng.int(4, 40);
      const outside = capacity === null ? rng.int(0, 10) : rng.int(0, capacity);
      const ageRoll = rng.next();
      const [minAge, maxAge] = ageRoll < 0.1 ? [65, null] : ageRoll < 0.18 ? [12, 18] : ageRoll < 0.22 ? [4, 12] : ageRoll < 0.26 ? [18, null] : [null, null];
      const createdAt = now - rng.int(30, 900) * DAY_MS;
      const lastConfirmedAt = Math.max(createdAt, now - rng.int(0, 400) * DAY_MS);
      const org = rng.pick(orgs);

      const { lastInsertRowid } = insertInitiative.run({
        slug: `${slugify(title)}-${(offset + i).toString(36)}`,
        organisationId: org.id,
        title,
        summary,
        description,
        kind,
        status,
        tags,
        isOnline: isOnline ? 1 : 0,
        address: isOnline ? null : `${rng.pick(STREETS)} ${rng.int(1, 250)}`,
        postcode: isOnline ? null : `${pc.pc4} ${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`,
        neighbourhoodId: isOnline ? null : pc.nbh,
        lat: isOnline ? null : pc.lat + (rng.next() - 0.5) * 0.008,
        lng: isOnline ? null : pc.lng + (rng.next() - 0.5) * 0.012,
        isFree: rng.chance(0.7) ? 1 : 0,
        costNote: null,
        capacity,
        outside,
        minAge,
        maxAge,
        acceptsReferrals: kind !== "volunteers" && rng.chance(0.75) ? 1 : 0,
        wheelchair: rng.chance(0.7) ? 1 : 0,
        hearingLoop: rng.chance(0.25) ? 1 : 0,
        contactName: null,
        contactEmail: org.email,
        website: org.website,
        lastConfirmedAt,
        publishedAt: status === "submitted" || status === "draft" ? null : createdAt + DAY_MS,
        createdAt,
      });
      const id = Number(lastInsertRowid);
      for (const d of domains) insertDomain.run(id, d);
      for (const g of groups) insertGroup.run(id, g);
      insertLanguage.run(id, "nl");
      if (rng.chance(0.3)) for (const l of rng.sample(EXTRA_LANGUAGES, rng.int(1, 2))) insertLanguage.run(id, l);
      if (!rng.chance(0.15)) {
        for (const weekday of rng.sample([1, 2, 3, 4, 5, 6, 7], rng.int(1, 3))) {
          const [start, end] = rng.pick(SLOT_TIMES);
          insertSlot.run(id, weekday, start, end);
          counts.scheduleSlots++;
        }
      }
      counts.initiatives++;
    }

    for (let i = 1; i <= options.households; i++) {
      const team = nextTeam();
      const consultant = team.members.length > 0 ? rng.pick(team.members) : null;
      const mobility = rng.pick(MOBILITY);
      const createdAt = now - rng.int(1, 720) * DAY_MS;
      const { lastInsertRowid } = insertHousehold.run(
        team.id,
        `BENCH-${(householdOffset + i).toString().padStart(6, "0")}`,
        rng.pick(team.pc4s),
        rng.chance(0.55) ? 1 : 2,
        JSON.stringify(rng.chance(0.6) ? ["nl"] : ["nl", rng.pick(EXTRA_LANGUAGES)]),
        mobility,
        { walks: 2, bike: 5, public_transport: 8, car: 15, limited: 1.5 }[mobility],
        JSON.stringify(rng.sample([1, 2, 3, 4, 5, 6, 7], rng.int(1, 6)).sort((a, b) => a - b)),
        rng.pick(BUDGETS),
        mobility === "limited" && rng.chance(0.4) ? 1 : 0,
        rng.chance(0.05) ? 1 : 0,
        consultant,
        consultant,
        createdAt,
      );
      const householdId = Number(lastInsertRowid);
      if (rng.chance(0.4)) for (let c = rng.int(1, 3); c > 0; c--) insertChild.run(householdId, rng.pick(AGE_BANDS));

      const needDomains = rng.sample(LIFE_DOMAINS, rng.int(1, 4));
      for (const domain of needDomains) {
        const statusRoll = rng.next();
        const status = statusRoll < 0.35 ? "open" : statusRoll < 0.7 ? "referred" : statusRoll < 0.85 ? "unmet" : "resolved";
        const unmetAt = status === "unmet" ? Math.min(now, createdAt + rng.int(7, 365) * DAY_MS) : null;
        insertNeed.run(householdId, domain, rng.int(1, 3), status, unmetAt ? rng.pick(UNMET_REASONS) : null, unmetAt, createdAt);
        counts.needs++;
        if (status === "unmet") counts.unmetNeeds++;
      }
      counts.households++;
    }
  })();
  sqlite.pragma(`cache_size = ${previousCacheSize}`);

  return counts;
}

/** One to three distinct domains, the first (primary) skewed towards the common ones. */
function pickDomains(rng: Rng): LifeDomain[] {
  const first = skewed(rng, DOMAINS_BY_FREQUENCY);
  const n = rng.chance(0.5) ? 1 : rng.chance(0.7) ? 2 : 3;
  const rest = rng.sample(
    LIFE_DOMAINS.filter((d) => d !== first),
    n - 1,
  );
  return [first, ...rest];
}
