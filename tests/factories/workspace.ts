/**
 * Builders for the consultant workspace: two teams with their staff, and a household with its whole
 * history. Each call makes unique rows, so tests can build several of anything.
 */
import { and, eq } from "drizzle-orm";
import { initiatives, needs, organisationMembers } from "~db/schema";
import { LIFE_DOMAINS, type LifeDomain } from "~/domain/vocabulary";
import { recordConsent } from "~/models/consent.server";
import { createHousehold } from "~/models/household";
import { completeIntake } from "~/models/intake.server";
import { markNeedUnmet } from "~/models/matching.server";
import { addAction, addGoal, setReviewDate } from "~/models/plan.server";
import { runReferralCommand, sendReferral } from "~/models/referral";
import { toAmsterdamDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { addTeamMember, createWijkTeam, freshPc4, nextNumber, reloadActor, succeeded } from "./core";
import { householdInput } from "./household";

/** A team serving a neighbourhood with two postcodes. */
function createTwoPostcodeTeam(name: string) {
  return createWijkTeam({ name, neighbourhood: { postcodes: [freshPc4(), freshPc4()] } });
}

/** A team with a consultant, a coordinator and an outsider team with its own consultant: the usual cast. */
export function createWorkspace() {
  const team = createTwoPostcodeTeam("Wijkteam Test");
  const consultant = addTeamMember(team.id, "member", { name: "Eva Consulent" });
  const coordinator = addTeamMember(team.id, "lead", { name: "Ruud Coördinator" });
  const otherTeam = createTwoPostcodeTeam("Wijkteam Anders");
  const outsider = addTeamMember(otherTeam.id, "member", { name: "Olaf Buitenstaander" });
  return { team, consultant, coordinator, otherTeam, outsider };
}

/**
 * A household with everything a team records, made through the use cases the routes call and then
 * moved back to `at` (every time it carries, and its audit rows): a child, a completed intake with
 * written answers, an unmet and a resolved need, a plan (review date that day) with a goal and an
 * action, a consent, a referral in `referralStatus` with its history, and the notifications it
 * caused. Every text that could identify it carries the reference.
 */
export function createHouseholdWithHistory(options: {
  teamId: number;
  pc4: string;
  consultantId: string;
  initiativeId: number;
  at: Date;
  reference?: string;
  referralStatus?: "completed" | "accepted";
}) {
  const reference = options.reference ?? `HIST-${nextNumber()}`;
  const consultant = reloadActor(options.consultantId);
  const organiser = organiserOf(options.initiativeId);
  const householdId = succeeded(
    "createHousehold",
    createHousehold(consultant, { teamId: options.teamId, ...householdInput({ reference, pc4: options.pc4, children: ["4-11"] }) }),
  ).id;
  const answers = LIFE_DOMAINS.map((domain) =>
    domain === "social_network"
      ? { domain, score: 2, questionBehind: `${reference} voelt zich alleen`, ownStrength: `${reference} kookt graag` }
      : { domain, score: domain === "finances" ? 3 : 4 },
  );
  succeeded("completeIntake", completeIntake(consultant, { householdId, answers }));
  const needOf = (domain: LifeDomain) =>
    db
      .select({ id: needs.id })
      .from(needs)
      .where(and(eq(needs.householdId, householdId), eq(needs.domain, domain)))
      .get()!.id;
  const unmetNeedId = needOf("social_network");
  const resolvedNeedId = needOf("finances");
  succeeded("markNeedUnmet", markNeedUnmet(consultant, { needId: unmetNeedId, reason: `niets voor ${reference}` }));
  const day = toAmsterdamDate(options.at);
  succeeded("setReviewDate", setReviewDate(consultant, { householdId, reviewDate: day }));
  const goalId = succeeded("addGoal", addGoal(consultant, { householdId, needId: unmetNeedId, description: `Doel van ${reference}` })).goalId;
  succeeded("addAction", addAction(consultant, { householdId, goalId, description: `Actie voor ${reference}`, owner: "household", dueDate: day }));
  succeeded("recordConsent", recordConsent(consultant, { householdId, givenOn: day, scope: `Delen voor ${reference}` }));

  const referralId = succeeded(
    "sendReferral",
    sendReferral(consultant, {
      householdId,
      initiativeId: options.initiativeId,
      needId: resolvedNeedId,
      message: `Bericht over ${reference}`,
      lookingFor: "Gezelschap",
      contact: { name: `Contact ${reference}`, phone: "0612345678", email: `${reference.toLowerCase()}@example.org`, preference: "phone" },
    }),
  ).referralId;
  const commands: ("accept" | "start" | "complete")[] = options.referralStatus === "accepted" ? ["accept"] : ["accept", "start", "complete"];
  for (const command of commands)
    succeeded(command, runReferralCommand(organiser, command, { referralId, note: `Over ${reference}`, outcome: `${reference} komt elke week` }));

  moveHistoryTo(householdId, referralId, options.at);
  return { id: householdId, reference, unmetNeedId, resolvedNeedId, referralId };
}

/** The owner of the listing's organisation, as the next request would see them. */
function organiserOf(initiativeId: number) {
  const owner = db
    .select({ userId: organisationMembers.userId })
    .from(initiatives)
    .innerJoin(organisationMembers, eq(organisationMembers.organisationId, initiatives.organisationId))
    .where(eq(initiatives.id, initiativeId))
    .get();
  if (!owner) throw new Error(`Listing ${initiativeId} has no organisation member to answer referrals`);
  return reloadActor(owner.userId);
}

/** Every moment the use cases stamped "now" on this household's rows becomes `at`. */
function moveHistoryTo(householdId: number, referralId: number, at: Date) {
  const ms = at.getTime();
  const run = (statement: string, ...params: unknown[]) => db.$client.prepare(statement).run(...params);
  run("update households set created_at = ? where id = ?", ms, householdId);
  run("update intakes set created_at = ?, completed_at = ? where household_id = ?", ms, ms, householdId);
  run("update needs set created_at = ?, unmet_at = case when unmet_at is null then null else ? end where household_id = ?", ms, ms, householdId);
  run("update plans set updated_at = ? where household_id = ?", ms, householdId);
  run("update plan_goals set created_at = ? where plan_id in (select id from plans where household_id = ?)", ms, householdId);
  run(
    "update plan_actions set created_at = ? where goal_id in (select g.id from plan_goals g join plans p on p.id = g.plan_id where p.household_id = ?)",
    ms,
    householdId,
  );
  run("update consents set created_at = ? where household_id = ?", ms, householdId);
  run(
    `update referrals set created_at = @at, updated_at = @at, sent_at = @at, answered_at = case when answered_at is null then null else @at end,
       closed_at = case when closed_at is null then null else @at end where id = @id`,
    { at: ms, id: referralId },
  );
  run("update referral_events set created_at = ? where referral_id = ?", ms, referralId);
  run("update notifications set created_at = ? where link like ?", ms, `%/verwijzingen/${referralId}`);
  run("update audit_log set created_at = ? where household_id = ?", ms, householdId);
}
