import { z } from "zod";
import { INITIATIVE_KINDS, LANGUAGES, LIFE_DOMAINS, TARGET_GROUPS, WEEKDAYS } from "~/domain/vocabulary";
import { DEFAULT_TAKING_PART, TAKING_PART } from "~/domain/taking-part";
import { ANSWERS } from "~/domain/answer";
import { publicationGaps } from "~/domain/listing-readiness";
import { checkbox, choice, choices, optionalEmail, optionalInteger, optionalText, optionalUrl, postcode, requiredText, time } from "./fields";
import { optionalPhone, reasonText } from "./organisation";

/** Rows the form offers for the weekly schedule; blank rows are ignored, so this works without JavaScript. */
export const SLOT_ROWS = 5;
const MAX_SLOTS = 21;

const weekday = z.coerce
  .number({ invalid_type_error: "form.invalidChoice" })
  .int("form.invalidChoice")
  .refine((value) => (WEEKDAYS as readonly number[]).includes(value), "form.invalidChoice");

/**
 * One row of the schedule. A row left blank is fine; a row that is started needs a day, a start
 * and an end after the start. Errors stay on the row's own fields, so the person sees where.
 */
const slotRow = z
  .object({ weekday: weekday.optional(), startTime: time().optional(), endTime: time().optional() })
  .optional()
  .superRefine((row, ctx) => {
    if (!row || (row.weekday === undefined && row.startTime === undefined && row.endTime === undefined)) return;
    if (row.weekday === undefined) ctx.addIssue({ code: "custom", path: ["weekday"], message: "form.required" });
    if (row.startTime === undefined) ctx.addIssue({ code: "custom", path: ["startTime"], message: "form.required" });
    if (row.endTime === undefined) ctx.addIssue({ code: "custom", path: ["endTime"], message: "form.required" });
    if (row.startTime && row.endTime && row.endTime <= row.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "organiser.form.endBeforeStart" });
    }
  });

export type ScheduleSlot = { weekday: number; startTime: string; endTime: string };

const slots = z
  .array(slotRow)
  .max(MAX_SLOTS)
  .optional()
  .transform((rows) => (rows ?? []).filter((row): row is ScheduleSlot => Boolean(row?.weekday && row.startTime && row.endTime)));

const atLeastOne = <T extends readonly [string, ...string[]]>(values: T) => choices(values).refine((list) => list.length > 0, "organiser.form.pickAtLeastOne");

const listingFields = z.object({
  title: requiredText(120, 3),
  summary: requiredText(300, 10),
  description: optionalText(5000),
  kind: choice(INITIATIVE_KINDS),
  domains: atLeastOne(LIFE_DOMAINS),
  targetGroups: atLeastOne(TARGET_GROUPS),
  tags: optionalText(300),
  slots,
  capacity: optionalInteger(1, 10000),
  participantsOutsideReferrals: optionalInteger(0, 10000),
  minAge: optionalInteger(0, 120),
  maxAge: optionalInteger(0, 120),
  isOnline: checkbox(),
  address: optionalText(200),
  postcode: postcode().optional(),
  isFree: choice(ANSWERS),
  costNote: optionalText(300),
  whatToBring: optionalText(300),
  wheelchairAccessible: choice(ANSWERS),
  hearingLoop: checkbox(),
  languages: choices(LANGUAGES),
  acceptsReferrals: checkbox(),
  takingPart: choice(TAKING_PART).default(DEFAULT_TAKING_PART),
  signUpInSite: checkbox(),
  contactName: optionalText(100),
  contactEmail: optionalEmail(),
  contactPhone: optionalPhone(),
  website: optionalUrl(),
});

/**
 * Every save needs a place (or online), as it always did; publishing, and saving a listing that
 * is already out, needs the whole publication rule (app/domain/listing-readiness.ts).
 */
function listingRules(stage: "draft" | "public") {
  return (value: z.infer<typeof listingFields>, ctx: z.RefinementCtx) => {
    if (value.minAge !== undefined && value.maxAge !== undefined && value.minAge > value.maxAge) {
      ctx.addIssue({ code: "custom", path: ["maxAge"], message: "organiser.form.maxAgeBelowMin" });
    }
    const gaps = publicationGaps({ ...value, slotCount: value.slots.length });
    for (const gap of gaps) {
      if (stage === "public" || gap.need === "where") ctx.addIssue({ code: "custom", path: [gap.field], message: gap.message });
    }
    // Signing up in the site is one way of signing up with the organiser, not of the other two.
    if (value.signUpInSite && value.takingPart !== "sign_up") {
      ctx.addIssue({ code: "custom", path: ["signUpInSite"], message: "takingPart.form.signUpNeedsSignUp" });
    }
    // "There are costs" needs a word on how much; "not known" claims nothing, so needs nothing.
    if (value.isFree === "no" && !value.costNote) {
      ctx.addIssue({ code: "custom", path: ["costNote"], message: "organiser.form.costOrFree" });
    }
  };
}

export const listingSchema = listingFields.superRefine(listingRules("draft"));
export const publicListingSchema = listingFields.superRefine(listingRules("public"));
export type ListingInput = z.infer<typeof listingSchema>;

/** The lifecycle buttons on the edit page; each is its own small form. */
export const LISTING_ACTIONS = ["submit", "pause", "resume", "archive", "restore", "confirm"] as const;
export type ListingAction = (typeof LISTING_ACTIONS)[number];

export const listingActionSchema = z.object({ intent: choice(LISTING_ACTIONS) });

const id = z.coerce.number().int().positive();

export const listingModerationSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve"), initiativeId: id }),
  z.object({ intent: z.literal("sendBack"), initiativeId: id, reason: reasonText() }),
  z.object({ intent: z.literal("pause"), initiativeId: id, reason: reasonText() }),
]);
