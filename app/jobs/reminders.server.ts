/**
 * "An organiser who has not answered in 5 working days is reminded" (DESIGN.md "Referral"):
 * once per referral, as an in-app notification that also reaches them in the email digest.
 */
import { remindOrganisation, unansweredReferralsSentBefore } from "~/models/referral";
import { fewestCalendarDaysFor, workingDaysBetween } from "~/utils/working-days.server";

const REMIND_AFTER_WORKING_DAYS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Reminds the organisations of referrals still unanswered after 5 working days; returns how many. */
export function sendReminders(now = new Date()): number {
  // The database narrows by calendar days; working days decide.
  const sentBefore = new Date(now.getTime() - fewestCalendarDaysFor(REMIND_AFTER_WORKING_DAYS) * DAY_MS);
  let reminded = 0;
  for (const referral of unansweredReferralsSentBefore(sentBefore)) {
    if (referral.sentAt && workingDaysBetween(referral.sentAt, now) >= REMIND_AFTER_WORKING_DAYS) {
      remindOrganisation(referral, now);
      reminded++;
    }
  }
  return reminded;
}
