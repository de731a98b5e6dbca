/**
 * Insights use cases: the team's, the municipality's and an organisation's numbers, and the
 * public figures of a neighbourhood. Each checks the actor first; only protected counts come back.
 */
import { sql } from "drizzle-orm";
import { LIFE_DOMAINS, INITIATIVE_KINDS, type HouseholdTargetGroup, type LifeDomain } from "~/domain/vocabulary";
import { staleBefore } from "~/domain/freshness";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import {
  amsterdamMonths,
  checklistTable,
  HOUSEHOLD_SERIES,
  outcomesByDomainAndKind,
  stageCounts,
  STAGES,
  trendCounts,
  collectiveTable,
  declinesTable,
  directoryTable,
  gapTable,
  listingsTable,
  outcomesTable,
  periodStart,
  stagesTable,
  timingTable,
  trendsTable,
  type Unit,
} from "./aggregate";
import { protectTable, protectTables } from "./suppression";
import * as q from "./queries.server";
import type { DisplayTable, Period, TableId } from "./types";

export type GapMeasure = "unmet" | "searches";
export type InsightsInput = { months: Period; neighbourhood: string | null; targetGroup: HouseholdTargetGroup | null; measure: GapMeasure };
export type NeighbourhoodOption = { id: number; slug: string; name: string };

export type InsightsReport = {
  neighbourhoods: NeighbourhoodOption[];
  /** The neighbourhood filter, when it names one of `neighbourhoods`. */
  neighbourhood: NeighbourhoodOption | null;
  tables: {
    gaps: DisplayTable;
    stages: DisplayTable;
    declines: DisplayTable;
    timing: DisplayTable;
    outcomesByDomain: DisplayTable;
    outcomesByKind: DisplayTable;
    collective: DisplayTable;
    checklists: DisplayTable;
    listings: DisplayTable;
    directory: DisplayTable;
    trends: DisplayTable;
  };
  collectiveMedianDays: number | null;
  waiting: { organisations: number; listings: number } | null;
};

export type Refusal = { ok: false; error: "forbidden" };

const TREND_MONTHS = 24;

function allNeighbourhoods(): NeighbourhoodOption[] {
  return db.all<NeighbourhoodOption>(sql`select id, slug, name from neighbourhoods order by name`);
}

function teamNeighbourhoods(teamIds: number[]): NeighbourhoodOption[] {
  if (teamIds.length === 0) return [];
  return db.all<NeighbourhoodOption>(sql`
    select distinct n.id, n.slug, n.name from team_neighbourhoods tn join neighbourhoods n on n.id = tn.neighbourhood_id
    where tn.team_id in (${sql.join(
      teamIds.map((id) => sql`${id}`),
      sql`, `,
    )}) order by n.name`);
}

