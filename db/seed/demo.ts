/**
 * The demo municipality (Utrecht): neighbourhoods, teams, organisations, initiatives, households with
 * intakes, plans and referrals, collective needs and the people around them.
 *
 * Synchronous, one transaction, idempotent (does nothing when the demo organisation exists) and
 * deterministic: a seeded PRNG, and every date relative to `now`.
 */
import { hashSync } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { LIFE_DOMAINS, type LifeDomain, type ReferralStatus } from "../../app/domain/vocabulary";
import { addDays, toAmsterdamDate } from "../../app/utils/dates";
import { isActive, isClosed } from "../../app/domain/referral-states";
import { slugify } from "../../app/domain/slug";
import type { Db, Tx } from "../client";
import {
  checklistItems,
  collectiveNeedEvidence,
  collectiveNeedFollowers,
  collectiveNeeds,
  collectiveNeedUpdates,
  consents,
  helperProfiles,
  householdChildren,
  households,
  initiativeDomains,
  initiativeLanguages,
  initiatives,
  initiativeTargetGroups,
  intakeAnswers,
  intakes,
  needs,
  neighbourhoods,
  notifications,
  organisationMembers,
  organisations,
  planActions,
  planGoals,
  plans,
  pledges,
  postcodes,
  referralEvents,
  referrals,
  scheduleSlots,
  searchGaps,
  supports,
  teamMembers,
  teamNeighbourhoods,
  teams,
  users,
  volunteerApplications,
} from "../schema";
import { DEMO_ACCOUNTS, DEMO_EMAIL, DEMO_PASSWORD, EXTRA_USERS } from "./data/accounts";
import { seedHistory } from "./history";
import { COLLECTIVE_NEEDS } from "./data/collective-needs";
import { APPLICATIONS, HELPER_PROFILES, NOTIFICATIONS, SEARCH_GAPS } from "./data/community";
import {
  ACTION_TEXTS,
  CONTACT_NAMES,
  DECLINE_NOTES,
  GOAL_TEXTS,
  HOUSEHOLDS,
  INTAKE_TEXTS,
  LOOKING_FOR,
  PROFILES,
  REFERRAL_MESSAGES,
  TEAM_REFERENCE_PREFIX,
  UNMET_REASONS,
  type HouseholdSpec,
  type NeedSpec,
  type ReferralSpec,
} from "./data/households";
import { INITIATIVES, type InitiativeSpec } from "./data/initiatives";
import { NEIGHBOURHOODS, TEAMS, neighbourhoodOfPostcode, type TeamKey } from "./data/neighbourhoods";
import { DEMO_ORGANISATION_SLUG, ORGANISATIONS } from "./data/organisations";
import { addHours, calendarDaysForWorkingDays, createRng, daysAgo, isoDate, stableId, type Rng } from "./data/random";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./data/accounts";

const SEED = 20_260_101;
const DAY_MS = 86_400_000;

/** The path of statuses a referral went through to reach its current status. */
const REFERRAL_PATH: Record<ReferralStatus, ReferralStatus[]> = {
  draft: ["draft"],
  sent: ["draft", "sent"],
  accepted: ["draft", "sent", "accepted"],
  waitlisted: ["draft", "sent", "waitlisted"],
  declined: ["draft", "sent", "declined"],
  withdrawn: ["draft", "sent", "withdrawn"],
  started: ["draft", "sent", "accepted", "started"],
  could_not_contact: ["draft", "sent", "accepted", "could_not_contact"],
  completed: ["draft", "sent", "accepted", "started", "completed"],
  stopped: ["draft", "sent", "accepted", "started", "stopped"],
};

/** Fraction of the referral's lifetime at which each status was reached. */
const STEP_AT: Record<ReferralStatus, number> = {
  draft: 0,
  sent: 0.002,
  accepted: 0.12,
  waitlisted: 0.12,
  declined: 0.12,
  withdrawn: 0.3,
  started: 0.3,
  could_not_contact: 0.45,
  completed: 0.8,
  stopped: 0.7,
};

