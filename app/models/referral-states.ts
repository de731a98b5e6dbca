/**
 * The referral state machine of DESIGN.md ("Referral") as data, free of server code so that pages
 * can show only the steps that can work. app/models/referral.server.ts enforces it.
 */
import type { ReferralStatus } from "~/domain/vocabulary";

export type ReferralCommand =
  | "send"
  | "accept"
  | "waitlist"
  | "decline"
  | "withdraw"
  | "start"
  | "could_not_contact"
  | "complete"
  | "stop";

export type ReferralSide = "team" | "organisation";

/** The state machine of DESIGN.md, and nothing else: a command not listed for a state is refused. */
export const REFERRAL_TRANSITIONS: Record<ReferralCommand, { side: ReferralSide; from: readonly ReferralStatus[]; to: ReferralStatus }> = {
  send: { side: "team", from: ["draft"], to: "sent" },
  accept: { side: "organisation", from: ["sent", "waitlisted"], to: "accepted" },
  waitlist: { side: "organisation", from: ["sent"], to: "waitlisted" },
  decline: { side: "organisation", from: ["sent", "waitlisted"], to: "declined" },
  withdraw: { side: "team", from: ["sent", "waitlisted", "accepted"], to: "withdrawn" },
  start: { side: "organisation", from: ["accepted"], to: "started" },
  could_not_contact: { side: "organisation", from: ["accepted"], to: "could_not_contact" },
  complete: { side: "organisation", from: ["started"], to: "completed" },
  stop: { side: "organisation", from: ["started"], to: "stopped" },
};

/** A referral in one of these states is over: its contact details are erased. */
export const CLOSED_REFERRAL_STATUSES: readonly ReferralStatus[] = ["declined", "withdrawn", "completed", "stopped", "could_not_contact"];
/** Still waiting for, or in, the activity. */
export const ACTIVE_REFERRAL_STATUSES = ["sent", "waitlisted", "accepted", "started"] as const;

export function isClosed(status: ReferralStatus) {
  return CLOSED_REFERRAL_STATUSES.includes(status);
}

/** The commands one side may give in a state, for showing only the buttons that can work. */
export function commandsFor(status: ReferralStatus, side: ReferralSide): ReferralCommand[] {
  return (Object.keys(REFERRAL_TRANSITIONS) as ReferralCommand[]).filter(
    (command) => command !== "send" && REFERRAL_TRANSITIONS[command].side === side && REFERRAL_TRANSITIONS[command].from.includes(status),
  );
}