function buildReport(
  scope: { teamIds: number[] | null },
  neighbourhoods: NeighbourhoodOption[],
  input: InsightsInput,
  links: { neighbourhood: (neighbourhood: NeighbourhoodOption) => string; gapCell: (neighbourhood: NeighbourhoodOption, domain: LifeDomain) => string },
  now: Date,
  withWaiting: boolean,
): InsightsReport {
  const neighbourhood = neighbourhoods.find((w) => w.slug === input.neighbourhood) ?? null;
  const shown = neighbourhood ? [neighbourhood] : neighbourhoods;
  // The municipality without a neighbourhood filter needs no neighbourhood condition at all (and no postcode lookup).
  const neighbourhoodIds = neighbourhood ? [neighbourhood.id] : scope.teamIds ? neighbourhoods.map((w) => w.id) : null;
  const s: q.Scope = { teamIds: scope.teamIds, neighbourhoodIds };
  const since = periodStart(now, input.months);
  const trendMonths = amsterdamMonths(now, TREND_MONTHS);
  const neighbourhoodUnits = shown.map((w) => ({ id: w.id, name: w.name, href: links.neighbourhood(w), option: w }));

  const gapRows =
    input.measure === "unmet"
      ? q.unmetNeedsPerNeighbourhood(s, since, input.targetGroup)
      : q.zeroResultSearchesPerNeighbourhood(
          shown.map((w) => w.id),
          since,
          input.targetGroup,
        );

  const stageRows = q.referralStages(s, since);
  const declineRows = q.declineReasons(s, since);
  const answerRows = q.answerTimes(s, since);
  const orgIds = [...new Set([...answerRows, ...stageRows, ...declineRows].map((r) => r.unit))];
  const organisations: Unit[] = q.namesOf("organisations", orgIds).map((o) => ({ id: o.id, name: o.name, href: `/organisaties/${o.slug}` }));
  const orgHeader = { key: "insights.table.organisation" };

  // Every referral of the period was sent: the "sent" column counts them, the same referrals the
  // last months of the trends count, so both tables are protected together.
  const stageRowsAll = stageCounts(stageRows, organisations);
  const sentAt = STAGES.indexOf("sent");
  organisations.forEach((o, i) => (stageRowsAll[i]![sentAt] = answerRows.filter((r) => r.unit === o.id).length));
  const trendRows = trendCounts(q.monthlyActivity(s, trendMonths), trendMonths);
  const periodMonths = trendMonths.length - input.months;
  const [stagesProtected, trendsProtected] = protectTables(
    [{ counts: stageRowsAll, wanted: { columnTotals: true } }, { counts: trendRows.map((m) => HOUSEHOLD_SERIES.map((series) => m[series])) }],
    [
      [
        [{ table: 0, columnTotal: sentAt }],
        trendMonths.slice(periodMonths).map((_, i) => ({ table: 1, row: periodMonths + i, column: HOUSEHOLD_SERIES.indexOf("referrals") })),
      ],
    ],
  );
  const outcomes = q.outcomesAfterCompletion(s, since);
  const outcomeTables = outcomesByDomainAndKind(
    outcomes,
    LIFE_DOMAINS.map((d) => ({ key: d, head: { key: `vocab.domain.${d}` } })),
    INITIATIVE_KINDS.map((k) => ({ key: k as string, head: { key: `vocab.kind.${k}` } })),
  );
  const collective = collectiveTable(q.collectiveNeedsOfPeriod(s, since));
  const listingRows = q.listingsPerNeighbourhood(
    shown.map((w) => w.id),
    staleBefore(now).getTime(),
  );

  return {
    neighbourhoods,
    neighbourhood,
    tables: {
      gaps: gapTable(gapRows, neighbourhoodUnits, (unit, domain) => links.gapCell(unit.option, domain)),
      stages: stagesTable(organisations, orgHeader, stagesProtected!),
      declines: declinesTable(declineRows, organisations, orgHeader),
      timing: timingTable(answerRows, organisations, orgHeader, now),
      outcomesByDomain: outcomeTables.byDomain,
      outcomesByKind: outcomeTables.byKind,
      collective: collective.table,
      checklists: checklistTable(q.openChecklists(s)),
      listings: listingsTable(
        listingRows,
        shown.map((w) => ({ id: w.id, name: w.name, href: `/wijken/${w.slug}` })),
      ),
      directory: directoryTable(listingRows),
      trends: trendsTable(trendMonths, trendRows, trendsProtected!),
    },
    collectiveMedianDays: collective.medianDaysToAnswer,
    waiting: withWaiting ? q.waitingForReview() : null,
  };
}

/** The team's own neighbourhoods and households: consultants and coordinators. */
export function getTeamInsights(actor: Actor, input: InsightsInput, now = new Date()): { ok: true; report: InsightsReport } | Refusal {
  const teamIds = actor.teams.filter((t) => can(actor, "insights.view_team", { teamId: t.id })).map((t) => t.id);
  if (teamIds.length === 0) return { ok: false, error: "forbidden" };
  const links = {
    neighbourhood: (w: NeighbourhoodOption) => `/werkplek/signalen?${new URLSearchParams({ wijk: w.slug })}`,
    gapCell: (w: NeighbourhoodOption, domain: LifeDomain) => `/werkplek/signalen?${new URLSearchParams({ wijk: w.slug, domein: domain })}`,
  };
  return { ok: true, report: buildReport({ teamIds }, teamNeighbourhoods(teamIds), input, links, now, false) };
}

