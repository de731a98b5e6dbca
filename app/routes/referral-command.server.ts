import { data } from "@remix-run/node";
import { REFERRAL_TRANSITIONS, type ReferralSide } from "~/domain/referral-states";
import { runReferralCommand } from "~/models/referral";
import { referralCommandSchema } from "~/schemas/referrals";
import type { Actor } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";
import { throwIfRefused } from "~/utils/route-helpers.server";

/**
 * The action behind every answer form of a referral page: validates the form, runs the command
 * and confirms it, or shows the model's refusal (no places left, a step no longer possible).
 */
export async function referralCommandAction(request: Request, actor: Actor, referralId: number, side: ReferralSide, redirectTo: string) {
  const { submission } = await parseForm(request, referralCommandSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = submission.value;
  // A page offers only its own side's steps; anything else posted to it is refused here.
  if (REFERRAL_TRANSITIONS[input.intent].side !== side) {
    return data(submission.reply({ formErrors: ["referrals.error.forbidden"] }), { status: 403 });
  }
  const result = runReferralCommand(actor, input.intent, {
    referralId,
    note: input.note,
    reason: "reason" in input ? input.reason : undefined,
    outcome: "outcome" in input ? input.outcome : undefined,
  });
  throwIfRefused(result);
  if (!result.ok) return data(submission.reply({ formErrors: [`referrals.error.${result.error}`] }), { status: 409 });
  return redirectWithToast(redirectTo, { key: `referrals.done.${input.intent}` });
}