const EVENT_NOTES: Partial<Record<ReferralStatus, string>> = {
  sent: "Verwijzing verstuurd na overleg met het huishouden.",
  accepted: "Welkom! We nemen deze week contact op voor een kennismaking.",
  waitlisted: "Op dit moment vol; op de wachtlijst gezet.",
  withdrawn: "Het huishouden heeft zelf een andere oplossing gevonden.",
  started: "Eerste keer geweest, het ging goed.",
  could_not_contact: "Drie keer gebeld en gemaild, geen reactie gekregen.",
  completed: "Afgerond: neemt nu zelfstandig deel en heeft nieuwe contacten.",
  stopped: "Gestopt: heeft betaald werk gevonden en geen tijd meer overdag.",
};

/** Need status that follows from the referral's status. */
function needStatusFor(referral: ReferralStatus | undefined, unmet: boolean) {
  if (!referral) return unmet ? "unmet" : "open";
  if (referral === "completed") return "resolved";
  if (isActive(referral)) return "referred";
  return "open";
}

export type SeedDemoOptions = { now?: Date };

/** Adds the demo municipality; does nothing when it is already there. */
export function seedDemo(db: Db, { now = new Date() }: SeedDemoOptions = {}): void {
  const exists = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, DEMO_ORGANISATION_SLUG)).get();
  if (exists) return;

  // Hashed once (argon2id, OWASP minimum cost) and shared by every demo account.
  const passwordHash = hashSync(DEMO_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const rng = createRng(SEED);

  db.transaction((tx) => {
    const ctx = new SeedContext(tx, rng, now);
    ctx.insertUsers(passwordHash);
    ctx.insertNeighbourhoods();
    ctx.insertTeams();
    ctx.insertOrganisations();
    ctx.insertInitiatives();
    ctx.insertHouseholds();
    ctx.insertCollectiveNeeds();
    ctx.insertCommunity();
    // Two years of history beside the named records, so the insights show real numbers.
    seedHistory(tx, { now, seed: SEED + 1 });
  });
}

type SeededNeed = { id: number; team: TeamKey; pc4: string; domain: LifeDomain; unmetAt: Date | null };
type SeededInitiative = { id: number; slug: string; title: string; organisationSlug: string; spec: InitiativeSpec };

class SeedContext {
  private userIds = new Map<string, string>();
  private neighbourhoodIds = new Map<string, number>();
  private teamIds = new Map<TeamKey, number>();
  private teamLeads = new Map<TeamKey, string>();
  private orgIds = new Map<string, number>();
  private orgOwners = new Map<string, string>();
  private initiativesBySlug = new Map<string, SeededInitiative>();
  private seededNeeds: SeededNeed[] = [];

  constructor(
    private tx: Tx,
    private rng: Rng,
    private now: Date,
  ) {}

  private ago(days: number, hour = 10) {
    return daysAgo(this.now, days, hour);
  }

  private user(email: string) {
    const id = this.userIds.get(email);
    if (!id) throw new Error(`Demo seed: unknown user ${email}`);
    return id;
  }

  private initiative(slug: string) {
    const found = this.initiativesBySlug.get(slug);
    if (!found) throw new Error(`Demo seed: unknown initiative ${slug}`);
    return found;
  }

  private consultantId(key: HouseholdSpec["consultant"], team: TeamKey) {
    if (key === "demo") return this.user(DEMO_EMAIL.consultant);
    if (key === "coordinator") return this.teamLeads.get(team)!;
    return this.user(`${key}@wijkmarkt.demo`);
  }

  insertUsers(passwordHash: string) {
    const rows = [
      ...DEMO_ACCOUNTS.map((a) => ({ email: a.email, name: a.name, locale: "nl" as const })),
      ...EXTRA_USERS.map((u) => ({ email: u.email, name: u.name, locale: u.locale ?? ("nl" as const) })),
    ].map((u) => {
      const id = stableId(u.email);
      this.userIds.set(u.email, id);
      return {
        id,
        email: u.email,
        name: u.name,
        passwordHash,
        locale: u.locale,
        isAdmin: u.email === DEMO_EMAIL.admin,
        isPolicyAdvisor: u.email === DEMO_EMAIL.policyAdvisor,
        createdAt: this.ago(this.rng.int(30, 430)),
      };
    });
    this.tx.insert(users).values(rows).run();
  }

  insertNeighbourhoods() {
    for (const n of NEIGHBOURHOODS) {
      const { id } = this.tx
        .insert(neighbourhoods)
        .values({ slug: n.slug, name: n.name, description: n.description, lat: n.lat, lng: n.lng })
        .returning({ id: neighbourhoods.id })
        .get();
      this.neighbourhoodIds.set(n.slug, id);
      this.tx
        .insert(postcodes)
        .values(n.postcodes.map((p) => ({ ...p, neighbourhoodId: id })))
        .run();
    }
  }

