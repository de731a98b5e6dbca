import { getFormProps, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField, CheckboxGroup, FormErrors, RadioGroup, SelectField, TextArea, TextField } from "~/components/ui/field";
import { INITIATIVE_KINDS, LANGUAGES, LIFE_DOMAINS, TARGET_GROUPS, WEEKDAYS } from "~/domain/vocabulary";
import { DEFAULT_TAKING_PART, TAKING_PART } from "~/domain/taking-part";
import { ANSWERS } from "~/domain/answer";
import { listingSchema, publicListingSchema, SLOT_ROWS, type ListingInput } from "~/schemas/listing";
import { useValidatedForm } from "~/components/ui/use-validated-form";

export type ListingValues = NonNullable<DefaultValue<ListingInput>>;

/** Enough schedule rows to add a few more than there are, so no JavaScript is needed to add one. */
function withBlankRows(values: ListingValues): ListingValues {
  const slots = values.slots ?? [];
  const rows = Math.max(SLOT_ROWS, slots.length + 2);
  const blank = Array.from({ length: rows - slots.length }, () => ({ weekday: "", startTime: "", endTime: "" }));
  return { ...values, slots: [...slots, ...blank] };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="card space-y-4">
      <legend className="px-1 text-lg font-bold">{title}</legend>
      {children}
    </fieldset>
  );
}

/**
 * A new listing says "free" as before; whether a wheelchair gets in is left for the organiser to
 * answer rather than claimed either way.
 */
const NEW_LISTING: ListingValues = {
  isFree: "yes",
  wheelchairAccessible: "unknown",
  acceptsReferrals: true,
  languages: ["nl"],
  takingPart: DEFAULT_TAKING_PART,
};

/**
 * Every field of a listing: used to create one and to edit one. Works without JavaScript.
 * `publishLabel` adds a button that saves and publishes (or submits) a draft in one go; `isPublic`
 * says the listing is out, so every save must keep when, where and how to take part.
 */
