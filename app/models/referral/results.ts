/** What a referral use case answers (decision 013): the referral's id, or why not. */

export type ReferralError =
  | "not_found"
  | "forbidden"
  | "illegal_transition"
  | "no_places"
  | "no_consent"
  | "reason_required"
  | "outcome_required"
  | "initiative_unavailable"
  | "already_referred";

export type ReferralResult = { ok: true; referralId: number } | { ok: false; error: ReferralError };
