import { z } from "zod";
import { DAY_PARTS, INVITE_ANSWERS, LANGUAGES, LIFE_DOMAINS, WEEKDAYS } from "~/domain/vocabulary";
import { checkbox, choices, msg, optionalText, requiredText } from "./fields";

/** Every cell of the availability grid: "1:morning" … "7:evening" (ISO weekday and part of day). */
const AVAILABILITY_SLOTS = WEEKDAYS.flatMap((day) => DAY_PARTS.map((part) => `${day}:${part}`)) as [string, ...string[]];

const MAX_SKILLS = 20;
const MAX_SKILL_LENGTH = 40;

/** "koken, Fietsen ,koken" → ["koken", "Fietsen"]: trimmed, no empties, no case-insensitive repeats. */
function splitSkills(value: string): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const raw of value.split(/[,\n]/)) {
    const skill = raw.trim().replace(/\s+/g, " ");
    if (skill === "" || seen.has(skill.toLowerCase())) continue;
    seen.add(skill.toLowerCase());
    skills.push(skill);
  }
  return skills;
}

export const helperProfileSchema = z.object({
  skills: z
    .string()
    .max(1000, msg("form.tooLong", { max: 1000 }))
    .optional()
    .transform((value) => splitSkills(value ?? ""))
    .refine((skills) => skills.length <= MAX_SKILLS, msg("helping.profile.tooManySkills", { max: MAX_SKILLS }))
    .refine((skills) => skills.every((skill) => skill.length <= MAX_SKILL_LENGTH), msg("helping.profile.skillTooLong", { max: MAX_SKILL_LENGTH })),
  interests: choices(LIFE_DOMAINS),
  neighbourhoodId: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number({ invalid_type_error: "form.invalidChoice" }).int("form.invalidChoice").positive("form.invalidChoice").optional(),
  ),
  availability: choices(AVAILABILITY_SLOTS),
  languages: choices(LANGUAGES),
  about: optionalText(1000),
  discoverable: checkbox(),
});
export type HelperProfileInput = z.infer<typeof helperProfileSchema>;

export const applySchema = z.object({
  message: requiredText(1000),
});

const applicationId = z.coerce.number({ invalid_type_error: "form.invalidNumber" }).int().positive();

/** The invited resident's yes or no on /mijn. */
export const answerInviteSchema = z.object({
  intent: z.literal("answerInvite"),
  inviteId: z.coerce.number({ invalid_type_error: "form.invalidNumber" }).int().positive(),
  answer: z.enum(INVITE_ANSWERS),
});

export const withdrawSchema = z.object({
  intent: z.literal("withdraw"),
  applicationId,
});

/** The organiser's forms on the volunteers page. */
export const organiserVolunteerSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept"), applicationId }),
  z.object({ intent: z.literal("decline"), applicationId, reason: requiredText(500) }),
  z.object({
    intent: z.literal("invite"),
    userId: requiredText(64),
    initiativeId: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.coerce.number({ invalid_type_error: "form.invalidChoice" }).int().positive().optional(),
    ),
    message: optionalText(500),
  }),
]);

/** The helper search lives in the URL (GET), so anything odd there is simply ignored. */
const helperSearchSchema = z.object({
  skill: z.string().trim().max(100).optional().catch(undefined),
  wijk: z.coerce.number().int().positive().optional().catch(undefined),
  day: z.coerce.number().int().min(1).max(7).optional().catch(undefined),
  part: z.enum(DAY_PARTS).optional().catch(undefined),
  language: z.enum(LANGUAGES).optional().catch(undefined),
});
export type HelperSearchInput = z.infer<typeof helperSearchSchema>;

/** Reads the helper search from the URL; empty values mean "any". */
export function parseHelperSearch(params: URLSearchParams): HelperSearchInput {
  const raw = Object.fromEntries([...params].filter(([, value]) => value !== ""));
  const parsed = helperSearchSchema.parse(raw);
  return { ...parsed, skill: parsed.skill || undefined };
}