  insertTeams() {
    for (const t of TEAMS) {
      const { id } = this.tx
        .insert(teams)
        .values({ slug: t.slug, name: t.name, email: t.email, createdAt: this.ago(440) })
        .returning({ id: teams.id })
        .get();
      this.teamIds.set(t.key, id);
      this.tx
        .insert(teamNeighbourhoods)
        .values(t.neighbourhoods.map((slug) => ({ teamId: id, neighbourhoodId: this.neighbourhoodIds.get(slug)! })))
        .run();
    }
    const members: { teamId: number; userId: string; role: "member" | "lead" }[] = [
      { teamId: this.teamIds.get("overvecht")!, userId: this.user(DEMO_EMAIL.consultant), role: "member" },
      { teamId: this.teamIds.get("overvecht")!, userId: this.user(DEMO_EMAIL.coordinator), role: "lead" },
      ...EXTRA_USERS.flatMap((u) => (u.team ? [{ teamId: this.teamIds.get(u.team.key)!, userId: this.user(u.email), role: u.team.role }] : [])),
    ];
    this.tx
      .insert(teamMembers)
      .values(members.map((m) => ({ ...m, createdAt: this.ago(400) })))
      .run();
    this.teamLeads.set("overvecht", this.user(DEMO_EMAIL.coordinator));
    for (const u of EXTRA_USERS) if (u.team?.role === "lead") this.teamLeads.set(u.team.key, this.user(u.email));
  }

  insertOrganisations() {
    const admin = this.user(DEMO_EMAIL.admin);
    const ownerOf = new Map<string, string>([[DEMO_ORGANISATION_SLUG, this.user(DEMO_EMAIL.organiser)]]);
    for (const u of EXTRA_USERS) if (u.organisation?.role === "owner") ownerOf.set(u.organisation.slug, this.user(u.email));

    for (const o of ORGANISATIONS) {
      const owner = ownerOf.get(o.slug);
      if (!owner) throw new Error(`Demo seed: organisation ${o.slug} has no owner`);
      const createdAt = this.ago(o.registeredDaysAgo);
      const { id } = this.tx
        .insert(organisations)
        .values({
          slug: o.slug,
          name: o.name,
          kind: o.kind,
          description: o.description,
          website: o.website,
          email: o.email,
          phone: o.phone ?? null,
          kvkNumber: o.kvkNumber ?? null,
          verifiedAt: o.verified ? addHours(createdAt, 24 * 3) : null,
          verifiedBy: o.verified ? admin : null,
          createdBy: owner,
          createdAt,
        })
        .returning({ id: organisations.id })
        .get();
      this.orgIds.set(o.slug, id);
      this.orgOwners.set(o.slug, owner);
      this.tx.insert(organisationMembers).values({ organisationId: id, userId: owner, role: "owner", createdAt }).run();
    }
    for (const u of EXTRA_USERS) {
      if (u.organisation?.role !== "editor") continue;
      this.tx
        .insert(organisationMembers)
        .values({ organisationId: this.orgIds.get(u.organisation.slug)!, userId: this.user(u.email), role: "editor", createdAt: this.ago(200) })
        .run();
    }
  }

