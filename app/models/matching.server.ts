/**
 * Matching use cases around the pure ranking in app/matching: loading the directory into
 * MatchInitiative[] (cached per process), ranking for a household's need, and unmet needs.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
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
  participations,
  referralEvents,
  scheduleSlots,
} from "~db/schema";
import { AGE_BANDS, type AgeBand, type HouseholdTargetGroup, type LifeDomain, type TargetGroup } from "~/domain/vocabulary";
import {
  rankInitiatives,
  type ExclusionReason,
  type Match,
  type MatchHousehold,
  type MatchInitiative,
  type MatchNarrowing,
  type Weekday,
} from "~/matching";
import { recordAudit } from "~/models/audit.server";
import { activeConsent } from "~/models/consent.server";
import { householdFor } from "~/models/household-scope.server";
import { loadConversationNotes, type DomainNotes } from "~/models/intake.server";
import { placesLeft } from "~/domain/places";
import { placesTaken } from "~/models/places.server";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";

type DirectoryCache = {
  /** Changes whenever a listing or its domains, groups, languages or schedule change. */
  listingsVersion: string;
  listingsCheckedAt: number;
  /** Changes whenever a referral is created or changes state. */
  placesVersion: string;
  initiatives: MatchInitiative[];
  byId: Map<number, MatchInitiative>;
  capacity: Map<number, { capacity: number | null; outside: number }>;
};

let cache: DirectoryCache | null = null;

/**
 * Listing edits reach matching within this time. Checking them scans the listings' update times
 * (a few ms at 20,000 listings), so it is not done on every request.
 */
export const LISTINGS_RECHECK_MS = 2000;

type ListingsVersionRow = { initiativeCount: number; initiativeLatest: number | null; detailCount: number };

/** Counts come from the b-trees' sizes; only max(updated_at) reads every listing. */
function readListingsVersion(): string {
  const row = db.get<ListingsVersionRow>(sql`select
      (select count(*) from ${initiatives}) as initiativeCount,
      (select max(${initiatives.updatedAt}) from ${initiatives}) as initiativeLatest,
      (select count(*) from ${initiativeDomains}) + (select count(*) from ${initiativeTargetGroups})
        + (select count(*) from ${initiativeLanguages}) + (select count(*) from ${scheduleSlots}) as detailCount`);
  return `${row.initiativeCount}:${row.initiativeLatest}:${row.detailCount}`;
}

/**
 * Every change of a referral's state writes an event (referral.server.ts), so the newest event id
 * tells; a sign-up in the site changes the newest sign-up or end time and the active count.
 */
function readPlacesVersion(): string {
  const row = db.get<{ latest: number | null; signUps: string }>(sql`select max(${referralEvents.id}) as latest,
    (select count(*) filter (where ${participations.status} = 'active') || ':' || coalesce(max(max(${participations.signedUpAt}), coalesce(max(${participations.endedAt}), 0)), 0)
       from ${participations}) as signUps
    from ${referralEvents}`);
  return `${row.latest ?? 0}:${row.signUps}`;
}

/** Every published listing as MatchInitiative, one query per table, reused until something changes. */
export function loadMatchInitiatives(now = Date.now()): MatchInitiative[] {
  if (!cache || now - cache.listingsCheckedAt >= LISTINGS_RECHECK_MS) {
    const listingsVersion = readListingsVersion();
    if (!cache || cache.listingsVersion !== listingsVersion) {
      cache = { ...loadListings(), listingsVersion, listingsCheckedAt: now, placesVersion: "" };
    } else {
      cache.listingsCheckedAt = now;
    }
  }
  const placesVersion = readPlacesVersion();
  if (cache.placesVersion !== placesVersion) {
    applyPlaces(cache);
    cache.placesVersion = placesVersion;
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
      // The directory stores plain flags: an unticked box is unknown, not a "no" (unknown is neutral);
      // "not free" is only known when a cost is described.
      isFree: row.isFree ? true : row.costNote ? false : null,
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
  for (const row of db
    .select({ id: initiativeTargetGroups.initiativeId, group: initiativeTargetGroups.targetGroup })
    .from(initiativeTargetGroups)
    .all()) {
    byId.get(row.id)?.targetGroups.push(row.group);
  }
  for (const row of db
    .select({ id: initiativeLanguages.initiativeId, language: initiativeLanguages.language })
    .from(initiativeLanguages)
    .all()) {
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

/** Per household: whether it has young children (0–11) and any children at all; one pass over the table. */
export const childrenPerHousehold = sql`(select ${householdChildren.householdId} as household_id,
    max(${householdChildren.ageBand} in ('0-3', '4-11')) as young
  from ${householdChildren} group by ${householdChildren.householdId})`;

/** The same rule in SQL (over `kids`, the join of childrenPerHousehold), for counting without loading households. */
export const primaryTargetGroupSql = sql`case
  when kids.young = 1 then 'families'
  when kids.household_id is not null then 'youth'
  when ${households.hasOlderAdult} = 1 then 'elderly'
  when ${households.needsWheelchairAccess} = 1 or ${households.needsHearingLoop} = 1 or ${households.mobility} = 'limited' then 'disability'
  when ${households.languages} <> '[]' and not exists (select 1 from json_each(${households.languages}) where value = 'nl') then 'newcomers'
  else 'everyone' end`;

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
export function loadTeamNeed(
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
    return detail ? [{ ...match, title: detail.title, slug: detail.slug, organisationName: detail.organisationName, neighbourhoodName: detail.neighbourhoodName }] : [];
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
 * Unmet needs of open households per wijk × life domain × target group (rule above), largest
 * first. A team member sees their teams' households; "all" is for the platform's own use
 * (admins, collective-need evidence, benchmarks).
 */
export function countUnmetNeeds(
  scope: Actor | "all",
  filter: { neighbourhoodId?: number; domain?: LifeDomain } = {},
): UnmetCount[] {
  const conditions = [eq(needs.status, "unmet"), isNull(households.closedAt)];
  if (scope !== "all" && !scope.isAdmin) {
    const teamIds = scope.teams.map((t) => t.id);
    if (teamIds.length === 0) return [];
    conditions.push(inArray(households.teamId, teamIds));
  }
  if (filter.neighbourhoodId !== undefined) conditions.push(eq(postcodes.neighbourhoodId, filter.neighbourhoodId));
  if (filter.domain !== undefined) conditions.push(eq(needs.domain, filter.domain));
  const targetGroup = sql<TargetGroup>`${primaryTargetGroupSql}`.as("target_group");
  return db
    .select({
      neighbourhoodId: postcodes.neighbourhoodId,
      neighbourhoodName: neighbourhoods.name,
      domain: needs.domain,
      targetGroup,
      households: sql<number>`count(distinct ${households.id})`.as("household_count"),
    })
    .from(needs)
    .innerJoin(households, eq(households.id, needs.householdId))
    .innerJoin(postcodes, eq(postcodes.pc4, households.pc4))
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, postcodes.neighbourhoodId))
    .leftJoin(sql`${childrenPerHousehold} kids`, sql`kids.household_id = ${households.id}`)
    .where(and(...conditions))
    .groupBy(postcodes.neighbourhoodId, needs.domain, sql`target_group`)
    .orderBy(sql`household_count desc`, neighbourhoods.name, needs.domain, sql`target_group`)
    .all();
}
