/**
 * Email people can control: each kind of message on its own, at one of four frequencies. Shared by
 * the schema, the account page and the digest.
 */
export const EMAIL_KINDS = ["referrals", "collective_needs", "volunteering", "reminders", "organisation"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const EMAIL_FREQUENCIES = ["immediately", "daily", "weekly", "never"] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

/** Which kind a notification belongs to, from its message key. */
export function emailKindOf(messageKey: string): EmailKind {
  if (messageKey === "referrals.notify.reminder") return "reminders";
  if (messageKey.startsWith("referrals.")) return "referrals";
  if (messageKey.startsWith("collective.")) return "collective_needs";
  if (messageKey.startsWith("helping.")) return "volunteering";
  return "organisation";
}