  insertInitiatives() {
    const orgSpecs = new Map(ORGANISATIONS.map((o) => [o.slug, o]));
    for (const spec of INITIATIVES) {
      const org = orgSpecs.get(spec.org);
      if (!org) throw new Error(`Demo seed: initiative ${spec.title} has unknown organisation ${spec.org}`);
      let slug = slugify(spec.title);
      for (let n = 2; this.initiativesBySlug.has(slug); n++) slug = `${slugify(spec.title)}-${n}`;

      const status = spec.status ?? "published";
      const isLive = status === "published" || status === "paused" || status === "archived";
      const confirmedDaysAgo = spec.confirmedDaysAgo ?? this.rng.int(2, 100);
      const createdDaysAgo =
        spec.createdDaysAgo ??
        (isLive
          ? Math.max(confirmedDaysAgo + 10, this.rng.int(210, Math.max(215, org.registeredDaysAgo - 5)))
          : this.rng.int(1, Math.max(1, org.registeredDaysAgo - 1)));
      const createdAt = this.ago(createdDaysAgo, 9);
      const lastConfirmedAt = isLive ? this.ago(confirmedDaysAgo, 11) : createdAt;

      let postcode: string | null = null;
      let neighbourhoodId: number | null = null;
      let lat: number | null = null;
      let lng: number | null = null;
      if (spec.at) {
        postcode = spec.at[1];
        const pc4 = postcode.slice(0, 4);
        const neighbourhood = neighbourhoodOfPostcode(pc4);
        const centroid = neighbourhood.postcodes.find((p) => p.pc4 === pc4)!;
        neighbourhoodId = this.neighbourhoodIds.get(neighbourhood.slug)!;
        lat = round6(centroid.lat + (this.rng.next() - 0.5) * 0.004);
        lng = round6(centroid.lng + (this.rng.next() - 0.5) * 0.006);
      }
      const owner = this.orgOwners.get(spec.org)!;
      const ownerName = [...DEMO_ACCOUNTS, ...EXTRA_USERS].find((u) => this.userIds.get(u.email) === owner)?.name ?? null;

      const { id } = this.tx
        .insert(initiatives)
        .values({
          slug,
          organisationId: this.orgIds.get(spec.org)!,
          title: spec.title,
          summary: spec.summary,
          description: `${spec.summary}\n\n${spec.about}`,
          kind: spec.kind,
          status,
          moderationNote: spec.moderationNote ?? null,
          tags: spec.tags,
          isOnline: spec.online ?? false,
          address: spec.at?.[0] ?? null,
          postcode,
          neighbourhoodId,
          lat,
          lng,
          isFree: spec.cost === undefined,
          costNote: spec.cost ?? null,
          whatToBring: spec.bring ?? null,
          capacity: spec.capacity ?? null,
          participantsOutsideReferrals: spec.outside ?? 0,
          minAge: spec.age?.[0] ?? null,
          maxAge: spec.age?.[1] ?? null,
          acceptsReferrals: spec.referrals ?? spec.kind !== "volunteers",
          wheelchairAccessible: spec.wheelchair ?? true,
          hearingLoop: spec.loop ?? false,
          contactName: ownerName,
          contactEmail: org.email,
          contactPhone: org.phone ?? null,
          website: org.website,
          lastConfirmedAt,
          publishedAt: !isLive ? null : spec.publishedDaysAgo === undefined ? addHours(createdAt, 2) : this.ago(spec.publishedDaysAgo, 10),
          createdBy: owner,
          createdAt,
          updatedAt: lastConfirmedAt,
        })
        .returning({ id: initiatives.id })
        .get();
      this.initiativesBySlug.set(slug, { id, slug, title: spec.title, organisationSlug: spec.org, spec });

      this.tx
        .insert(initiativeDomains)
        .values(spec.domains.map((domain) => ({ initiativeId: id, domain })))
        .run();
      this.tx
        .insert(initiativeTargetGroups)
        .values(spec.groups.map((targetGroup) => ({ initiativeId: id, targetGroup })))
        .run();
      const languages = ["nl", ...(spec.langs ?? []).filter((l) => l !== "nl")];
      this.tx
        .insert(initiativeLanguages)
        .values(languages.map((language) => ({ initiativeId: id, language })))
        .run();
      const slots = parseSlots(spec.slots);
      if (slots.length > 0)
        this.tx
          .insert(scheduleSlots)
          .values(slots.map((s) => ({ ...s, initiativeId: id })))
          .run();
    }
  }

  insertHouseholds() {
    const sequence = new Map<TeamKey, number>();
    HOUSEHOLDS.forEach((spec, index) => {
      const n = (sequence.get(spec.team) ?? 0) + 1;
      sequence.set(spec.team, n);
      this.insertHousehold(spec, n, index);
    });
  }

