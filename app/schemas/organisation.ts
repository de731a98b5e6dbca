import { z } from "zod";
import { ORGANISATION_KINDS, ORGANISATION_ROLES } from "~/domain/vocabulary";
import { choice, email, optionalUrl, requiredText } from "./fields";

/** Digits, spaces, dashes, brackets and a leading plus: how people write Dutch phone numbers. */
export const optionalPhone = () =>
  z
    .string()
    .trim()
    .regex(/^\+?[\d\s\-()]{6,20}$/, "organiser.form.invalidPhone")
    .optional();

/** The KvK (Chamber of Commerce) number has exactly 8 digits; spaces people type are ignored. */
const optionalKvk = () =>
  z
    .string()
    .transform((value) => value.replace(/\s+/g, ""))
    .refine((value) => /^\d{8}$/.test(value), "organiser.form.invalidKvk")
    .optional();

export const organisationSchema = z.object({
  name: requiredText(120, 2),
  kind: choice(ORGANISATION_KINDS),
  description: requiredText(3000),
  website: optionalUrl(),
  email: email(),
  phone: optionalPhone(),
  kvkNumber: optionalKvk(),
});
export type OrganisationInput = z.infer<typeof organisationSchema>;

export const inviteSchema = z.object({
  intent: z.literal("invite"),
  email: email(),
  role: choice(ORGANISATION_ROLES),
});

const changeRoleSchema = z.object({
  intent: z.literal("role"),
  userId: requiredText(100),
  role: choice(ORGANISATION_ROLES),
});

export const removeMemberSchema = z.object({
  intent: z.literal("remove"),
  userId: requiredText(100),
});

export const membersActionSchema = z.discriminatedUnion("intent", [inviteSchema, changeRoleSchema, removeMemberSchema]);

/** An admin sends a listing or registration back, or pauses a listing: always with a reason. */
export const reasonText = () => requiredText(1000, 5);

export const organisationModerationSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify"), organisationId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("sendBackOrganisation"), organisationId: z.coerce.number().int().positive(), reason: reasonText() }),
]);
