/**
 * Matching use cases around the pure ranking in app/matching: loading the directory into
 * MatchInitiative[] (cached per process), ranking for a household's need, and unmet needs.
 */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import {
  householdChildren,
  households,
  initiativeDomains,
  initiativeLanguages,
  initiatives,
  initiativeTargetGroups,
  needs,
  neighbourhoods,
  organisations,
  postcodes,
  scheduleSlots,
} from "~db/schema";
import { AGE_BANDS, type AgeBand, type HouseholdTargetGroup, type LifeDomain, type TargetGroup } from "~/domain/vocabulary";
import { rankInitiatives, type ExclusionReason, type Match, type MatchHousehold, type MatchInitiative, type MatchNarrowing, type Weekday } from "~/matching";
import { recordAudit } from "~/models/audit.server";
import { activeConsent } from "~/models/consent.server";
import { householdFor } from "~/models/household-scope.server";
import { loadConversationNotes, type DomainNotes } from "~/models/intake.server";
import { placesLeft } from "~/domain/places";
import { placesTaken } from "~/models/places.server";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";

type DirectoryCache = {
  /** Database triggers raise these on every write to a listing or its details, and to a referral or sign-up (decision 014). */
  listingsVersion: number;
  placesVersion: number;
  initiatives: MatchInitiative[];
  byId: Map<number, MatchInitiative>;
  capacity: Map<number, { capacity: number | null; outside: number }>;
};

let cache: DirectoryCache | null = null;

function readVersions() {
  return db.get<{ listings: number; places: number }>(
    sql`select (select version from listings_version where id = 1) as listings, (select version from places_version where id = 1) as places`,
  );
}

/** Every published listing as MatchInitiative, one query per table, reused until something changes. */
export function loadMatchInitiatives(): MatchInitiative[] {
  const versions = readVersions();
  if (!cache || cache.listingsVersion !== versions.listings) {
    cache = { ...loadListings(), listingsVersion: versions.listings, placesVersion: -1 };
  }
  if (cache.placesVersion !== versions.places) {
    applyPlaces(cache);
    cache.placesVersion = versions.places;
  }
  return cache.initiatives;
}

/** Drops the cache; for tests and after bulk imports. */
export function clearMatchCache() {
  cache = null;
}

function loadListings(): Pick<DirectoryCache, "initiatives" | "byId" | "capacity"> {
  const rows = db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      acceptsReferrals: initiatives.acceptsReferrals,
      lat: initiatives.lat,
      lng: initiatives.lng,
      isOnline: initiatives.isOnline,
      isFree: initiatives.isFree,
      costNote: initiatives.costNote,
      wheelchairAccessible: initiatives.wheelchairAccessible,
      hearingLoop: initiatives.hearingLoop,
      minAge: initiatives.minAge,
      maxAge: initiatives.maxAge,
      capacity: initiatives.capacity,
      participantsOutsideReferrals: initiatives.participantsOutsideReferrals,
      lastConfirmedAt: initiatives.lastConfirmedAt,
    })
    .from(initiatives)
    .where(eq(initiatives.status, "published"))
    .orderBy(initiatives.id)
    .all();
  const byId = new Map<number, MatchInitiative>();
  const capacity = new Map<number, { capacity: number | null; outside: number }>();
  const list = rows.map((row): MatchInitiative => {
    const initiative: MatchInitiative = {
      id: row.id,
      title: row.title,
      status: "published",
      acceptsReferrals: row.acceptsReferrals,
      domains: [],
      targetGroups: [],
      lat: row.lat,
      lng: row.lng,
      isOnline: row.isOnline,
      weekdays: [],
      languages: [],
      // Not known (null) stays unknown, which ranks neutral. Older listings stored plain checkboxes,
      // where an unticked box did not mean "no": "not free" counts only with a cost described, and
      // a wheelchair "no" is not held against a listing.
      isFree: row.isFree === null ? null : row.isFree || (row.costNote ? false : null),
      wheelchairAccessible: row.wheelchairAccessible ? true : null,
      hearingLoop: row.hearingLoop ? true : null,
      minAge: row.minAge,
      maxAge: row.maxAge,
      placesAvailable: null,
      lastConfirmedAt: row.lastConfirmedAt.toISOString(),
    };
    byId.set(row.id, initiative);
    capacity.set(row.id, { capacity: row.capacity, outside: row.participantsOutsideReferrals });
    return initiative;
  });

  // Insertion order (rowid) keeps the organiser's primary domain first.
  for (const row of db
    .select({ id: initiativeDomains.initiativeId, domain: initiativeDomains.domain })
    .from(initiativeDomains)
    .orderBy(sql`rowid`)
    .all()) {
    byId.get(row.id)?.domains.push(row.domain);
  }
  for (const row of db.select({ id: initiativeTargetGroups.initiativeId, group: initiativeTargetGroups.targetGroup }).from(initiativeTargetGroups).all()) {
    byId.get(row.id)?.targetGroups.push(row.group);
  }
  for (const row of db.select({ id: initiativeLanguages.initiativeId, language: initiativeLanguages.language }).from(initiativeLanguages).all()) {
    byId.get(row.id)?.languages.push(row.language.toLowerCase());
  }
  for (const row of db
    .selectDistinct({ id: scheduleSlots.initiativeId, weekday: scheduleSlots.weekday })
    .from(scheduleSlots)
    .orderBy(scheduleSlots.initiativeId, scheduleSlots.weekday)
    .all()) {
    if (row.weekday >= 1 && row.weekday <= 7) byId.get(row.id)?.weekdays.push(row.weekday as Weekday);
  }
  return { initiatives: list, byId, capacity };
}

