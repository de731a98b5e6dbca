/**
 * Builders for the consultant workspace: two teams with their staff, and a household with its whole
 * history. Each call makes unique rows, so tests can build several of anything.
 */
import { consents, intakeAnswers, intakes, needs, notifications, planActions, planGoals, plans, referralEvents } from "~db/schema";
import type { ReferralStatus } from "~/domain/vocabulary";
import { toAmsterdamDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { addTeamMember, createWijkTeam, freshPc4, nextNumber } from "./core";
import { buildHousehold } from "./household";
import { buildReferral } from "./referral";

/** A team serving a wijk with two postcodes. */
function createTwoPostcodeTeam(name: string) {
  return createWijkTeam({ name, wijk: { postcodes: [freshPc4(), freshPc4()] } });
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
 * A household with everything a team records, all of it done at `at`: a child, a completed intake
 * with written answers, an unmet and a resolved need, a plan (review date that day) with a goal and
 * an action, a consent, a referral in `referralStatus` with its history, and the consultant's
 * notification about it. Every text that could identify it carries the reference.
 */
export function createHouseholdWithHistory(options: {
  teamId: number;
  pc4: string;
  consultantId: string;
  initiativeId: number;
  at: Date;
  reference?: string;
  referralStatus?: ReferralStatus;
}) {
  const at = options.at;
  const reference = options.reference ?? `HIST-${nextNumber()}`;
  const household = buildHousehold({
    teamId: options.teamId,
    pc4: options.pc4,
    consultantId: options.consultantId,
    reference,
    createdAt: at,
    children: ["4-11"],
  });
  const intakeId = db
    .insert(intakes)
    .values({ householdId: household.id, conductedBy: options.consultantId, completedAt: at, createdAt: at })
    .returning({ id: intakes.id })
    .get().id;
  db.insert(intakeAnswers)
    .values({
      intakeId,
      domain: "social_network",
      score: 2,
      questionBehind: `${reference} voelt zich alleen`,
      ownStrength: `${reference} kookt graag`,
      networkStrength: "",
    })
    .run();
  const unmetNeedId = db
    .insert(needs)
    .values({
      householdId: household.id,
      intakeId,
      domain: "social_network",
      score: 2,
      status: "unmet",
      unmetReason: `niets voor ${reference}`,
      unmetAt: at,
      createdAt: at,
    })
    .returning({ id: needs.id })
    .get().id;
  const resolvedNeedId = db
    .insert(needs)
    .values({ householdId: household.id, intakeId, domain: "finances", score: 3, status: "resolved", createdAt: at })
    .returning({ id: needs.id })
    .get().id;
  const planId = db
    .insert(plans)
    .values({ householdId: household.id, reviewDate: toAmsterdamDate(at), updatedAt: at })
    .returning({ id: plans.id })
    .get().id;
  const goalId = db
    .insert(planGoals)
    .values({ planId, needId: unmetNeedId, description: `Doel van ${reference}`, createdAt: at })
    .returning({ id: planGoals.id })
    .get().id;
  db.insert(planActions)
    .values({ goalId, description: `Actie voor ${reference}`, owner: "household", dueDate: toAmsterdamDate(at), createdAt: at })
    .run();
  db.insert(consents)
    .values({ householdId: household.id, givenOn: toAmsterdamDate(at), scope: `Delen voor ${reference}`, recordedBy: options.consultantId, createdAt: at })
    .run();
  const status = options.referralStatus ?? "completed";
  const referralId = buildReferral({
    householdId: household.id,
    initiativeId: options.initiativeId,
    needId: resolvedNeedId,
    status,
    message: `Bericht over ${reference}`,
    lookingFor: "Gezelschap",
    contact: { name: `Contact ${reference}`, phone: "0612345678", email: `${reference.toLowerCase()}@example.org`, preference: "phone" },
    outcome: status === "completed" ? `${reference} komt elke week` : null,
    createdBy: options.consultantId,
    sentAt: at,
    answeredAt: at,
    closedAt: status === "completed" ? at : null,
    createdAt: at,
    updatedAt: at,
  });
  db.insert(referralEvents)
    .values({ referralId, fromStatus: "draft", toStatus: "sent", actorId: options.consultantId, note: `Over ${reference}`, createdAt: at })
    .run();
  db.insert(notifications)
    .values({
      userId: options.consultantId,
      kind: "referrals.notify.completed",
      params: { initiative: "Initiatief", reference },
      link: `/werkplek/verwijzingen/${referralId}`,
      createdAt: at,
    })
    .run();
  return { id: household.id, reference, unmetNeedId, resolvedNeedId, referralId };
}
