import { z } from "zod";
import { CONTACT_PREFERENCES, DECLINE_REASONS, WEEKDAYS } from "~/domain/vocabulary";
import { choice, optionalEmail, optionalText, requiredText } from "./fields";

const optionalPhone = () =>
  z
    .string()
    .trim()
    .max(30, "referrals.form.invalidPhone")
    .regex(/^\+?[0-9][0-9 ()-]{5,}$/, "referrals.form.invalidPhone")
    .optional();

export const sendReferralSchema = z.object({
  message: requiredText(2000),
  lookingFor: requiredText(1000),
  contactName: optionalText(120),
  contactPhone: optionalPhone(),
  contactEmail: optionalEmail(),
  contactPreference: choice(CONTACT_PREFERENCES).optional(),
});

export const unmetSchema = z.object({
  intent: z.literal("unmet"),
  reason: requiredText(500),
});

const note = optionalText(1000);

/** Every answer a referral can get, one form each; `intent` is the command. */
export const referralCommandSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept"), note }),
  z.object({ intent: z.literal("waitlist"), note }),
  z.object({ intent: z.literal("decline"), reason: choice(DECLINE_REASONS), note }),
  z.object({ intent: z.literal("start"), note }),
  z.object({ intent: z.literal("could_not_contact"), note }),
  z.object({ intent: z.literal("complete"), outcome: requiredText(1000), note }),
  z.object({ intent: z.literal("stop"), reason: requiredText(500), note }),
  z.object({ intent: z.literal("withdraw"), note }),
]);

export type ReferralCommandInput = z.infer<typeof referralCommandSchema>;

/** The narrowing of the match list, read from the URL; a bad value is dropped, never an error. */
export const narrowSchema = z.object({
  km: z.coerce.number().int().min(1).max(100).optional().catch(undefined),
  dag: z.coerce
    .number()
    .int()
    .refine((day) => (WEEKDAYS as readonly number[]).includes(day))
    .optional()
    .catch(undefined),
  gratis: z.literal("1").optional().catch(undefined),
  waarom: z.literal("1").optional().catch(undefined),
});