export function ListingForm({
  lastResult,
  defaultValue,
  submitLabel,
  publishLabel,
  isPublic = false,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: ListingValues;
  submitLabel: string;
  publishLabel?: string;
  isPublic?: boolean;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm<ListingInput>({
    id: "listing",
    lastResult,
    defaultValue: withBlankRows(defaultValue ?? NEW_LISTING),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: isPublic || formData.get("intent") === "publish" ? publicListingSchema : listingSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const options = <T extends string | number>(values: readonly T[], ns: string) =>
    values.map((value) => ({ value: String(value), label: t(`vocab.${ns}.${value}`) }));
  const answers = ANSWERS.map((value) => ({ value, label: t(`organiser.listing.answer.${value}`) }));
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-6">
      <FormErrors form={form} />
      <Section title={t("organiser.listing.about")}>
        <TextField meta={fields.title} label={t("organiser.listing.title")} hint={t("organiser.listing.titleHint")} />
        <TextArea meta={fields.summary} label={t("organiser.listing.summary")} hint={t("organiser.listing.summaryHint")} rows={2} />
        <TextArea meta={fields.description} label={t("organiser.listing.description")} optional rows={6} />
        <SelectField meta={fields.kind} label={t("organiser.listing.kind")} options={options(INITIATIVE_KINDS, "kind")} />
        <TextField meta={fields.tags} label={t("organiser.listing.tags")} hint={t("organiser.listing.tagsHint")} optional />
      </Section>

      <Section title={t("organiser.listing.forWhom")}>
        <CheckboxGroup
          meta={fields.domains}
          legend={t("organiser.listing.domains")}
          hint={t("organiser.listing.domainsHint")}
          options={options(LIFE_DOMAINS, "domain")}
        />
        <CheckboxGroup meta={fields.targetGroups} legend={t("organiser.listing.targetGroups")} options={options(TARGET_GROUPS, "targetGroup")} columns={3} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={fields.minAge} label={t("organiser.listing.minAge")} type="number" min={0} max={120} optional />
          <TextField meta={fields.maxAge} label={t("organiser.listing.maxAge")} type="number" min={0} max={120} optional />
        </div>
      </Section>

      <Section title={t("organiser.listing.when")}>
        <p className="text-sm text-[var(--color-muted)]">{t("organiser.listing.slotsHint")}</p>
        <FormErrors id={fields.slots.errorId} errors={fields.slots.errors} />
        {fields.slots.getFieldList().map((slot, index) => {
          const row = slot.getFieldset();
          return (
            <fieldset key={slot.key} className="grid gap-3 sm:grid-cols-3">
              <legend className="sr-only">{t("organiser.listing.slot", { n: index + 1 })}</legend>
              <SelectField
                meta={row.weekday}
                label={t("organiser.listing.weekday")}
                placeholder={t("organiser.listing.noDay")}
                options={options(WEEKDAYS, "weekday")}
              />
              <TextField meta={row.startTime} label={t("organiser.listing.startTime")} type="time" />
              <TextField meta={row.endTime} label={t("organiser.listing.endTime")} type="time" />
            </fieldset>
          );
        })}
      </Section>

      <Section title={t("organiser.listing.where")}>
        <CheckboxField meta={fields.isOnline} label={t("organiser.listing.isOnline")} />
        <TextField meta={fields.address} label={t("organiser.listing.address")} autoComplete="street-address" />
        <TextField meta={fields.postcode} label={t("organiser.listing.postcode")} hint={t("organiser.listing.postcodeHint")} autoComplete="postal-code" />
      </Section>

      <Section title={t("organiser.listing.costAndAccess")}>
        <RadioGroup meta={fields.isFree} legend={t("organiser.listing.isFree")} options={answers} columns={3} />
        <TextField meta={fields.costNote} label={t("organiser.listing.costNote")} hint={t("organiser.listing.costNoteHint")} />
        <TextField meta={fields.whatToBring} label={t("organiser.listing.whatToBring")} hint={t("organiser.listing.whatToBringHint")} />
        <RadioGroup meta={fields.wheelchairAccessible} legend={t("organiser.listing.wheelchair")} options={answers} columns={3} />
        <CheckboxField meta={fields.hearingLoop} label={t("organiser.listing.hearingLoop")} />
        <CheckboxGroup meta={fields.languages} legend={t("organiser.listing.languages")} options={options(LANGUAGES, "language")} columns={3} />
      </Section>

      <Section title={t("organiser.listing.places")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={fields.capacity} label={t("organiser.listing.capacity")} hint={t("organiser.listing.capacityHint")} type="number" min={1} optional />
          <TextField
            meta={fields.participantsOutsideReferrals}
            label={t("organiser.listing.participantsOutside")}
            hint={t("organiser.listing.participantsOutsideHint")}
            type="number"
            min={0}
            optional
          />
        </div>
        <CheckboxField meta={fields.acceptsReferrals} label={t("organiser.listing.acceptsReferrals")} />
        <SelectField
          meta={fields.takingPart}
          label={t("takingPart.form.label")}
          hint={t("takingPart.form.hint")}
          options={TAKING_PART.map((value) => ({ value, label: t(`takingPart.mode.${value}`) }))}
        />
        <CheckboxField meta={fields.signUpInSite} label={t("takingPart.form.signUpInSite")} hint={t("takingPart.form.signUpInSiteHint")} />
      </Section>

      <Section title={t("organiser.listing.contact")}>
        <p className="text-sm text-[var(--color-muted)]">{t("organiser.listing.contactHint")}</p>
        <TextField meta={fields.contactName} label={t("organiser.listing.contactName")} autoComplete="name" optional />
        <TextField meta={fields.contactEmail} label={t("organiser.listing.contactEmail")} type="email" autoComplete="email" />
        <TextField meta={fields.contactPhone} label={t("organiser.listing.contactPhone")} type="tel" autoComplete="tel" />
        <TextField meta={fields.website} label={t("organiser.listing.website")} type="url" placeholder="https://" />
      </Section>

      <div className="flex flex-wrap gap-2">
        {/* First in the form, so Enter in a field saves rather than publishes. */}
        <button type="submit" name="intent" value="save" className={publishLabel ? "btn btn-secondary" : "btn btn-primary"}>
          {submitLabel}
        </button>
        {publishLabel ? (
          <button type="submit" name="intent" value="publish" className="btn btn-primary">
            {publishLabel}
          </button>
        ) : null}
      </div>
    </Form>
  );
}