/** The whole municipality, or one neighbourhood: policy advisors and admins. */
export function getMunicipalityInsights(actor: Actor, input: InsightsInput, now = new Date()): { ok: true; report: InsightsReport } | Refusal {
  if (!can(actor, "insights.view_municipality")) return { ok: false, error: "forbidden" };
  const neighbourhood = (w: NeighbourhoodOption) => `/wijken/${w.slug}`;
  return { ok: true, report: buildReport({ teamIds: null }, allNeighbourhoods(), input, { neighbourhood, gapCell: neighbourhood }, now, true) };
}

export type OrganisationInsights = { stages: DisplayTable; declines: DisplayTable; timing: DisplayTable; outcomes: DisplayTable };

/** One organisation's own initiatives: how referrals went and what changed for households after. */
export function getOrganisationInsights(
  actor: Actor,
  organisationId: number,
  months: Period,
  now = new Date(),
): { ok: true; insights: OrganisationInsights } | Refusal {
  if (!can(actor, "insights.view_organisation", { organisationId })) return { ok: false, error: "forbidden" };
  const s: q.Scope = { teamIds: null, neighbourhoodIds: null, organisationId };
  const since = periodStart(now, months);
  const initiatives: Unit[] = db
    .all<{
      id: number;
      title: string;
    }>(sql`select id, title from initiatives where organisation_id = ${organisationId} and status in ('published', 'paused') order by title`)
    .map((i) => ({ id: i.id, name: i.title, href: `/mijn-organisatie/${organisationId}/initiatieven/${i.id}` }));
  const header = { key: "insights.table.initiative" };
  const outcomes = q.outcomesAfterCompletion(s, since);
  return {
    ok: true,
    insights: {
      stages: stagesTable(initiatives, header, protectTable(stageCounts(q.referralStages(s, since), initiatives), { columnTotals: true })),
      declines: declinesTable(q.declineReasons(s, since), initiatives, header),
      timing: timingTable(q.answerTimes(s, since), initiatives, header, now),
      outcomes: outcomesTable(
        "outcomesByInitiative",
        outcomes,
        (r) => r.initiative,
        initiatives.map((i) => ({ key: i.id, head: { text: i.name }, href: i.href })),
        header,
      ),
    },
  };
}

export type NeighbourhoodFigures = { directory: DisplayTable; placesFree: number; openNeeds: number; answeredNeeds: number };

/** "De wijk in cijfers": public numbers only (listings, places, collective needs). */
export function getNeighbourhoodFigures(neighbourhoodId: number, now = new Date()): NeighbourhoodFigures {
  const rows = q.listingsPerNeighbourhood([neighbourhoodId], staleBefore(now).getTime());
  const needs = db.get<{ open: number; answered: number }>(sql`
    select coalesce(sum(status in ('open', 'in_progress')), 0) as open, coalesce(sum(status = 'answered'), 0) as answered
    from collective_needs where neighbourhood_id = ${neighbourhoodId}`);
  // Each listing once, however many life domains it has.
  const places = db.get<{ n: number | null }>(sql`
    select sum(max(0, i.capacity - i.participants_outside_referrals
      - (select count(*) from referrals r where r.initiative_id = i.id and r.status in ('accepted', 'started')))) as n
    from initiatives i where i.status = 'published' and i.capacity is not null and i.neighbourhood_id = ${neighbourhoodId}`);
  return {
    directory: directoryTable(rows),
    placesFree: places.n ?? 0,
    openNeeds: needs.open,
    answeredNeeds: needs.answered,
  };
}

/** One table of a report by its id, for the CSV download. */
export function getDisplayTable(report: InsightsReport, id: TableId): DisplayTable | null {
  return id in report.tables ? report.tables[id as keyof InsightsReport["tables"]] : null;
}
