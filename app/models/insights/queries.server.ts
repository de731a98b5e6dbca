/**
 * The grouped queries behind the insights pages. Every query returns counts per group or the
 * bare numbers a median needs (dates), never a household id or anything that names one.
 * Households are placed in a neighbourhood by their PC4; "scope" narrows to teams and/or neighbourhoods.
 */
import { sql, type SQL } from "drizzle-orm";
import type { HouseholdTargetGroup, LifeDomain, ReferralStatus } from "~/domain/vocabulary";
import { inTargetGroupSql } from "~/models/matching.server";
import { db } from "~/utils/db.server";

export type Scope = {
  /** Only households (and collective needs) of these teams; null = the whole municipality. */
  teamIds: number[] | null;
  /** Only households living in (and listings and needs in) these neighbourhoods; null = every neighbourhood. */
  neighbourhoodIds: number[] | null;
  /** Only referrals to this organisation's initiatives. */
  organisationId?: number;
};

const list = (ids: number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * Conditions on `households` (joined with `postcodes p`) for the scope. The unary plus keeps
 * SQLite from starting at every household of a team: these queries start from the period's
 * referrals, which are far fewer.
 */
function householdScope(scope: Scope): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (scope.teamIds) parts.push(scope.teamIds.length ? sql`+households.team_id in (${list(scope.teamIds)})` : sql`0 = 1`);
  if (scope.neighbourhoodIds) parts.push(scope.neighbourhoodIds.length ? sql`+p.neighbourhood_id in (${list(scope.neighbourhoodIds)})` : sql`0 = 1`);
  return sql.join(parts, sql` and `);
}

/**
 * Conditions on `needs n` for the scope, from the team and neighbourhood each need carries (migration
 * insights_need_placement): counted from an index, without visiting households.
 */
function needScope(scope: Scope): SQL {
  const parts: SQL[] = [sql`n.neighbourhood_id is not null`];
  if (scope.teamIds) parts.push(scope.teamIds.length ? sql`n.team_id in (${list(scope.teamIds)})` : sql`0 = 1`);
  if (scope.neighbourhoodIds) parts.push(scope.neighbourhoodIds.length ? sql`n.neighbourhood_id in (${list(scope.neighbourhoodIds)})` : sql`0 = 1`);
  return sql.join(parts, sql` and `);
}

function referralScope(scope: Scope): SQL {
  return scope.organisationId === undefined ? householdScope(scope) : sql`${householdScope(scope)} and i.organisation_id = ${scope.organisationId}`;
}

export type GapRow = { neighbourhood: number; domain: LifeDomain; n: number };

/** Households with a need marked unmet in the period, per neighbourhood and life domain; optionally only those of one target group. */
export function unmetNeedsPerNeighbourhood(scope: Scope, since: number, targetGroup: HouseholdTargetGroup | null): GapRow[] {
  const byGroup = targetGroup ? sql`and ${inTargetGroupSql(targetGroup)}` : sql``;
  const households_ = targetGroup ? sql`join households on households.id = n.household_id` : sql``;
  return db.all<GapRow>(sql`
    select n.neighbourhood_id as neighbourhood, n.domain as domain, count(distinct n.household_id) as n
    from needs n
    ${households_}
    where n.unmet_at >= ${since} and ${needScope(scope)} ${byGroup}
    group by n.neighbourhood_id, n.domain`);
}

/** Directory searches that found nothing, per neighbourhood and life domain (searches name no household). */
export function zeroResultSearchesPerNeighbourhood(neighbourhoodIds: number[] | null, since: number, targetGroup: HouseholdTargetGroup | null): GapRow[] {
  const inNeighbourhoods = neighbourhoodIds ? (neighbourhoodIds.length ? sql`and neighbourhood_id in (${list(neighbourhoodIds)})` : sql`and 0 = 1`) : sql``;
  const group = targetGroup ? sql`and target_group = ${targetGroup}` : sql``;
  return db.all<GapRow>(sql`
    select neighbourhood_id as neighbourhood, domain, count(*) as n from search_gaps
    where created_at >= ${since} and neighbourhood_id is not null and domain is not null ${inNeighbourhoods} ${group}
    group by neighbourhood_id, domain`);
}

export type StageRow = { unit: number; status: ReferralStatus; n: number };

