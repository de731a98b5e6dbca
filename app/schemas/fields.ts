/**
 * Building blocks for form schemas. Error messages are locale keys (with parameters after "?"),
 * translated next to the field, so one schema serves both languages on client and server.
 */
import { z } from "zod";
import { isIsoDate } from "~/utils/dates";
import { isWeakPassword } from "~/domain/password";

export function msg(key: string, params?: Record<string, string | number>) {
  if (!params) return key;
  return `${key}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
}

export function parseMessage(message: string): { key: string; params: Record<string, string> } {
  const [key, query] = message.split("?", 2) as [string, string | undefined];
  return { key, params: Object.fromEntries(new URLSearchParams(query ?? "")) };
}

const REQUIRED = "form.required";

export const requiredText = (max = 200, min = 1) =>
  z
    .string({ required_error: REQUIRED, invalid_type_error: REQUIRED })
    .trim()
    .min(min, min > 1 ? msg("form.tooShort", { min }) : REQUIRED)
    .max(max, msg("form.tooLong", { max }));

/** A password someone chooses: a weak one is flagged together with every other field, not after them. */
export const newPassword = () => requiredText(200).refine((password) => !isWeakPassword(password), { message: "auth.weakPassword" });

export const optionalText = (max = 2000) => z.string().trim().max(max, msg("form.tooLong", { max })).optional();

export const email = () =>
  z
    .string({ required_error: REQUIRED })
    .trim()
    .toLowerCase()
    .max(254, msg("form.tooLong", { max: 254 }))
    .email("form.invalidEmail");

export const optionalEmail = () => email().optional();

export const optionalUrl = () =>
  z
    .string()
    .trim()
    .max(500, msg("form.tooLong", { max: 500 }))
    .url("form.invalidUrl")
    .refine((value) => /^https?:\/\//i.test(value), "form.invalidUrl")
    .optional();

export const integer = (min: number, max: number) =>
  z.coerce
    .number({ required_error: REQUIRED, invalid_type_error: "form.invalidNumber" })
    .int("form.invalidNumber")
    .min(min, msg("form.numberTooSmall", { min }))
    .max(max, msg("form.numberTooLarge", { max }));

export const optionalInteger = (min: number, max: number) => integer(min, max).optional();

/** A checkbox: present means on. */
export const checkbox = () => z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { required_error: REQUIRED, invalid_type_error: "form.invalidChoice", message: "form.invalidChoice" });

/** Several checkboxes with the same name; none checked gives an empty list. */
export const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(values, { message: "form.invalidChoice" })));

/** YYYY-MM-DD as sent by <input type="date">, a day that exists (no 30 February). */
export const isoDate = () => z.string({ required_error: REQUIRED }).refine(isIsoDate, "form.invalidDate");

export const optionalIsoDate = () => isoDate().optional();

/** HH:MM, 24-hour clock. */
export const time = () => z.string({ required_error: REQUIRED }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "form.invalidTime");

/** Dutch postcode, full ("3521 AB") or four digits, normalised to "3521AB" / "3521". */
export const postcode = () =>
  z
    .string({ required_error: REQUIRED })
    .trim()
    .transform((value) => value.replace(/\s+/g, "").toUpperCase())
    .refine((value) => /^[1-9]\d{3}([A-Z]{2})?$/.test(value), "form.invalidPostcode");