  private insertHousehold(spec: HouseholdSpec, n: number, index: number) {
    const { rng } = this;
    const teamId = this.teamIds.get(spec.team)!;
    const consultant = this.consultantId(spec.consultant, spec.team);
    const profile = PROFILES[spec.profile];

    // When things happened, in days before now: unmet needs first, then the household's start.
    const unmetDays = new Map<NeedSpec, number>();
    for (const need of spec.needs) {
      if (!need.unmet) continue;
      unmetDays.set(need, need.ref ? rng.int(205, 340) : need.d === "work_education" ? rng.int(205, 345) : rng.int(100, 345));
    }
    const latest = Math.max(...spec.needs.map((need) => Math.max(need.ref?.days ?? 0, unmetDays.get(need) ?? 0)));
    const createdDays = latest + rng.int(10, 40);
    const createdAt = this.ago(createdDays, 9);
    const intakeDone = this.ago(createdDays - 7, 11);

    const mobility = rng.pick(profile.mobility);
    const travelKm = { limited: 1.5, walks: 2, bike: 5, public_transport: 8, car: 15 }[mobility];
    const reference = `${TEAM_REFERENCE_PREFIX[spec.team]}-${createdAt.getUTCFullYear()}-${String(n * 3 + (index % 3)).padStart(3, "0")}`;
    const { id: householdId } = this.tx
      .insert(households)
      .values({
        teamId,
        reference,
        pc4: spec.pc4,
        adults: profile.adults,
        languages: rng.pick(profile.languages),
        mobility,
        maxTravelKm: travelKm,
        availableDays: rng.sample([1, 2, 3, 4, 5, 6, 7], rng.int(2, 5)).sort((a, b) => a - b),
        budget: rng.pick(["none", "low", "low", "flexible"] as const),
        needsWheelchairAccess: mobility === "limited" && rng.chance(0.5),
        needsHearingLoop: spec.profile.includes("elderly") && rng.chance(0.3),
        consultantId: consultant,
        createdBy: consultant,
        createdAt,
      })
      .returning({ id: households.id })
      .get();

    const children = rng.pick(profile.children);
    if (children.length > 0)
      this.tx
        .insert(householdChildren)
        .values(children.map((ageBand) => ({ householdId, ageBand })))
        .run();

    // Consent: given at the intake, sometimes withdrawn later, sometimes never given.
    const consent = spec.consent ?? "given";
    if (consent !== "none") {
      this.tx
        .insert(consents)
        .values({
          householdId,
          givenOn: toAmsterdamDate(intakeDone),
          scope: "Gegevens delen met organisaties waarnaar het wijkteam verwijst, en contact over de verwijzing",
          recordedBy: consultant,
          withdrawnAt: consent === "withdrawn" ? this.ago(rng.int(5, 30), 14) : null,
          withdrawnBy: consent === "withdrawn" ? consultant : null,
          createdAt: intakeDone,
        })
        .run();
    }
    const hasConsent = consent === "given";

    // The intake: all 13 domains, the low ones with the kitchen-table texts.
    const { id: intakeId } = this.tx
      .insert(intakes)
      .values({ householdId, conductedBy: consultant, completedAt: intakeDone, createdAt })
      .returning({ id: intakes.id })
      .get();
    this.tx
      .insert(intakeAnswers)
      .values(
        LIFE_DOMAINS.map((domain) => {
          const need = spec.needs.find((x) => x.d === domain);
          if (!need) return { intakeId, domain, score: rng.chance(0.6) ? 5 : 4 };
          const [questionBehind, ownStrength, networkStrength] = rng.pick(INTAKE_TEXTS[domain]);
          return { intakeId, domain, score: need.s, questionBehind, ownStrength, networkStrength };
        }),
      )
      .run();

    const { id: planId } = this.tx
      .insert(plans)
      .values({ householdId, reviewDate: isoDate(this.now, spec.reviewInDays ?? rng.int(14, 90)), updatedAt: intakeDone })
      .returning({ id: plans.id })
      .get();

    for (const need of spec.needs) {
      const unmetAt = unmetDays.has(need) ? this.ago(unmetDays.get(need)!, 15) : null;
      const status = needStatusFor(need.ref?.status, need.unmet ?? false);
      const { id: needId } = this.tx
        .insert(needs)
        .values({
          householdId,
          intakeId,
          domain: need.d,
          score: need.s,
          status,
          unmetReason: unmetAt ? (UNMET_REASONS[need.d] ?? UNMET_REASONS.default) : null,
          unmetAt,
          createdAt: intakeDone,
        })
        .returning({ id: needs.id })
        .get();
      this.seededNeeds.push({ id: needId, team: spec.team, pc4: spec.pc4, domain: need.d, unmetAt });

      const referral = need.ref ? this.insertReferral(householdId, needId, need.ref, consultant, hasConsent) : null;
      this.insertGoal(planId, needId, need, intakeDone, referral);
    }
  }

