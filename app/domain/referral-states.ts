/**
 * The referral state machine of docs/DESIGN.md ("Referral") as data, and the groups of states the
 * rest of the code asks about, free of server code so that pages can show only the steps that can
 * work. app/models/referral enforces it.
 */
import type { ReferralStatus } from "~/domain/vocabulary";

export type ReferralCommand = "send" | "accept" | "waitlist" | "decline" | "withdraw" | "start" | "could_not_contact" | "complete" | "stop";

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
const CLOSED_REFERRAL_STATUSES = ["declined", "withdrawn", "completed", "stopped", "could_not_contact"] as const satisfies readonly ReferralStatus[];
/** Still waiting for, or in, the activity: withdrawn when the household is erased. */
export const ACTIVE_REFERRAL_STATUSES = ["sent", "waitlisted", "accepted", "started"] as const satisfies readonly ReferralStatus[];
/** Not closed yet, a draft included: these count as the household's open referrals and lose their consent. */
export const OPEN_REFERRAL_STATUSES = ["draft", ...ACTIVE_REFERRAL_STATUSES] as const satisfies readonly ReferralStatus[];
/** These hold one of the initiative's places. */
export const PLACE_TAKING_REFERRAL_STATUSES = ["accepted", "started"] as const satisfies readonly ReferralStatus[];

export function isClosed(status: ReferralStatus): boolean {
  return (CLOSED_REFERRAL_STATUSES as readonly ReferralStatus[]).includes(status);
}

export function isActive(status: ReferralStatus): boolean {
  return (ACTIVE_REFERRAL_STATUSES as readonly ReferralStatus[]).includes(status);
}

/** The commands one side may give in a state, for showing only the buttons that can work. */
export function commandsFor(status: ReferralStatus, side: ReferralSide): ReferralCommand[] {
  return (Object.keys(REFERRAL_TRANSITIONS) as ReferralCommand[]).filter(
    (command) => command !== "send" && REFERRAL_TRANSITIONS[command].side === side && REFERRAL_TRANSITIONS[command].from.includes(status),
  );
}