function applyPlaces(target: DirectoryCache) {
  const held = placesTaken(db);
  for (const initiative of target.initiatives) {
    const limits = target.capacity.get(initiative.id);
    initiative.placesAvailable = limits ? placesLeft(limits.capacity, limits.outside, held.get(initiative.id) ?? 0) : null;
  }
}

/*
 * Target groups from a household's composition (the only age of an adult kept is "someone is 65
 * or older", and nothing says who is a carer, so "carers" stays unknown):
 *   children aged 0–11            → families (and youth when there are also children of 12+)
 *   children aged 12–23 only      → youth
 *   someone aged 65 or older      → elderly
 *   wheelchair, hearing loop or limited mobility → disability
 *   languages known, none of them Dutch         → newcomers
 * For counting unmet needs each household gets ONE group: the first that applies in the order
 * families, youth, elderly, disability, newcomers; a household with none of them counts as "everyone".
 */
const YOUNG_BANDS: readonly AgeBand[] = ["0-3", "4-11"];

export type Composition = {
  childBands: AgeBand[];
  hasOlderAdult?: boolean;
  languages: string[];
  mobility: string | null;
  needsWheelchairAccess: boolean;
  needsHearingLoop: boolean;
};

export function targetGroupsOf(household: Composition): TargetGroup[] {
  const groups: TargetGroup[] = [];
  const young = household.childBands.some((band) => YOUNG_BANDS.includes(band));
  const older = household.childBands.some((band) => !YOUNG_BANDS.includes(band));
  if (young) groups.push("families");
  if (older) groups.push("youth");
  if (household.hasOlderAdult) groups.push("elderly");
  if (household.needsWheelchairAccess || household.needsHearingLoop || household.mobility === "limited") {
    groups.push("disability");
  }
  if (household.languages.length > 0 && !household.languages.includes("nl")) groups.push("newcomers");
  return groups;
}

/** The one group a household is counted under for unmet needs (see the rule above). */
export function primaryTargetGroup(household: Composition): TargetGroup {
  return targetGroupsOf(household)[0] ?? "everyone";
}

/** In SQL over `households`: the household belongs to the group (any of its groups, not only the first). */
export function inTargetGroupSql(group: HouseholdTargetGroup) {
  const hasChild = (bands: readonly AgeBand[]) =>
    sql`exists (select 1 from ${householdChildren} c where c.household_id = ${households.id} and c.age_band in (${sql.join(
      bands.map((b) => sql`${b}`),
      sql`, `,
    )}))`;
  switch (group) {
    case "families":
      return hasChild(YOUNG_BANDS);
    case "youth":
      return hasChild(AGE_BANDS.filter((band) => !YOUNG_BANDS.includes(band)));
    case "elderly":
      return sql`${households.hasOlderAdult} = 1`;
    case "disability":
      return sql`(${households.needsWheelchairAccess} = 1 or ${households.needsHearingLoop} = 1 or ${households.mobility} = 'limited')`;
    case "newcomers":
      return sql`(${households.languages} <> '[]' and not exists (select 1 from json_each(${households.languages}) where value = 'nl'))`;
  }
}

/** Middle of each child age band, for the age filters of listings. */
const BAND_AGE: Record<AgeBand, number> = { "0-3": 2, "4-11": 8, "12-17": 15, "18-23": 20 };

type HouseholdRow = typeof households.$inferSelect;

