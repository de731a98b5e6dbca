/** Forms of the consultant workspace: household, intake, plan, consent, caseload filters. */
import { z } from "zod";
import { AGE_BANDS, BUDGETS, ERASE_REASONS, LANGUAGES, LIFE_DOMAINS, MOBILITY, PLAN_ACTION_OWNERS, type AgeBand, type LifeDomain } from "~/domain/vocabulary";
import { checkbox, choice, choices, integer, isoDate, msg, optionalInteger, optionalIsoDate, requiredText } from "./fields";

/** Form field per age band, holding the number of children in it. */
export const CHILDREN_FIELDS = {
  "0-3": "children0to3",
  "4-11": "children4to11",
  "12-17": "children12to17",
  "18-23": "children18to23",
} as const satisfies Record<AgeBand, string>;

const MAX_CHILDREN_PER_BAND = 10;

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) => choice(values).optional();

const weekdays = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.coerce.number().int().min(1, "form.invalidChoice").max(7, "form.invalidChoice")),
);

export const householdSchema = z.object({
  teamId: integer(1, Number.MAX_SAFE_INTEGER),
  reference: requiredText(40).regex(/^[\p{L}\p{N} ._/-]+$/u, "workspace.household.referenceInvalid"),
  pc4: z
    .string({ required_error: "form.required" })
    .trim()
    .regex(/^[1-9]\d{3}$/, "workspace.household.pc4Invalid"),
  adults: integer(0, 12),
  hasOlderAdult: checkbox(),
  children0to3: optionalInteger(0, MAX_CHILDREN_PER_BAND),
  children4to11: optionalInteger(0, MAX_CHILDREN_PER_BAND),
  children12to17: optionalInteger(0, MAX_CHILDREN_PER_BAND),
  children18to23: optionalInteger(0, MAX_CHILDREN_PER_BAND),
  languages: choices(LANGUAGES),
  mobility: optionalChoice(MOBILITY),
  maxTravelKm: optionalInteger(0, 100),
  availableDays: weekdays,
  budget: optionalChoice(BUDGETS),
  needsWheelchairAccess: checkbox(),
  needsHearingLoop: checkbox(),
});
export type HouseholdForm = z.infer<typeof householdSchema>;

/** The children of a household as one age band per child, from the per-band counts of the form. */
function childrenFromForm(form: HouseholdForm): AgeBand[] {
  return AGE_BANDS.flatMap((band) => Array.from({ length: form[CHILDREN_FIELDS[band]] ?? 0 }, () => band));
}

/** Erasing at once: a reason from the list, and an explicit "I understand this cannot be undone". */
export const eraseHouseholdSchema = z.object({
  reason: choice(ERASE_REASONS),
  confirm: checkbox().refine((value) => value, "workspace.erase.confirmRequired"),
});

export const reassignSchema = z.object({
  intent: z.literal("reassign"),
  consultantId: requiredText(100),
});

/** One life domain of the intake; every text is optional until the intake is completed. */
const intakeAnswerSchema = z.object({
  score: z.coerce.number().int().min(1, "form.invalidChoice").max(5, "form.invalidChoice").optional(),
  questionBehind: z
    .string()
    .trim()
    .max(2000, msg("form.tooLong", { max: 2000 }))
    .optional(),
  ownStrength: z
    .string()
    .trim()
    .max(2000, msg("form.tooLong", { max: 2000 }))
    .optional(),
  networkStrength: z
    .string()
    .trim()
    .max(2000, msg("form.tooLong", { max: 2000 }))
    .optional(),
});
export type IntakeAnswerForm = z.infer<typeof intakeAnswerSchema>;

export const intakeSchema = z.object({
  /** "autosave" is the step-by-step form saving as it goes: saved like "save", answered without a redirect. */
  intent: z.enum(["save", "autosave", "complete"], { message: "form.invalidChoice" }),
  ...(Object.fromEntries(LIFE_DOMAINS.map((domain) => [domain, intakeAnswerSchema.optional()])) as Record<
    LifeDomain,
    z.ZodOptional<typeof intakeAnswerSchema>
  >),
});

export type IntakeFormValue = z.infer<typeof intakeSchema>;

export const reviewDateSchema = z.object({
  intent: z.literal("reviewDate"),
  reviewDate: isoDate(),
});

export const goalSchema = z.object({
  intent: z.literal("goal"),
  needId: optionalInteger(1, Number.MAX_SAFE_INTEGER),
  description: requiredText(500),
});

export const actionSchema = z.object({
  intent: z.literal("action"),
  goalId: integer(1, Number.MAX_SAFE_INTEGER),
  description: requiredText(500),
  owner: choice(PLAN_ACTION_OWNERS),
  dueDate: optionalIsoDate(),
});

const actionDoneSchema = z.object({
  intent: z.literal("actionDone"),
  actionId: integer(1, Number.MAX_SAFE_INTEGER),
});

const goalAchievedSchema = z.object({
  intent: z.literal("goalAchieved"),
  goalId: integer(1, Number.MAX_SAFE_INTEGER),
});

export const planSchema = z.discriminatedUnion("intent", [reviewDateSchema, goalSchema, actionSchema, actionDoneSchema, goalAchievedSchema]);

export const recordConsentSchema = z.object({
  intent: z.literal("record"),
  givenOn: isoDate(),
  scope: requiredText(500),
});

export const withdrawConsentSchema = z.object({
  intent: z.literal("withdraw"),
  confirm: checkbox().refine((value) => value, "workspace.consent.confirmRequired"),
});

export const consentSchema = z.discriminatedUnion("intent", [recordConsentSchema, withdrawConsentSchema]);

/** Caseload filters, read from the URL; anything unknown falls back to "no filter". */
export const caseloadFilterSchema = z.object({
  team: z.coerce.number().int().positive().optional().catch(undefined),
  scope: z.enum(["mine", "team"]).optional().catch(undefined),
  wijk: z.coerce.number().int().positive().optional().catch(undefined),
  domain: z.enum(LIFE_DOMAINS).optional().catch(undefined),
  flagged: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((value) => value === "1"),
  /** Part of a reference; anything longer than a reference can be is cut, never refused. */
  q: z
    .string()
    .transform((value) => value.trim().slice(0, 40) || undefined)
    .optional()
    .catch(undefined),
  /** The page of the list; anything else than a page number shows the first. */
  pagina: z.coerce.number().int().positive().optional().catch(undefined),
});
export type CaseloadFilterForm = z.infer<typeof caseloadFilterSchema>;

/** The form's values as the model's input: counts per age band become one age band per child. */
export function householdInputFrom(form: HouseholdForm) {
  return {
    reference: form.reference,
    pc4: form.pc4,
    adults: form.adults,
    hasOlderAdult: form.hasOlderAdult,
    children: childrenFromForm(form),
    languages: form.languages,
    mobility: form.mobility ?? null,
    maxTravelKm: form.maxTravelKm ?? null,
    availableDays: form.availableDays,
    budget: form.budget ?? null,
    needsWheelchairAccess: form.needsWheelchairAccess,
    needsHearingLoop: form.needsHearingLoop,
  };
}

/** Where the model's refusal of a household record shows up on the form. */
export function householdFieldErrors(error: "unknown_postcode" | "reference_taken" | "forbidden"): Record<string, string[]> {
  if (error === "unknown_postcode") return { pc4: ["workspace.household.pc4Unknown"] };
  if (error === "reference_taken") return { reference: ["workspace.household.referenceTaken"] };
  return { teamId: ["workspace.household.teamNotYours"] };
}
