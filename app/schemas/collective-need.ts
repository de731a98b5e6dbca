import { z } from "zod";
import { CHECKLIST_KINDS, LIFE_DOMAINS, SUPPORT_KINDS, TARGET_GROUPS } from "~/domain/vocabulary";
import { checkbox, choice, integer, msg, optionalIsoDate, requiredText } from "./fields";

/** Number of checklist rows the draft form offers (works without JavaScript). */
export const CHECKLIST_ROWS = 5;

/**
 * One checklist row of the draft form. A row left empty is skipped; a row with anything filled in
 * needs a kind and a quantity. Rows are checked in place so errors stay next to their own row.
 */
const checklistRow = z
  .object({
    kind: z.enum(CHECKLIST_KINDS, { message: "form.invalidChoice" }).optional(),
    quantity: z.coerce
      .number({ invalid_type_error: "form.invalidNumber" })
      .int("form.invalidNumber")
      .min(1, msg("form.numberTooSmall", { min: 1 }))
      .max(100_000, msg("form.numberTooLarge", { max: 100_000 }))
      .optional(),
    description: z
      .string()
      .trim()
      .max(200, msg("form.tooLong", { max: 200 }))
      .optional(),
  })
  .superRefine((row, ctx) => {
    if (!row.kind && row.quantity === undefined && !row.description) return;
    if (!row.kind) ctx.addIssue({ code: "custom", path: ["kind"], message: "form.required" });
    if (row.quantity === undefined) ctx.addIssue({ code: "custom", path: ["quantity"], message: "form.required" });
  });

const checklist = z
  .array(checklistRow)
  .max(CHECKLIST_ROWS)
  .default([])
  .transform((rows) =>
    rows.flatMap((row) => (row.kind && row.quantity !== undefined ? [{ kind: row.kind, quantity: row.quantity, description: row.description ?? "" }] : [])),
  )
  .refine((rows) => rows.length > 0, "collective.form.checklistRequired");

const needFields = {
  title: requiredText(120, 5),
  description: requiredText(3000, 20),
  domain: choice(LIFE_DOMAINS),
  targetGroup: choice(TARGET_GROUPS),
  targetDate: optionalIsoDate(),
  checklist,
};

export const draftSchema = z.object({
  intent: z.literal("save"),
  ...needFields,
  neighbourhoodId: integer(1, Number.MAX_SAFE_INTEGER),
  linkSignalEvidence: checkbox(),
});

/** Editing a draft: everything but the neighbourhood, which stays with the team that drafted it. */
export const editNeedSchema = z.object({ intent: z.literal("save"), ...needFields });

const needId = integer(1, Number.MAX_SAFE_INTEGER);

/**
 * Correcting a published need (coordinator): the text, the date, and per checklist item how much
 * and its note. What an item asks for stays, so pledges keep meaning what they meant.
 */
export const editOpenNeedSchema = z.object({
  intent: z.literal("edit"),
  title: needFields.title,
  description: needFields.description,
  targetDate: needFields.targetDate,
  items: z
    .array(
      z.object({
        id: needId,
        quantity: integer(1, 100_000),
        description: z
          .string()
          .trim()
          .max(200, msg("form.tooLong", { max: 200 }))
          .optional()
          .default(""),
      }),
    )
    .max(50)
    .default([]),
});

export const editDraftSchema = z.discriminatedUnion("intent", [editNeedSchema, z.object({ intent: z.literal("publish") }), editOpenNeedSchema]);

const supportSchema = z.object({ intent: z.literal("support"), kind: choice(SUPPORT_KINDS) });
const withdrawSupportSchema = z.object({ intent: z.literal("withdraw-support") });
export const pledgeSchema = z.object({
  intent: z.literal("pledge"),
  checklistItemId: needId,
  amount: integer(1, 100_000),
  message: z
    .string()
    .trim()
    .max(500, msg("form.tooLong", { max: 500 }))
    .optional()
    .default(""),
  showName: checkbox(),
  /** Empty: as yourself; else the organisation's id. */
  organisationId: z.coerce.number({ invalid_type_error: "form.invalidChoice" }).int("form.invalidChoice").positive("form.invalidChoice").optional(),
});
const withdrawPledgeSchema = z.object({ intent: z.literal("withdraw-pledge"), pledgeId: needId });
const followSchema = z.object({ intent: z.literal("follow") });
const unfollowSchema = z.object({ intent: z.literal("unfollow") });
export const updateSchema = z.object({ intent: z.literal("update"), body: requiredText(2000, 5) });
export const startActivitySchema = z.object({ intent: z.literal("start-activity"), organisationId: needId });
export const mergeSchema = z.object({ intent: z.literal("merge"), intoId: needId });
export const closeSchema = z.object({ intent: z.literal("close"), reason: requiredText(500, 3) });

export const needPageSchema = z.discriminatedUnion("intent", [
  supportSchema,
  withdrawSupportSchema,
  pledgeSchema,
  withdrawPledgeSchema,
  followSchema,
  unfollowSchema,
  updateSchema,
  startActivitySchema,
  mergeSchema,
  closeSchema,
]);

/** The filters of /vragen, all in the URL; unknown values are ignored rather than refused. */
export const needFilterSchema = z.object({
  wijk: z.string().max(100).optional().catch(undefined),
  domain: z.enum(LIFE_DOMAINS).optional().catch(undefined),
  need: z.enum(CHECKLIST_KINDS).optional().catch(undefined),
  status: z.enum(["active", "answered", "closed"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});
