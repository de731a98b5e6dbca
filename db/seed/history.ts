/**
 * Two years of demo history beside the named demo records: 400 closed households with intakes,
 * re-intakes, referrals through every outcome, unmet needs, searches without results and
 * answered or closed collective needs, so every insights chart has real numbers.
 *
 * The story: loneliness (social network) in Overvecht rises until the morning drop-in
 * "Inloopochtend Buurtkamer Zamenhof" starts; households referred there afterwards mostly score
 * better on social network at their next intake. Deterministic (own seeded PRNG, dates from `now`).
 * Every household here is closed and every referral finished, so caseloads, inboxes and signals
 * show only the named demo records.
 */
import { sql } from "drizzle-orm";
import { LIFE_DOMAINS, type DeclineReason, type LifeDomain, type ReferralStatus } from "../../app/domain/vocabulary";
import type { Tx } from "../client";
import {
  checklistItems,
  collectiveNeedEvidence,
  collectiveNeeds,
  consents,
  households,
  intakeAnswers,
  intakes,
  needs,
  referralEvents,
  referrals,
  searchGaps,
} from "../schema";
import { createRng, type Rng } from "./data/random";

const DAY = 86_400_000;
const HOUSEHOLDS = 400;
const MONTHS = 24;
const STORY_INITIATIVE = "inloopochtend-buurtkamer-zamenhof";
/** Common needs first: how often each domain comes up at an intake. */
const DOMAIN_WEIGHTS: [LifeDomain, number][] = [
  ["finances", 14],
  ["social_network", 14],
  ["mental_health", 10],
  ["daytime_activities", 9],
  ["physical_health", 9],
  ["community_participation", 8],
  ["work_education", 8],
  ["instrumental_adl", 7],
  ["housing", 6],
  ["domestic_relations", 6],
  ["basic_adl", 4],
  ["substance_use", 3],
  ["justice", 2],
];

type Team = { id: number; slug: string; consultants: string[]; pc4s: { pc4: string; neighbourhood: number; neighbourhoodSlug: string }[] };
type Offer = { id: number; domains: LifeDomain[]; neighbourhood: number | null; owner: string | null; slug: string; publishedAt: number };

function weighted<T>(rng: Rng, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let roll = rng.next() * total;
  for (const [item, w] of items) if ((roll -= w) < 0) return item;
  return items[items.length - 1]![0];
}

