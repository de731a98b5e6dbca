/** Who may reach a referral: its household's team, and the receiving organisation from "sent" on. */
import type { ReferralStatus } from "~/domain/vocabulary";
import { can, type Actor } from "~/utils/permissions";

/** Outsiders learn nothing, not even that the referral exists. */
export function mayReach(actor: Actor, row: { teamId: number; organisationId: number; referral: { status: ReferralStatus } }) {
  return can(actor, "referral.view_as_team", { teamId: row.teamId }) || reachesAsOrganisation(actor, row);
}

/**
 * The receiving organisation sees a referral from "sent" on, exactly as its inbox lists them: a
 * draft is the team's own work and does not exist for the organisation (docs/decisions/005).
 */
export function reachesAsOrganisation(actor: Actor, row: { organisationId: number; referral: { status: ReferralStatus } }) {
  return row.referral.status !== "draft" && can(actor, "referral.answer", { organisationId: row.organisationId });
}
