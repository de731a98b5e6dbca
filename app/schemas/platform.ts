/** Forms of the platform admin (/beheer) and of a coordinator's team page. */
import { z } from "zod";
import { PLATFORM_ROLES } from "~/domain/platform-roles";
import { TEAM_ROLES } from "~/domain/vocabulary";
import { checkbox, choice, email, msg, optionalEmail, optionalText, requiredText } from "./fields";

/** A decimal number, with a comma as Dutch people write it ("52,09"). */
const coordinate = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim().replace(",", ".") : value),
    z.coerce
      .number({ required_error: "form.required", invalid_type_error: "platform.invalidCoordinate" })
      .refine((value) => Number.isFinite(value), "platform.invalidCoordinate")
      .refine((value) => value >= min && value <= max, msg("platform.coordinateRange", { min, max })),
  );

/** "3561, 3562 3563" → ["3561", "3562", "3563"]; each a four-digit Dutch postcode. */
const pc4List = () =>
  z
    .string({ required_error: "form.required" })
    .max(2000, msg("form.tooLong", { max: 2000 }))
    .transform((value) => value.split(/[\s,;]+/).filter(Boolean))
    .superRefine((codes, context) => {
      if (codes.length === 0) context.addIssue({ code: "custom", message: "form.required" });
      const wrong = codes.find((code) => !/^[1-9]\d{3}$/.test(code));
      if (wrong) context.addIssue({ code: "custom", message: msg("platform.wijk.invalidPostcode", { value: wrong.slice(0, 12) }) });
    });

export const neighbourhoodSchema = z.object({
  name: requiredText(100),
  description: optionalText(1000),
  // The Netherlands lies within these bounds; anything else is a typing error.
  lat: coordinate(50.7, 53.6),
  lng: coordinate(3.3, 7.3),
  postcodes: pc4List(),
});

const id = () => z.coerce.number({ invalid_type_error: "form.invalidChoice" }).int().positive();

export const teamSchema = z.object({
  name: requiredText(100),
  email: optionalEmail(),
  neighbourhoodIds: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(id()).min(1, "platform.team.chooseWijk"),
  ),
  leadEmail: optionalEmail(),
});

export const addMemberSchema = z.object({
  intent: z.literal("add"),
  email: email(),
  role: choice(TEAM_ROLES),
});

export const removeMemberSchema = z.object({ intent: z.literal("remove"), userId: z.string().uuid() });

export const teamMembersActionSchema = z.discriminatedUnion("intent", [addMemberSchema, removeMemberSchema]);

export const addToTeamSchema = z.object({ intent: z.literal("addTeam"), teamId: id(), role: choice(TEAM_ROLES) });

export const personActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("role"), role: choice(PLATFORM_ROLES), granted: checkbox() }),
  z.object({ intent: z.literal("block"), blocked: checkbox() }),
  addToTeamSchema,
  z.object({ intent: z.literal("removeTeam"), teamId: id() }),
]);

export const statementSchema = z.object({
  nl: requiredText(20_000),
  en: requiredText(20_000),
});