export function seedHistory(tx: Tx, { now, seed }: { now: Date; seed: number }) {
  const rng = createRng(seed);
  const end = now.getTime() - 30 * DAY;
  const start = now.getTime() - MONTHS * 30.4 * DAY;

  const teams: Team[] = tx.all<{ id: number; slug: string }>(sql`select id, slug from teams order by id`).map((t) => ({
    ...t,
    consultants: tx.all<{ user_id: string }>(sql`select user_id from team_members where team_id = ${t.id} order by user_id`).map((r) => r.user_id),
    pc4s: tx.all<{ pc4: string; neighbourhood: number; neighbourhoodSlug: string }>(sql`
        select p.pc4 as pc4, n.id as neighbourhood, n.slug as neighbourhoodSlug from team_neighbourhoods tn
        join neighbourhoods n on n.id = tn.neighbourhood_id join postcodes p on p.neighbourhood_id = n.id
        where tn.team_id = ${t.id} order by p.pc4`),
  }));
  const offers: Offer[] = tx
    .all<{ id: number; slug: string; neighbourhood: number | null; owner: string | null; publishedAt: number; domains: string }>(
      sql`
      select i.id, i.slug, i.neighbourhood_id as neighbourhood, i.published_at as publishedAt,
        (select m.user_id from organisation_members m where m.organisation_id = i.organisation_id and m.role = 'owner' limit 1) as owner,
        (select group_concat(domain) from initiative_domains d where d.initiative_id = i.id) as domains
      from initiatives i where i.status = 'published' and i.accepts_referrals = 1 order by i.id`,
    )
    .map((o) => ({ ...o, domains: o.domains.split(",") as LifeDomain[] }));
  const story = offers.find((o) => o.slug === STORY_INITIATIVE);
  if (!story || teams.length === 0) throw new Error("Demo history: the demo municipality is missing");
  const storyStart = story.publishedAt;
  const overvecht = teams.find((t) => t.slug === "wijkteam-overvecht")!;
  const overvechtNeighbourhood = overvecht.pc4s.find((p) => p.neighbourhoodSlug === "overvecht")!.neighbourhood;

  const unmetNeeds: { id: number; team: number; neighbourhood: number; domain: LifeDomain; at: number }[] = [];
  let sequence = 0;
  for (let i = 0; i < HOUSEHOLDS; i++) {
    const created = start + ((end - start) * i) / HOUSEHOLDS + rng.int(0, 5) * DAY;
    const team = rng.chance(0.45) ? overvecht : rng.pick(teams);
    const place =
      team === overvecht && rng.chance(0.7) ? rng.pick(overvecht.pc4s.filter((p) => p.neighbourhood === overvechtNeighbourhood)) : rng.pick(team.pc4s);
    const consultant = team.consultants.length ? rng.pick(team.consultants) : null;
    const inOvervecht = place.neighbourhood === overvechtNeighbourhood;
    // Loneliness among older residents in Overvecht grows until the drop-in starts.
    const lonely = inOvervecht && rng.chance(created < storyStart ? 0.3 + 0.4 * ((created - start) / Math.max(DAY, storyStart - start)) : 0.35);
    const elderly = lonely && rng.chance(0.8);
    const { id: householdId } = tx
      .insert(households)
      .values({
        teamId: team.id,
        reference: `HIST-${new Date(created).getUTCFullYear()}-${String(++sequence).padStart(4, "0")}`,
        pc4: place.pc4,
        adults: rng.int(1, 2),
        // The lonely older residents of the story, and some older households elsewhere (no draw, so the rest of the history stays as it was).
        hasOlderAdult: elderly || (!lonely && sequence % 6 === 0),
        languages: rng.chance(0.8) ? ["nl"] : rng.pick([["ar"], ["tr", "nl"], ["uk"], ["en"]]),
        mobility: elderly ? rng.pick(["walks", "limited", "public_transport"] as const) : rng.pick(["walks", "bike", "public_transport", "car"] as const),
        availableDays: [1, 2, 3, 4, 5],
        budget: rng.pick(["none", "low", "flexible"] as const),
        consultantId: consultant,
        createdBy: consultant,
        createdAt: new Date(created),
      })
      .returning({ id: households.id })
      .get();
    const intakeAt = created + 7 * DAY;
    tx.insert(consents)
      .values({
        householdId,
        givenOn: new Date(intakeAt).toISOString().slice(0, 10),
        scope: "Gegevens delen met organisaties waarnaar het wijkteam verwijst",
        recordedBy: consultant,
        createdAt: new Date(intakeAt),
      })
      .run();

    const domains = new Set<LifeDomain>(lonely ? ["social_network"] : []);
    const wanted = rng.int(1, 3);
    while (domains.size < wanted) domains.add(weighted(rng, DOMAIN_WEIGHTS));
    const scores = new Map<LifeDomain, number>(LIFE_DOMAINS.map((d) => [d, domains.has(d) ? rng.int(1, 3) : rng.chance(0.6) ? 5 : 4]));
    const { id: intakeId } = tx
      .insert(intakes)
      .values({ householdId, conductedBy: consultant, completedAt: new Date(intakeAt), createdAt: new Date(intakeAt) })
      .returning({ id: intakes.id })
      .get();
    tx.insert(intakeAnswers)
      .values(LIFE_DOMAINS.map((domain) => ({ intakeId, domain, score: scores.get(domain)! })))
      .run();

    let lastEvent = intakeAt;
    const after = new Map(scores);
    let completedAt: number | null = null;
    for (const domain of domains) {
      const isStory = domain === "social_network" && inOvervecht;
      const fitting = isStory && intakeAt >= storyStart ? [story] : offers.filter((o) => o.domains.includes(domain) && o.publishedAt < intakeAt && o !== story);
      const unmetChance = isStory ? (intakeAt < storyStart ? 0.75 : 0.15) : 0.2;
      const unmet = fitting.length === 0 || rng.chance(unmetChance);
      const unmetAt = unmet ? intakeAt + rng.int(3, 20) * DAY : null;
      const offer = unmet ? null : rng.pick(fitting);
      const outcome: ReferralStatus | null = offer
        ? weighted<ReferralStatus>(
            rng,
            isStory
              ? [
                  ["completed", 8],
                  ["stopped", 1],
                  ["withdrawn", 1],
                ]
              : [
                  ["completed", 45],
                  ["declined", 14],
                  ["withdrawn", 9],
                  ["could_not_contact", 7],
                  ["stopped", 8],
                ],
          )
        : null;
      const { id: needId } = tx
        .insert(needs)
        .values({
          householdId,
          intakeId,
          domain,
          score: scores.get(domain)!,
          status: unmet ? "unmet" : outcome === "completed" ? "resolved" : "open",
          unmetReason: unmet ? "Geen passend aanbod in de buurt gevonden." : null,
          unmetAt: unmetAt ? new Date(Math.min(unmetAt, now.getTime() - DAY)) : null,
          createdAt: new Date(intakeAt),
        })
        .returning({ id: needs.id })
        .get();
      if (unmet) {
        unmetNeeds.push({ id: needId, team: team.id, neighbourhood: place.neighbourhood, domain, at: unmetAt! });
        continue;
      }
      const closed = insertReferral(tx, rng, {
        householdId,
        needId,
        offer: offer!,
        consultant,
        sentAt: intakeAt + rng.int(1, 6) * DAY,
        outcome: outcome!,
        now: now.getTime(),
      });
      lastEvent = Math.max(lastEvent, closed);
      if (outcome === "completed") {
        completedAt = Math.max(completedAt ?? 0, closed);
        const change = isStory
          ? weighted(rng, [
              [1, 6],
              [2, 3],
              [0, 1],
            ])
          : weighted(rng, [
              [1, 50],
              [0, 35],
              [-1, 15],
            ]);
        after.set(domain, Math.min(5, Math.max(1, scores.get(domain)! + change)));
      }
    }
    // A re-intake some weeks after the last completed referral, when there was time for it.
    const reIntakeAt = completedAt === null ? null : completedAt + rng.int(20, 60) * DAY;
    if (reIntakeAt !== null && reIntakeAt < now.getTime() - 2 * DAY) {
      const { id: secondId } = tx
        .insert(intakes)
        .values({ householdId, conductedBy: consultant, completedAt: new Date(reIntakeAt), createdAt: new Date(reIntakeAt) })
        .returning({ id: intakes.id })
        .get();
      tx.insert(intakeAnswers)
        .values(LIFE_DOMAINS.map((domain) => ({ intakeId: secondId, domain, score: after.get(domain)! })))
        .run();
      lastEvent = Math.max(lastEvent, reIntakeAt);
    }
    const closedAt = Math.min(now.getTime() - DAY, lastEvent + 14 * DAY);
    tx.run(sql`update households set closed_at = ${closedAt} where id = ${householdId}`);
  }

  insertCollectiveHistory(tx, rng, { unmetNeeds, teams, story, storyStart, overvechtNeighbourhood, now: now.getTime() });
  insertSearchHistory(tx, rng, teams, overvechtNeighbourhood, start, now.getTime());
}