/** The matching view of a household: where it is, what it can do, who is in it. */
export function matchHouseholdOf(household: HouseholdRow, childBands: AgeBand[], centroid: { lat: number; lng: number } | undefined) {
  const composition: Composition = { ...household, childBands };
  const result: MatchHousehold = {
    lat: centroid?.lat ?? null,
    lng: centroid?.lng ?? null,
    maxTravelKm: household.maxTravelKm,
    availableDays: household.availableDays.filter((d): d is Weekday => d >= 1 && d <= 7),
    languages: household.languages.map((l) => l.toLowerCase()),
    needsWheelchairAccess: household.needsWheelchairAccess,
    needsHearingLoop: household.needsHearingLoop,
    budget: household.budget,
    targetGroups: targetGroupsOf(composition),
    // Adults' ages are never recorded, so ages are only known for a household of children alone.
    memberAges: household.adults === 0 ? childBands.map((band) => BAND_AGE[band]) : [],
  };
  return result;
}

export type TeamNeedContext = {
  household: HouseholdRow;
  need: typeof needs.$inferSelect;
  childBands: AgeBand[];
};

/**
 * A need with its household, only when the actor works in the household's team (outsiders get
 * "not_found", as for any household). A need of another household is "not_found" too.
 */
function loadTeamNeed(
  actor: Actor,
  input: { householdId: number; needId: number },
): { ok: true; value: TeamNeedContext } | { ok: false; error: "not_found" | "forbidden" } {
  const access = householdFor(db, actor, input.householdId, "household.view");
  if (!access.ok) return access;
  const household = access.household;
  const need = db
    .select()
    .from(needs)
    .where(and(eq(needs.id, input.needId), eq(needs.householdId, household.id)))
    .get();
  if (!need) return { ok: false, error: "not_found" };
  const childBands = db
    .select({ band: householdChildren.ageBand })
    .from(householdChildren)
    .where(eq(householdChildren.householdId, household.id))
    .all()
    .map((row) => row.band);
  return { ok: true, value: { household, need, childBands } };
}

export type MatchRow = Match & {
  title: string;
  slug: string;
  organisationName: string;
  neighbourhoodName: string | null;
};

export type ExclusionGroup = { reason: ExclusionReason; count: number; examples: { id: number; title: string }[] };

export type FindMatchesResult = {
  household: { id: number; reference: string; consent: boolean };
  need: { id: number; domain: LifeDomain; score: number; status: string; unmetReason: string | null };
  /** What the household said about this need's domain at the kitchen table. */
  notes: DomainNotes | null;
  matches: MatchRow[];
  total: number;
  excluded: ExclusionGroup[];
};

const EXCLUSION_EXAMPLES = 8;

/** Ranked initiatives for one need of a household of the actor's team, with reasons. */
export function findMatches(
  actor: Actor,
  input: { householdId: number; needId: number; narrow?: MatchNarrowing; includeExcluded?: boolean; limit?: number; now?: Date },
): { ok: true; value: FindMatchesResult } | { ok: false; error: "not_found" | "forbidden" } {
  const context = loadTeamNeed(actor, input);
  if (!context.ok) return context;
  const { household, need, childBands } = context.value;
  const centroid = db.select({ lat: postcodes.lat, lng: postcodes.lng }).from(postcodes).where(eq(postcodes.pc4, household.pc4)).get();
  const directory = loadMatchInitiatives();
  const result = rankInitiatives(
    { domain: need.domain, score: need.score as 1 | 2 | 3 | 4 | 5 },
    matchHouseholdOf(household, childBands, centroid),
    directory,
    { now: input.now ?? new Date(), narrow: input.narrow, includeExcluded: input.includeExcluded, limit: input.limit },
  );

  const ids = result.matches.map((m) => m.initiativeId);
  const details = new Map(
    (ids.length === 0
      ? []
      : db
          .select({
            id: initiatives.id,
            title: initiatives.title,
            slug: initiatives.slug,
            organisationName: organisations.name,
            neighbourhoodName: neighbourhoods.name,
          })
          .from(initiatives)
          .innerJoin(organisations, eq(organisations.id, initiatives.organisationId))
          .leftJoin(neighbourhoods, eq(neighbourhoods.id, initiatives.neighbourhoodId))
          .where(inArray(initiatives.id, ids))
          .all()
    ).map((row) => [row.id, row]),
  );
  const matches = result.matches.flatMap((match): MatchRow[] => {
    const detail = details.get(match.initiativeId);
    return detail
      ? [{ ...match, title: detail.title, slug: detail.slug, organisationName: detail.organisationName, neighbourhoodName: detail.neighbourhoodName }]
      : [];
  });

  recordAudit(db, actor, { action: "view", entityType: "need", entityId: need.id, householdId: household.id, detail: "matches" });
  return {
    ok: true,
    value: {
      household: { id: household.id, reference: household.reference, consent: activeConsent(db, household.id) !== null },
      need: { id: need.id, domain: need.domain, score: need.score, status: need.status, unmetReason: need.unmetReason },
      notes: loadConversationNotes(db, household.id)[need.domain] ?? null,
      matches,
      total: result.total,
      excluded: groupExclusions(result.excluded, cache?.byId ?? new Map()),
    },
  };
}

