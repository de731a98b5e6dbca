import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, CheckboxGroup, FormErrors, SelectField, TextField } from "~/components/ui/field";
import { AGE_BANDS, BUDGETS, LANGUAGES, MOBILITY, WEEKDAYS } from "~/domain/vocabulary";
import { CHILDREN_FIELDS, householdSchema } from "~/schemas/household";
import { useValidatedForm } from "~/components/ui/use-validated-form";

export type HouseholdDefaults = Record<string, string | string[] | undefined>;

/**
 * The household record: composition and constraints, never a name, BSN, birth date or address.
 * Used to add a household and to change it.
 */
export function HouseholdForm({
  lastResult,
  defaultValue,
  teams,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: HouseholdDefaults;
  teams: { id: number; name: string }[];
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm({
    id: "household",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: householdSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-6">
      <FormErrors form={form} />
      <section aria-labelledby="why-no-name" className="rounded-lg border-2 border-[var(--color-brand-600)] bg-[var(--color-brand-50)] p-4">
        <h2 id="why-no-name" className="text-lg">
          {t("workspace.household.whyNoNameTitle")}
        </h2>
        <p>{t("workspace.household.whyNoName")}</p>
      </section>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">{t("workspace.household.sectionBasics")}</legend>
        {teams.length > 1 ? (
          <SelectField
            meta={fields.teamId}
            label={t("workspace.household.team")}
            options={teams.map((team) => ({ value: String(team.id), label: team.name }))}
          />
        ) : (
          <input type="hidden" name={fields.teamId.name} value={String(teams[0]?.id ?? "")} />
        )}
        <TextField meta={fields.reference} label={t("workspace.household.reference")} hint={t("workspace.household.referenceHint")} autoComplete="off" />
        <TextField meta={fields.pc4} label={t("workspace.household.pc4")} hint={t("workspace.household.pc4Hint")} inputMode="numeric" autoComplete="off" />
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">{t("workspace.household.sectionComposition")}</legend>
        <TextField meta={fields.adults} label={t("workspace.household.adults")} type="number" min={0} max={12} />
        <CheckboxField meta={fields.hasOlderAdult} label={t("workspace.household.hasOlderAdult")} />
        <fieldset className="space-y-2">
          <legend className="font-semibold">{t("workspace.household.children")}</legend>
          <p className="text-sm text-[var(--color-muted)]">{t("workspace.household.childrenHint")}</p>
          <div className="grid gap-3 sm:grid-cols-4">
            {AGE_BANDS.map((band) => (
              <TextField
                key={band}
                meta={fields[CHILDREN_FIELDS[band]]}
                label={t("workspace.household.childrenInBand", { band: t(`vocab.ageBand.${band}`) })}
                type="number"
                min={0}
                max={10}
                optional
              />
            ))}
          </div>
        </fieldset>
        <CheckboxGroup
          meta={fields.languages}
          legend={t("workspace.household.languages")}
          options={LANGUAGES.map((code) => ({ value: code, label: t(`vocab.language.${code}`) }))}
          columns={3}
        />
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">{t("workspace.household.sectionConstraints")}</legend>
        <SelectField
          meta={fields.mobility}
          label={t("workspace.household.mobility")}
          placeholder={t("workspace.household.unknown")}
          options={MOBILITY.map((value) => ({ value, label: t(`vocab.mobility.${value}`) }))}
          optional
        />
        <TextField
          meta={fields.maxTravelKm}
          label={t("workspace.household.maxTravelKm")}
          hint={t("workspace.household.maxTravelKmHint")}
          type="number"
          min={0}
          max={100}
          optional
        />
        <CheckboxGroup
          meta={fields.availableDays}
          legend={t("workspace.household.availableDays")}
          options={WEEKDAYS.map((day) => ({ value: String(day), label: t(`vocab.weekday.${day}`) }))}
          columns={3}
        />
        <SelectField
          meta={fields.budget}
          label={t("workspace.household.budget")}
          placeholder={t("workspace.household.unknown")}
          options={BUDGETS.map((value) => ({ value, label: t(`vocab.budget.${value}`) }))}
          optional
        />
        <CheckboxField meta={fields.needsWheelchairAccess} label={t("workspace.household.needsWheelchairAccess")} />
        <CheckboxField meta={fields.needsHearingLoop} label={t("workspace.household.needsHearingLoop")} />
      </fieldset>

      <button type="submit" className="btn btn-primary">
        {submitLabel}
      </button>
    </Form>
  );
}