const DECLINES: [DeclineReason, number][] = [
  ["no_capacity", 5],
  ["not_eligible", 2],
  ["not_suitable", 3],
  ["other", 1],
];

/** A finished referral with its events; returns when it closed. */
function insertReferral(
  tx: Tx,
  rng: Rng,
  r: { householdId: number; needId: number; offer: Offer; consultant: string | null; sentAt: number; outcome: ReferralStatus; now: number },
): number {
  const waitlisted = r.outcome !== "declined" && r.outcome !== "withdrawn" && rng.chance(0.12);
  // Most organisations answer within a week; some take longer than 5 working days.
  const answeredAt = r.sentAt + (rng.chance(0.8) ? rng.int(1, 6) : rng.int(8, 16)) * DAY + 3_600_000 * rng.int(1, 6);
  const path: [ReferralStatus, number][] = [
    ["draft", r.sentAt - 3_600_000],
    ["sent", r.sentAt],
  ];
  if (r.outcome === "declined") path.push(["declined", answeredAt]);
  else if (r.outcome === "withdrawn" && rng.chance(0.5)) path.push(["withdrawn", answeredAt]);
  else {
    if (waitlisted) path.push(["waitlisted", answeredAt]);
    const accepted = answeredAt + (waitlisted ? rng.int(14, 40) * DAY : 0);
    path.push(["accepted", accepted]);
    const started = accepted + rng.int(5, 14) * DAY;
    if (r.outcome === "could_not_contact") path.push(["could_not_contact", started]);
    else if (r.outcome === "withdrawn") path.push(["withdrawn", started]);
    else {
      path.push(["started", started]);
      path.push([r.outcome, started + rng.int(40, 120) * DAY]);
    }
  }
  const last = Math.min(path[path.length - 1]![1], r.now - 2 * DAY);
  path[path.length - 1]![1] = last;
  const { id } = tx
    .insert(referrals)
    .values({
      householdId: r.householdId,
      needId: r.needId,
      initiativeId: r.offer.id,
      status: r.outcome,
      message: "Verwijzing uit de demo-geschiedenis.",
      declineReason: r.outcome === "declined" ? weighted(rng, DECLINES) : null,
      outcome: r.outcome === "completed" ? "Neemt zelfstandig deel." : null,
      stopReason: r.outcome === "stopped" ? "Gestopt, geen tijd meer." : null,
      createdBy: r.consultant,
      sentAt: new Date(r.sentAt),
      answeredAt: new Date(Math.min(answeredAt, last)),
      closedAt: new Date(last),
      createdAt: new Date(r.sentAt - 3_600_000),
      updatedAt: new Date(last),
    })
    .returning({ id: referrals.id })
    .get();
  tx.insert(referralEvents)
    .values(
      path.map(([status, at], i) => ({
        referralId: id,
        fromStatus: i === 0 ? null : path[i - 1]![0],
        toStatus: status,
        actorId: status === "draft" || status === "sent" || status === "withdrawn" ? r.consultant : r.offer.owner,
        createdAt: new Date(Math.min(at, last)),
      })),
    )
    .run();
  return last;
}