  private insertGoal(
    planId: number,
    needId: number,
    need: NeedSpec,
    createdAt: Date,
    referral: { title: string; createdAt: Date; status: ReferralStatus; closedAt: Date | null } | null,
  ) {
    const { rng } = this;
    const { id: goalId } = this.tx
      .insert(planGoals)
      .values({
        planId,
        needId,
        description: GOAL_TEXTS[need.d],
        achievedAt: referral?.status === "completed" ? referral.closedAt : null,
        createdAt,
      })
      .returning({ id: planGoals.id })
      .get();

    const start = createdAt.getTime();
    const dueFrom = (date: Date, days: number) => addDays(toAmsterdamDate(date), days);
    const actions: (typeof planActions.$inferInsert)[] = [
      { goalId, owner: "household", description: rng.pick(ACTION_TEXTS.household), dueDate: dueFrom(createdAt, rng.int(14, 60)) },
    ];
    if (rng.chance(0.6)) actions.push({ goalId, owner: "network", description: rng.pick(ACTION_TEXTS.network), dueDate: dueFrom(createdAt, rng.int(14, 45)) });
    if (referral) {
      const started = ["started", "completed", "stopped"].includes(referral.status);
      actions.push({
        goalId,
        owner: "initiative",
        description: rng.pick(ACTION_TEXTS.initiative).replace("{initiative}", referral.title),
        dueDate: dueFrom(referral.createdAt, 21),
        doneAt: started ? new Date(Math.min(referral.createdAt.getTime() + 14 * DAY_MS, this.now.getTime() - 3_600_000)) : null,
      });
    }
    actions.push({ goalId, owner: "professional", description: rng.pick(ACTION_TEXTS.professional), dueDate: dueFrom(createdAt, rng.int(21, 120)) });
    // Actions whose due date passed long ago are mostly done.
    for (const action of actions) {
      action.createdAt = createdAt;
      if (action.doneAt !== undefined) continue;
      const due = Date.parse(action.dueDate!);
      action.doneAt = due < this.now.getTime() - 14 * DAY_MS && rng.chance(0.7) ? new Date(Math.max(start, due - DAY_MS)) : null;
    }
    this.tx.insert(planActions).values(actions).run();
  }

  private insertReferral(householdId: number, needId: number, spec: ReferralSpec, consultant: string, hasConsent: boolean) {
    const { rng } = this;
    const target = this.initiative(spec.to);
    if ((target.spec.status ?? "published") !== "published" || (target.spec.referrals ?? target.spec.kind !== "volunteers") === false) {
      throw new Error(`Demo seed: ${spec.to} does not take referrals`);
    }
    const organiser = this.orgOwners.get(target.organisationSlug)!;
    const created = this.ago(spec.days, 9 + rng.int(0, 6));
    const span = this.now.getTime() - created.getTime();
    const path = REFERRAL_PATH[spec.status];
    const reachedAt = (status: ReferralStatus) => new Date(created.getTime() + Math.floor(span * STEP_AT[status]));
    const timeOf = (status: ReferralStatus) => (path.includes(status) ? reachedAt(status) : null);

    const isOpen = !isClosed(spec.status);
    const withContact = hasConsent && isOpen;
    const contactName = rng.pick(CONTACT_NAMES);
    const preference = rng.pick(["phone", "email", "via_consultant"] as const);
    const sentAt = timeOf("sent");
    const answeredAt = timeOf("accepted") ?? timeOf("waitlisted") ?? timeOf("declined");
    const closedAt = isOpen ? null : reachedAt(spec.status);
    const lastAt = reachedAt(spec.status);
    const reminded =
      spec.status === "sent" && sentAt && sentAt.getTime() < this.now.getTime() - calendarDaysForWorkingDays(this.now, 5) * DAY_MS
        ? new Date(sentAt.getTime() + 7 * DAY_MS)
        : null;

    const { id: referralId } = this.tx
      .insert(referrals)
      .values({
        householdId,
        needId,
        initiativeId: target.id,
        status: spec.status,
        message: rng.pick(REFERRAL_MESSAGES),
        lookingFor: rng.pick(LOOKING_FOR),
        contactName: withContact ? contactName : null,
        contactPhone: withContact && preference !== "email" ? `06-${String(10_000_000 + rng.int(0, 89_999_999)).slice(0, 8)}` : null,
        contactEmail: withContact && preference !== "phone" ? `${slugify(contactName).replace(/-/g, ".")}@example.nl` : null,
        contactPreference: withContact ? preference : hasConsent ? null : "via_consultant",
        declineReason: spec.status === "declined" ? (spec.declineReason ?? "other") : null,
        outcome: spec.status === "completed" ? "Neemt nu zelfstandig deel en heeft nieuwe contacten in de buurt." : null,
        stopReason: spec.status === "stopped" ? "Heeft betaald werk gevonden en geen tijd meer overdag." : null,
        createdBy: consultant,
        sentAt,
        answeredAt,
        closedAt,
        remindedAt: reminded,
        createdAt: created,
        updatedAt: lastAt,
      })
      .returning({ id: referrals.id })
      .get();

    this.tx
      .insert(referralEvents)
      .values(
        path.map((status, i) => {
          const byConsultant = status === "draft" || status === "sent" || status === "withdrawn";
          const note = status === "declined" ? DECLINE_NOTES[spec.declineReason ?? "other"] : (EVENT_NOTES[status] ?? "");
          return {
            referralId,
            fromStatus: i === 0 ? null : path[i - 1]!,
            toStatus: status,
            actorId: byConsultant ? consultant : organiser,
            note,
            createdAt: reachedAt(status),
          };
        }),
      )
      .run();

    return { title: target.title, createdAt: created, status: spec.status, closedAt };
  }