/**
 * Referrals sent in the period that ever reached each status, per organisation (or per
 * initiative, for one organisation's own view).
 */
export function referralStages(scope: Scope, since: number): StageRow[] {
  const unit = scope.organisationId === undefined ? sql`i.organisation_id` : sql`i.id`;
  return db.all<StageRow>(sql`
    select ${unit} as unit, e.to_status as status, count(distinct r.id) as n
    from referrals r
    join initiatives i on i.id = r.initiative_id
    join households on households.id = r.household_id
    join postcodes p on p.pc4 = households.pc4
    join referral_events e on e.referral_id = r.id
    where r.sent_at >= ${since} and ${referralScope(scope)}
    group by unit, e.to_status`);
}

export type DeclineRow = { unit: number; reason: string; n: number };

export function declineReasons(scope: Scope, since: number): DeclineRow[] {
  const unit = scope.organisationId === undefined ? sql`i.organisation_id` : sql`i.id`;
  return db.all<DeclineRow>(sql`
    select ${unit} as unit, coalesce(r.decline_reason, 'other') as reason, count(*) as n
    from referrals r
    join initiatives i on i.id = r.initiative_id
    join households on households.id = r.household_id
    join postcodes p on p.pc4 = households.pc4
    where r.status = 'declined' and r.sent_at >= ${since} and ${referralScope(scope)}
    group by unit, reason`);
}

export type AnswerRow = { unit: number; sentAt: number; answeredAt: number | null };

/** When each referral of the period was sent and answered: for medians and "unanswered after 5 working days". */
export function answerTimes(scope: Scope, since: number): AnswerRow[] {
  const unit = scope.organisationId === undefined ? sql`i.organisation_id` : sql`i.id`;
  return db.all<AnswerRow>(sql`
    select ${unit} as unit, r.sent_at as sentAt, r.answered_at as answeredAt
    from referrals r
    join initiatives i on i.id = r.initiative_id
    join households on households.id = r.household_id
    join postcodes p on p.pc4 = households.pc4
    where r.sent_at >= ${since} and ${referralScope(scope)}`);
}

export type OutcomeRow = { household: number; domain: LifeDomain; kind: string; initiative: number; before: number; after: number; closedAt: number };

/**
 * Completed referrals of the period whose household had a later intake, with the ZRM score of
 * the referral's life domain before (the need) and at that first later intake. The household id
 * only serves to count each household once per group; it never leaves the insights model.
 */
export function outcomesAfterCompletion(scope: Scope, since: number): OutcomeRow[] {
  return db.all<OutcomeRow>(sql`
    select * from (
      select r.household_id as household, n.domain as domain, i.kind as kind, i.id as initiative, n.score as before,
        r.closed_at as closedAt,
        (select ia.score from intakes it join intake_answers ia on ia.intake_id = it.id and ia.domain = n.domain
          where it.household_id = r.household_id and it.completed_at > r.closed_at and ia.score is not null
          order by it.completed_at limit 1) as after
      from referrals r
      join needs n on n.id = r.need_id
      join initiatives i on i.id = r.initiative_id
      join households on households.id = r.household_id
      join postcodes p on p.pc4 = households.pc4
      where r.status = 'completed' and r.closed_at >= ${since} and ${referralScope(scope)}
    ) where after is not null`);
}

function collectiveScope(scope: Scope): SQL {
  const parts: SQL[] = [sql`cn.status <> 'draft'`];
  if (scope.teamIds) parts.push(scope.teamIds.length ? sql`cn.team_id in (${list(scope.teamIds)})` : sql`0 = 1`);
  if (scope.neighbourhoodIds) parts.push(scope.neighbourhoodIds.length ? sql`cn.neighbourhood_id in (${list(scope.neighbourhoodIds)})` : sql`0 = 1`);
  return sql.join(parts, sql` and `);
}

export type CollectiveRow = { status: string; publishedAt: number | null; answeredAt: number | null };

/** Published collective needs of the period (public records), with the dates a median needs. */
export function collectiveNeedsOfPeriod(scope: Scope, since: number): CollectiveRow[] {
  return db.all<CollectiveRow>(sql`
    select cn.status as status, cn.published_at as publishedAt, cn.answered_at as answeredAt
    from collective_needs cn where ${collectiveScope(scope)} and cn.published_at >= ${since}`);
}