type Unmet = { id: number; team: number; neighbourhood: number; domain: LifeDomain; at: number };

/** Collective needs of the past: answered (one by the drop-in of the story) and closed. */
function insertCollectiveHistory(
  tx: Tx,
  rng: Rng,
  w: { unmetNeeds: Unmet[]; teams: Team[]; story: Offer; storyStart: number; overvechtNeighbourhood: number; now: number },
) {
  const overvecht = w.teams.find((t) => t.slug === "wijkteam-overvecht")!;
  const specs = [
    {
      team: overvecht,
      neighbourhood: w.overvechtNeighbourhood,
      domain: "social_network" as const,
      title: "Een ochtend om elkaar te ontmoeten voor ouderen in Overvecht",
      status: "answered" as const,
      published: w.storyStart - 150 * DAY,
      answered: w.storyStart,
      initiative: w.story.id,
    },
    {
      team: overvecht,
      neighbourhood: w.overvechtNeighbourhood,
      domain: "finances" as const,
      title: "Hulp bij post en rekeningen in Overvecht",
      status: "answered" as const,
      published: w.now - 520 * DAY,
      answered: w.now - 430 * DAY,
      initiative: null,
    },
    {
      team: w.teams[1]!,
      neighbourhood: w.teams[1]!.pc4s[0]!.neighbourhood,
      domain: "daytime_activities" as const,
      title: "Een creatieve middag voor buurtbewoners",
      status: "closed" as const,
      published: w.now - 400 * DAY,
      answered: null,
      initiative: null,
    },
    {
      team: w.teams[2]!,
      neighbourhood: w.teams[2]!.pc4s[0]!.neighbourhood,
      domain: "physical_health" as const,
      title: "Samen bewegen in het park",
      status: "answered" as const,
      published: w.now - 300 * DAY,
      answered: w.now - 240 * DAY,
      initiative: null,
    },
  ];
  for (const [n, spec] of specs.entries()) {
    const { id } = tx
      .insert(collectiveNeeds)
      .values({
        slug: `geschiedenis-${n + 1}-${spec.title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/-+$/, "")}`,
        teamId: spec.team.id,
        neighbourhoodId: spec.neighbourhood,
        domain: spec.domain,
        targetGroup: spec.domain === "social_network" ? "elderly" : "everyone",
        title: spec.title,
        description: "Een vraag uit de demo-geschiedenis.",
        status: spec.status,
        closeReason: spec.status === "closed" ? "withdrawn" : null,
        initiativeId: spec.initiative,
        publishedAt: new Date(spec.published),
        answeredAt: spec.answered === null ? null : new Date(spec.answered),
        createdAt: new Date(spec.published - 3 * DAY),
      })
      .returning({ id: collectiveNeeds.id })
      .get();
    tx.insert(checklistItems)
      .values([
        { collectiveNeedId: id, kind: "volunteers", quantity: rng.int(3, 6) },
        { collectiveNeedId: id, kind: "venue", quantity: 1 },
      ])
      .run();
    const evidence = w.unmetNeeds.filter(
      (u) => u.team === spec.team.id && u.neighbourhood === spec.neighbourhood && u.domain === spec.domain && u.at < spec.published,
    );
    if (evidence.length)
      tx.insert(collectiveNeedEvidence)
        .values(evidence.map((u) => ({ collectiveNeedId: id, needId: u.id })))
        .run();
  }
}

/** Searches that found nothing, spread over two years, most of them for loneliness in Overvecht before the drop-in. */
function insertSearchHistory(tx: Tx, rng: Rng, teams: Team[], overvechtNeighbourhood: number, start: number, now: number) {
  const neighbourhoods = [...new Set(teams.flatMap((t) => t.pc4s.map((p) => p.neighbourhood)))];
  const rows: (typeof searchGaps.$inferInsert)[] = [];
  for (let i = 0; i < 500; i++) {
    const at = start + rng.next() * (now - start - DAY);
    const lonely = rng.chance(0.3);
    rows.push({
      query: lonely ? rng.pick(["ontmoeting ouderen", "koffie ochtend", "eenzaam"]) : rng.pick(["hulp", "cursus", "groep", "maatje"]),
      filters: "{}",
      neighbourhoodId: lonely ? overvechtNeighbourhood : rng.pick(neighbourhoods),
      domain: lonely ? "social_network" : weighted(rng, DOMAIN_WEIGHTS),
      targetGroup: lonely ? "elderly" : null,
      createdAt: new Date(at),
    });
  }
  rows.sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());
  tx.insert(searchGaps).values(rows).run();
}