function groupExclusions(excluded: { initiativeId: number; reason: ExclusionReason }[], byId: Map<number, MatchInitiative>) {
  const groups = new Map<ExclusionReason, ExclusionGroup>();
  for (const { initiativeId, reason } of excluded) {
    let group = groups.get(reason);
    if (!group) groups.set(reason, (group = { reason, count: 0, examples: [] }));
    group.count++;
    if (group.examples.length < EXCLUSION_EXAMPLES) group.examples.push({ id: initiativeId, title: byId.get(initiativeId)?.title ?? "" });
  }
  return [...groups.values()];
}

export type MarkUnmetResult = { ok: true } | { ok: false; error: "not_found" | "forbidden" | "not_open" };

/** Nothing in the directory fits: the need becomes evidence for a collective need. */
export function markNeedUnmet(actor: Actor, input: { needId: number; reason: string; now?: Date }): MarkUnmetResult {
  const need = db.select().from(needs).where(eq(needs.id, input.needId)).get();
  if (!need) return { ok: false, error: "not_found" };
  const access = householdFor(db, actor, need.householdId, "household.edit");
  if (!access.ok) return access;
  if (need.status !== "open" && need.status !== "referred") return { ok: false, error: "not_open" };
  db.transaction((tx) => {
    tx.update(needs)
      .set({ status: "unmet", unmetReason: input.reason, unmetAt: input.now ?? new Date() })
      .where(eq(needs.id, input.needId))
      .run();
    recordAudit(tx, actor, { action: "update", entityType: "need", entityId: input.needId, householdId: need.householdId, detail: "unmet" });
  });
  return { ok: true };
}

export type UnmetCount = {
  neighbourhoodId: number;
  neighbourhoodName: string;
  domain: LifeDomain;
  targetGroup: TargetGroup;
  /** Households (not needs): one household with the same unmet need twice counts once. */
  households: number;
};

/**
 * Unmet needs of open households per neighbourhood × life domain × target group (rule above), largest
 * first. A team member sees their teams' households; "all" is for the platform's own use
 * (admins, collective-need evidence, benchmarks).
 */
export function countUnmetNeeds(scope: Actor | "all", filter: { neighbourhoodId?: number; domain?: LifeDomain } = {}): UnmetCount[] {
  // Each need carries its household's team, neighbourhood, target group and closed state (kept by
  // triggers, decision 020), so this reads one index and never visits a household.
  const conditions = [eq(needs.status, "unmet"), eq(needs.householdClosed, false)];
  if (scope !== "all" && !scope.isAdmin) {
    const teamIds = scope.teams.map((t) => t.id);
    if (teamIds.length === 0) return [];
    conditions.push(inArray(needs.teamId, teamIds));
  }
  if (filter.neighbourhoodId !== undefined) conditions.push(eq(needs.neighbourhoodId, filter.neighbourhoodId));
  if (filter.domain !== undefined) conditions.push(eq(needs.domain, filter.domain));
  const groups = db
    .select({
      neighbourhoodId: needs.neighbourhoodId,
      domain: needs.domain,
      targetGroup: needs.targetGroup,
      households: sql<number>`count(distinct ${needs.householdId})`.as("household_count"),
    })
    .from(needs)
    .where(and(...conditions))
    .groupBy(needs.neighbourhoodId, needs.domain, needs.targetGroup)
    .as("groups");
  return db
    .select({
      neighbourhoodId: neighbourhoods.id,
      neighbourhoodName: neighbourhoods.name,
      domain: groups.domain,
      targetGroup: sql<TargetGroup>`${groups.targetGroup}`,
      households: groups.households,
    })
    .from(groups)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, groups.neighbourhoodId))
    .orderBy(desc(groups.households), asc(neighbourhoods.name), asc(groups.domain), asc(groups.targetGroup))
    .all();
}
