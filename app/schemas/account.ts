import { z } from "zod";
import { EMAIL_FREQUENCIES, EMAIL_KINDS, type EmailKind } from "~/domain/email-preferences";
import { choice, email, newPassword, requiredText } from "./fields";

export const loginSchema = z.object({
  email: email(),
  password: requiredText(200),
  redirectTo: z.string().optional(),
});

export const registerSchema = z.object({
  name: requiredText(80),
  email: email(),
  password: newPassword(),
});

export const profileSchema = z.object({
  intent: z.literal("profile"),
  name: requiredText(80),
  locale: z.enum(["nl", "en"], { message: "form.invalidChoice" }),
});

export const passwordSchema = z.object({
  intent: z.literal("password"),
  currentPassword: requiredText(200),
  newPassword: newPassword(),
});

export const deleteAccountSchema = z.object({
  intent: z.literal("delete"),
  confirmEmail: email(),
});

export const emailPreferencesSchema = z.object({
  intent: z.literal("email"),
  ...(Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, choice(EMAIL_FREQUENCIES)])) as Record<
    EmailKind,
    ReturnType<typeof choice<typeof EMAIL_FREQUENCIES>>
  >),
});
