import { getFormProps, type FieldMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, FieldErrors, FormErrors, SelectField, TextArea, TextField } from "~/components/ui/field";
import { CHECKLIST_KINDS, LIFE_DOMAINS, TARGET_GROUPS } from "~/domain/vocabulary";
import type { SimilarNeed } from "~/models/collective-need";
import { CHECKLIST_ROWS, draftSchema, editNeedSchema } from "~/schemas/collective-need";
import { useIntentForm, type LastResult } from "~/components/ui/use-intent-form";

export type NeedFormDefaults = Record<string, string | { kind?: string; quantity?: string; description?: string }[] | undefined>;

type RowMeta = FieldMetadata<unknown, Record<string, unknown>, string[]>;

function ChecklistRow({ index, row }: { index: number; row: { kind: RowMeta; quantity: RowMeta; description: RowMeta } }) {
  const { t } = useTranslation();
  return (
    <fieldset className="grid gap-2 rounded-md border border-[var(--color-brand-100)] p-3 sm:grid-cols-3">
      <legend className="px-1 text-sm font-semibold">{t("collective.form.row", { n: index + 1 })}</legend>
      <SelectField
        meta={row.kind}
        label={t("collective.form.kind")}
        placeholder={t("collective.form.noKind")}
        options={CHECKLIST_KINDS.map((kind) => ({ value: kind, label: t(`vocab.checklistKind.${kind}`) }))}
      />
      <TextField meta={row.quantity} label={t("collective.form.quantity")} hint={t("collective.form.quantityHint")} type="number" min={1} inputMode="numeric" />
      <TextField meta={row.description} label={t("collective.form.itemDescription")} optional />
    </fieldset>
  );
}

/**
 * The collective need form, for a new draft and for editing one. Without JavaScript the "check
 * for similar needs" button sends the same fields as a GET, so the page can show look-alikes.
 */
export function NeedForm({
  defaults,
  lastResult,
  neighbourhoods,
  evidenceHouseholds,
  similar,
  checkAction,
}: {
  defaults: NeedFormDefaults;
  lastResult: LastResult;
  /** Absent when editing: a draft keeps its neighbourhood. */
  neighbourhoods?: { id: number; name: string }[];
  /** Households a new draft from a signal would link; absent when not drafting from a signal. */
  evidenceHouseholds?: number;
  similar: SimilarNeed[];
  checkAction?: string;
}) {
  const { t } = useTranslation();
  // Editing has no neighbourhood field; the field types of the new-draft schema cover both.
  const schema = (neighbourhoods ? draftSchema : editNeedSchema) as typeof draftSchema;
  const [form, fields] = useIntentForm("save", schema, lastResult, defaults);
  const rows = fields.checklist.getFieldList();
  const checklistRows = Array.from({ length: CHECKLIST_ROWS }, (_, i) => rows[i]?.getFieldset() ?? null);
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-5">
      <FormErrors form={form} />
      <input type="hidden" name="intent" value="save" />
      {defaults.signal ? <input type="hidden" name="signal" value="1" /> : null}
      <TextField meta={fields.title} label={t("collective.form.title")} hint={t("collective.form.titleHint")} />
      <TextArea meta={fields.description} label={t("collective.form.description")} hint={t("collective.form.descriptionHint")} rows={5} />
      <div className="grid gap-4 sm:grid-cols-3">
        {neighbourhoods ? (
          <SelectField
            meta={fields.neighbourhoodId}
            label={t("collective.form.wijk")}
            options={neighbourhoods.map((w) => ({ value: String(w.id), label: w.name }))}
          />
        ) : null}
        <SelectField
          meta={fields.domain}
          label={t("collective.form.domain")}
          options={LIFE_DOMAINS.map((d) => ({ value: d, label: t(`vocab.domain.${d}`) }))}
        />
        <SelectField
          meta={fields.targetGroup}
          label={t("collective.form.targetGroup")}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`vocab.targetGroup.${g}`) }))}
        />
      </div>
      <TextField meta={fields.targetDate} label={t("collective.form.targetDate")} type="date" optional />
      <fieldset className="space-y-3" aria-describedby="checklist-hint">
        <legend className="font-semibold">{t("collective.form.checklist")}</legend>
        <p id="checklist-hint" className="text-sm text-[var(--color-muted)]">
          {t("collective.form.checklistHint")}
        </p>
        <FieldErrors id={fields.checklist.errorId} errors={fields.checklist.errors} />
        {checklistRows.map((row, index) =>
          row ? <ChecklistRow key={index} index={index} row={row as unknown as { kind: RowMeta; quantity: RowMeta; description: RowMeta }} /> : null,
        )}
      </fieldset>
      {evidenceHouseholds !== undefined ? (
        <CheckboxField
          meta={fields.linkSignalEvidence}
          label={t("collective.form.linkEvidence", { count: evidenceHouseholds })}
          hint={t("collective.form.linkEvidenceHint")}
        />
      ) : null}
      <SimilarNeeds similar={similar} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn btn-primary">
          {t("collective.form.save")}
        </button>
        {checkAction ? (
          <button type="submit" formMethod="get" formAction={checkAction} formNoValidate className="btn btn-secondary">
            {t("collective.form.check")}
          </button>
        ) : null}
      </div>
    </Form>
  );
}

export function SimilarNeeds({ similar }: { similar: SimilarNeed[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="similar-title" className="card space-y-2 bg-[var(--color-warn-50)]">
      <h2 id="similar-title" className="text-lg">
        {t("collective.form.similarTitle")}
      </h2>
      {similar.length === 0 ? (
        <p>{t("collective.form.noSimilar")}</p>
      ) : (
        <>
          <p>{t("collective.form.similarIntro")}</p>
          <ul className="list-disc pl-5">
            {similar.map((need) => (
              <li key={need.slug}>
                <a href={`/vragen/${need.slug}`} target="_blank" rel="noreferrer">
                  {need.title}
                </a>{" "}
                ({need.neighbourhoodName} · {t(`vocab.domain.${need.domain}`)} · {t(`vocab.collectiveNeedStatus.${need.status}`)})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
