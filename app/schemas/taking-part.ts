import { z } from "zod";
import { requiredText } from "./fields";

/** The resident's buttons on an initiative page. */
export const signUpSchema = z.object({ intent: z.enum(["signUp", "cancelSignUp"]) });

/** A resident cancels one of their sign-ups from /mijn. */
export const cancelMySignUpSchema = z.object({
  intent: z.literal("cancelSignUp"),
  initiativeId: z.coerce.number({ invalid_type_error: "form.invalidNumber" }).int().positive(),
});

/** The organiser takes someone off an activity's list and tells them why. */
export const removeParticipantSchema = z.object({
  intent: z.literal("removeParticipant"),
  participantId: z.coerce.number({ invalid_type_error: "form.invalidNumber" }).int().positive(),
  message: requiredText(500, 5),
});
