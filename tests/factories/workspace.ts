/**
 * Builders for the consultant workspace: two teams with their staff, households with needs, and
 * referrals in any status. Each call makes unique rows, so tests can build several of anything.
 */
import { households, needs, referrals } from "~db/schema";
import type { ContactPreference, LifeDomain, ReferralStatus } from "~/domain/vocabulary";
import { db } from "~/utils/db.server";
import { addTeamMember, createWijkTeam, freshPc4, nextNumber } from "./core";

export type TestNeed = { domain: LifeDomain; score: number; status?: "open" | "referred" | "unmet" | "resolved" };

/** A household of the team with the given needs (no intake behind them). */
export function createHousehold(options: {
  teamId: number;
  pc4: string;
  consultantId?: string | null;
  reference?: string;
  needs?: TestNeed[];
  createdAt?: Date;
}) {
  const n = nextNumber();
  const id = db
    .insert(households)
    .values({
      teamId: options.teamId,
      reference: options.reference ?? `HH-${n}`,
      pc4: options.pc4,
      adults: 1,
      consultantId: options.consultantId ?? null,
      createdBy: options.consultantId ?? null,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    })
    .returning({ id: households.id })
    .get().id;
  const needIds = (options.needs ?? []).map(
    (need) =>
      db
        .insert(needs)
        .values({ householdId: id, domain: need.domain, score: need.score, status: need.status ?? "open" })
        .returning({ id: needs.id })
        .get().id,
  );
  return { id, needIds };
}

export type TestContact = { name: string; phone?: string; email?: string; preference?: ContactPreference };

/** A referral in any status, optionally with contact details, as if it got there through its events. */
export function createReferral(options: {
  householdId: number;
  initiativeId: number;
  needId?: number | null;
  status: ReferralStatus;
  sentAt?: Date | null;
  contact?: TestContact;
  createdBy?: string | null;
}) {
  const sentAt = options.sentAt ?? (options.status === "draft" ? null : new Date());
  return db
    .insert(referrals)
    .values({
      householdId: options.householdId,
      initiativeId: options.initiativeId,
      needId: options.needId ?? null,
      status: options.status,
      message: "Graag contact.",
      lookingFor: "Gezelschap",
      contactName: options.contact?.name ?? null,
      contactPhone: options.contact?.phone ?? null,
      contactEmail: options.contact?.email ?? null,
      contactPreference: options.contact?.preference ?? null,
      createdBy: options.createdBy ?? null,
      sentAt,
    })
    .returning({ id: referrals.id })
    .get().id;
}

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