  insertCollectiveNeeds() {
    const { rng } = this;
    for (const spec of COLLECTIVE_NEEDS) {
      const teamId = this.teamIds.get(spec.team)!;
      const publisher = this.teamLeads.get(spec.team)!;
      const drafter = spec.team === "overvecht" ? this.user(DEMO_EMAIL.consultant) : publisher;
      const publishedAt = this.ago(spec.publishedDaysAgo, 10);
      const answering = spec.answeredBy ? this.initiative(slugify(spec.answeredBy)) : null;

      const { id } = this.tx
        .insert(collectiveNeeds)
        .values({
          slug: slugify(spec.title),
          teamId,
          neighbourhoodId: this.neighbourhoodIds.get(spec.neighbourhood)!,
          domain: spec.domain,
          targetGroup: spec.targetGroup,
          title: spec.title,
          description: spec.description,
          status: spec.status,
          targetDate: spec.targetInDays === undefined ? null : isoDate(this.now, spec.targetInDays),
          initiativeId: answering?.id ?? null,
          createdBy: drafter,
          publishedBy: publisher,
          publishedAt,
          answeredAt: spec.answeredDaysAgo === undefined ? null : this.ago(spec.answeredDaysAgo, 12),
          createdAt: this.ago(spec.publishedDaysAgo + 3, 9),
        })
        .returning({ id: collectiveNeeds.id })
        .get();
      if (answering) this.tx.update(initiatives).set({ collectiveNeedId: id }).where(eq(initiatives.id, answering.id)).run();

      // Evidence: the team's unmet needs in this neighbourhood and life domain.
      const evidence = this.seededNeeds.filter(
        (n) => n.unmetAt && n.team === spec.team && n.domain === spec.domain && neighbourhoodOfPostcode(n.pc4).slug === spec.neighbourhood,
      );
      if (evidence.length === 0) throw new Error(`Demo seed: no evidence for ${spec.title}`);
      this.tx
        .insert(collectiveNeedEvidence)
        .values(evidence.map((n) => ({ collectiveNeedId: id, needId: n.id })))
        .run();

      const itemIds = spec.checklist.map(
        (item) =>
          this.tx
            .insert(checklistItems)
            .values({ collectiveNeedId: id, kind: item.kind, quantity: item.quantity, description: item.description })
            .returning({ id: checklistItems.id })
            .get().id,
      );

      const followers = new Set<string>([publisher]);
      spec.supports.forEach(([email, kind], i) => {
        const userId = this.user(email);
        followers.add(userId);
        const days = Math.max(1, spec.publishedDaysAgo - 2 - i * rng.int(1, 4));
        this.tx
          .insert(supports)
          .values({ collectiveNeedId: id, userId, kind, createdAt: this.ago(days, 16) })
          .run();
      });
      for (const p of spec.pledges) {
        const organisationId = "organisation" in p.from ? this.orgIds.get(p.from.organisation)! : null;
        const userId = "organisation" in p.from ? this.orgOwners.get(p.from.organisation)! : this.user(p.from.user);
        if (!p.withdrawn) followers.add(userId);
        this.tx
          .insert(pledges)
          .values({
            collectiveNeedId: id,
            checklistItemId: p.item === undefined ? null : itemIds[p.item]!,
            userId,
            organisationId,
            amount: p.amount,
            message: p.message,
            showName: p.showName,
            isExtra: p.isExtra ?? false,
            withdrawnAt: p.withdrawn ? this.ago(Math.max(1, p.daysAgo - 5), 18) : null,
            createdAt: this.ago(p.daysAgo, 17),
          })
          .run();
      }
      for (const u of spec.updates) {
        this.tx
          .insert(collectiveNeedUpdates)
          .values({ collectiveNeedId: id, authorId: publisher, body: u.body, createdAt: this.ago(u.daysAgo, 13) })
          .run();
      }
      this.tx
        .insert(collectiveNeedFollowers)
        .values([...followers].map((userId) => ({ collectiveNeedId: id, userId, createdAt: publishedAt })))
        .run();
    }
  }

