import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, TextArea, TextField } from "~/components/ui/field";
import { useIntentForm, type LastResult } from "~/components/ui/use-intent-form";
import type { TeamNeedDetail } from "~/models/collective-need";
import { editOpenNeedSchema } from "~/schemas/collective-need";

/** The coordinator's corrections to a published need: text, target date, and per item how much. */
export function EditOpenNeedForm({ need, lastResult }: { need: TeamNeedDetail; lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useIntentForm("edit", editOpenNeedSchema, lastResult, {
    title: need.title,
    description: need.description,
    targetDate: need.targetDate ?? "",
    items: need.checklist.map((item) => ({ id: String(item.id), quantity: String(item.quantity), description: item.description })),
  });
  const rows = fields.items.getFieldList();
  return (
    <section aria-labelledby="edit-open-title" className="card space-y-3">
      <h2 id="edit-open-title">{t("collective.edit.title")}</h2>
      <p>{t("collective.edit.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="space-y-5">
        <FormErrors form={form} />
        <input type="hidden" name="intent" value="edit" />
        <TextField meta={fields.title} label={t("collective.form.title")} hint={t("collective.form.titleHint")} />
        <TextArea meta={fields.description} label={t("collective.form.description")} hint={t("collective.form.descriptionHint")} rows={5} />
        <TextField meta={fields.targetDate} label={t("collective.form.targetDate")} type="date" optional />
        {need.checklist.length > 0 ? (
          <fieldset className="space-y-3" aria-describedby="edit-items-hint">
            <legend className="font-semibold">{t("collective.edit.itemsLegend")}</legend>
            <p id="edit-items-hint" className="text-sm text-[var(--color-muted)]">
              {t("collective.edit.itemsHint")}
            </p>
            {need.checklist.map((item, index) => {
              const row = rows[index]?.getFieldset();
              if (!row) return null;
              return (
                <fieldset key={item.id} className="grid gap-2 rounded-md border border-[var(--color-brand-100)] p-3 sm:grid-cols-2">
                  <legend className="px-1 text-sm font-semibold">{t(`vocab.checklistKind.${item.kind}`)}</legend>
                  <input type="hidden" name={row.id.name} value={item.id} />
                  <TextField
                    meta={row.quantity}
                    label={t("collective.form.quantity")}
                    hint={t("collective.edit.pledged", { amount: t(`collective.amount.${item.kind}`, { count: item.pledged }) })}
                    type="number"
                    min={1}
                    inputMode="numeric"
                  />
                  <TextField meta={row.description} label={t("collective.form.itemDescription")} optional />
                </fieldset>
              );
            })}
          </fieldset>
        ) : null}
        <button type="submit" className="btn btn-primary">
          {t("collective.edit.save")}
        </button>
      </Form>
    </section>
  );
}