export type ChecklistRow = { needId: number; slug: string; title: string; kind: string; quantity: number; pledged: number };

/** Checklists of the open and in-progress needs, with what has been pledged toward each item. */
export function openChecklists(scope: Scope): ChecklistRow[] {
  return db.all<ChecklistRow>(sql`
    select cn.id as needId, cn.slug as slug, cn.title as title, ci.kind as kind, ci.quantity as quantity,
      coalesce((select sum(pl.amount) from pledges pl where pl.checklist_item_id = ci.id and pl.withdrawn_at is null), 0) as pledged
    from collective_needs cn join checklist_items ci on ci.collective_need_id = cn.id
    where ${collectiveScope(scope)} and cn.status in ('open', 'in_progress')
    order by cn.published_at desc, cn.id, ci.id`);
}

function listingScope(neighbourhoodIds: number[] | null): SQL {
  return neighbourhoodIds ? (neighbourhoodIds.length ? sql`and i.neighbourhood_id in (${list(neighbourhoodIds)})` : sql`and 0 = 1`) : sql``;
}

export type ListingRow = { neighbourhood: number | null; domain: LifeDomain; n: number; stale: number; placesFree: number | null };

/** Published listings per neighbourhood and life domain: how many, how many stale, and places free. */
export function listingsPerNeighbourhood(neighbourhoodIds: number[] | null, staleBefore: number): ListingRow[] {
  return db.all<ListingRow>(sql`
    select i.neighbourhood_id as neighbourhood, d.domain as domain, count(*) as n,
      sum(i.last_confirmed_at < ${staleBefore}) as stale,
      sum(case when i.capacity is null then null
               else max(0, i.capacity - i.participants_outside_referrals - coalesce(held.n, 0)) end) as placesFree
    from initiatives i
    join initiative_domains d on d.initiative_id = i.id
    left join (select initiative_id, count(*) as n from referrals where status in ('accepted', 'started') group by initiative_id) held
      on held.initiative_id = i.id
    where i.status = 'published' ${listingScope(neighbourhoodIds)}
    group by i.neighbourhood_id, d.domain`);
}

export type WaitingRow = { organisations: number; listings: number };

export function waitingForReview(): WaitingRow {
  return db.get<WaitingRow>(sql`
    select (select count(*) from organisations where verified_at is null) as organisations,
           (select count(*) from initiatives where status = 'submitted') as listings`);
}

export type MonthRow = { series: string; month: number; n: number };

/**
 * Counts per month (index into `months`, each a start in UTC ms; the last month runs on), one
 * counted range per month so the needs come straight from their indexes.
 */
export function monthlyActivity(scope: Scope, months: { start: number }[]): MonthRow[] {
  if (months.length === 0) return [];
  const bounds = sql.join(
    months.map((m, i) => sql`(${i}, ${m.start}, ${months[i + 1]?.start ?? Number.MAX_SAFE_INTEGER})`),
    sql`, `,
  );
  const ns = needScope(scope);
  const hs = householdScope(scope);
  return db.all<MonthRow>(sql`
    with m(i, lo, hi) as (values ${bounds})
    select 'needs' as series, m.i as month,
      (select count(*) from needs n where n.created_at >= m.lo and n.created_at < m.hi and ${ns}) as n from m
    union all
    select 'unmet', m.i, (select count(*) from needs n where n.unmet_at >= m.lo and n.unmet_at < m.hi and ${ns}) from m
    union all
    select 'referrals', m.i, (select count(*)
      from referrals r join households on households.id = r.household_id join postcodes p on p.pc4 = households.pc4
      where r.sent_at >= m.lo and r.sent_at < m.hi and ${hs}) from m
    union all
    select 'answered', m.i, (select count(*) from collective_needs cn
      where cn.answered_at >= m.lo and cn.answered_at < m.hi and ${collectiveScope(scope)}) from m`);
}

export type NamedRow = { id: number; name: string; slug: string };

export function namesOf(table: "organisations" | "initiatives" | "neighbourhoods", ids: number[]): NamedRow[] {
  if (ids.length === 0) return [];
  const name = table === "initiatives" ? sql`title` : sql`name`;
  return db.all<NamedRow>(sql`select id, ${name} as name, slug from ${sql.identifier(table)} where id in (${list(ids)}) order by name`);
}
