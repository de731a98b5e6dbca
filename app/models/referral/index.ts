/** Closed-loop referrals: the domain's public face. */
export type { ReferralError, ReferralResult } from "./results";
export { prepareReferral, sendReferral, type ContactInput, type ReferralDraft, type SendReferralInput } from "./sending.server";
export { remindOrganisation, runReferralCommand, unansweredReferralsSentBefore } from "./lifecycle.server";
export {
  getReferralForOrganisation,
  getReferralForTeam,
  listReferralsForOrganisation,
  type InboxRow,
  type OrganisationReferralView,
  type ReferralEventView,
  type TeamReferralView,
} from "./reading.server";
