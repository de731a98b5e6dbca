import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField, TextArea, TextField } from "~/components/ui/field";
import { closeSchema, mergeSchema, startActivitySchema, updateSchema } from "~/schemas/collective-need";
import { useIntentForm, type LastResult } from "~/components/ui/use-intent-form";
import { useClearAfterSuccess } from "~/components/ui/use-clear-after-success";

export function PostUpdateForm({ lastResult }: { lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useIntentForm("update", updateSchema, lastResult);
  useClearAfterSuccess(form.id, lastResult);
  return (
    <section aria-labelledby="update-title" className="card space-y-3">
      <h2 id="update-title">{t("collective.update.title")}</h2>
      <Form method="post" {...getFormProps(form)} className="space-y-3">
        <input type="hidden" name="intent" value="update" />
        <TextArea meta={fields.body} label={t("collective.update.body")} hint={t("collective.update.hint")} rows={4} />
        <button type="submit" className="btn btn-primary">
          {t("collective.update.button")}
        </button>
      </Form>
    </section>
  );
}

export function StartActivityForm({ organisations, lastResult }: { organisations: { id: number; name: string }[]; lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useIntentForm("start-activity", startActivitySchema, lastResult, { organisationId: String(organisations[0]?.id ?? "") });
  return (
    <section aria-labelledby="start-title" className="card space-y-3">
      <h2 id="start-title">{t("collective.start.title")}</h2>
      <p>{t("collective.start.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="space-y-3">
        <input type="hidden" name="intent" value="start-activity" />
        <SelectField
          meta={fields.organisationId}
          label={t("collective.start.organisation")}
          options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        />
        <button type="submit" className="btn btn-primary">
          {t("collective.start.button")}
        </button>
      </Form>
    </section>
  );
}

/** Merge into another need, or close with a reason: the coordinator's two ways to end a need. */
export function ManageForms({
  needId,
  targets,
  lastResult,
}: {
  needId: number;
  targets: { id: number; title: string; neighbourhoodName: string }[];
  lastResult: LastResult;
}) {
  const { t } = useTranslation();
  const [mergeForm, merge] = useIntentForm("merge", mergeSchema, lastResult);
  const [closeForm, close] = useIntentForm("close", closeSchema, lastResult);
  return (
    <section aria-labelledby="manage-title" className="card space-y-6">
      <h2 id="manage-title">{t("collective.manage.title")}</h2>
      <p>
        <Link to={`/werkplek/vragen/${needId}#edit-open-title`}>{t("collective.edit.title")}</Link>
      </p>
      {targets.length === 0 ? (
        <p>{t("collective.manage.noTargets")}</p>
      ) : (
        <Form method="post" {...getFormProps(mergeForm)} className="space-y-3">
          <input type="hidden" name="intent" value="merge" />
          <SelectField
            meta={merge.intoId}
            label={t("collective.manage.mergeInto")}
            hint={t("collective.manage.mergeHint")}
            options={targets.map((n) => ({ value: String(n.id), label: `${n.title} (${n.neighbourhoodName})` }))}
          />
          <button type="submit" className="btn btn-secondary">
            {t("collective.manage.mergeButton")}
          </button>
        </Form>
      )}
      <Form method="post" {...getFormProps(closeForm)} className="space-y-3">
        <input type="hidden" name="intent" value="close" />
        <TextField meta={close.reason} label={t("collective.manage.reason")} />
        <button type="submit" className="btn btn-danger">
          {t("collective.manage.closeButton")}
        </button>
      </Form>
    </section>
  );
}