  insertCommunity() {
    const { rng } = this;
    for (const h of HELPER_PROFILES) {
      this.tx
        .insert(helperProfiles)
        .values({
          userId: this.user(h.email),
          skills: h.skills,
          interests: h.interests,
          neighbourhoodId: this.neighbourhoodIds.get(h.neighbourhood)!,
          availability: h.availability,
          languages: h.languages,
          about: h.about,
          discoverable: h.discoverable,
          updatedAt: this.ago(rng.int(5, 60)),
        })
        .run();
    }

    for (const a of APPLICATIONS) {
      const target = this.initiative(a.initiative);
      const decided = a.status === "accepted" || a.status === "declined";
      this.tx
        .insert(volunteerApplications)
        .values({
          initiativeId: target.id,
          userId: this.user(a.email),
          message: a.message,
          status: a.status,
          declineReason: a.declineReason ?? null,
          decidedBy: decided ? this.orgOwners.get(target.organisationSlug)! : null,
          decidedAt: decided ? this.ago(Math.max(1, a.daysAgo - 3), 15) : null,
          createdAt: this.ago(a.daysAgo, 20),
        })
        .run();
    }

    this.tx
      .insert(notifications)
      .values(
        NOTIFICATIONS.map((n) => ({
          userId: this.user(n.email),
          kind: n.kind,
          params: n.params,
          aboutUserId: n.about ? this.user(n.about) : null,
          link: n.link ?? null,
          readAt: n.read ? this.ago(Math.max(0, n.daysAgo - 1), 19) : null,
          emailedAt: n.daysAgo > 1 ? this.ago(n.daysAgo - 1, 7) : null,
          createdAt: this.ago(n.daysAgo, 12),
        })),
      )
      .run();

    const gaps: (typeof searchGaps.$inferInsert)[] = [];
    for (const g of SEARCH_GAPS) {
      for (let i = 0; i < g.times; i++) {
        gaps.push({
          query: g.query,
          filters: JSON.stringify({
            ...(g.neighbourhood ? { wijk: g.neighbourhood } : {}),
            ...(g.domain ? { leefgebied: g.domain } : {}),
            ...(g.targetGroup ? { doelgroep: g.targetGroup } : {}),
          }),
          neighbourhoodId: g.neighbourhood ? this.neighbourhoodIds.get(g.neighbourhood)! : null,
          domain: g.domain ?? null,
          targetGroup: g.targetGroup ?? null,
          createdAt: this.ago(rng.int(1, 360), rng.int(8, 22)),
        });
      }
    }
    gaps.sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());
    this.tx.insert(searchGaps).values(gaps).run();
  }
}

function round6(value: number) {
  return Math.round(value * 1e6) / 1e6;
}

/** "2 10:00-12:00, 4 19:00-21:00" → slots. */
function parseSlots(value: string | undefined) {
  if (!value) return [];
  return value.split(",").map((part) => {
    const match = /^\s*([1-7])\s+(\d{2}:\d{2})-(\d{2}:\d{2})\s*$/.exec(part);
    if (!match) throw new Error(`Demo seed: bad schedule slot "${part}"`);
    return { weekday: Number(match[1]), startTime: match[2]!, endTime: match[3]! };
  });
}
