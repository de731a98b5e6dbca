import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, FormErrors, SelectField, TextArea, TextField } from "~/components/ui/field";
import { SUPPORT_KINDS } from "~/domain/vocabulary";
import type { PublicNeed } from "~/models/collective-need";
import { pledgeSchema } from "~/schemas/collective-need";
import { useIntentForm, type LastResult } from "~/components/ui/use-intent-form";
import { useClearAfterSuccess } from "~/components/ui/use-clear-after-success";

function SupportForm({ need }: { need: PublicNeed }) {
  const { t } = useTranslation();
  const mine = need.viewer?.support;
  if (mine) {
    return (
      <Form method="post" className="space-y-2">
        <p>{t("collective.support.yours", { kind: t(`vocab.supportKind.${mine}`) })}</p>
        <input type="hidden" name="intent" value="withdraw-support" />
        <button type="submit" className="btn btn-secondary">
          {t("collective.support.withdraw")}
        </button>
      </Form>
    );
  }
  return (
    <Form method="post" className="space-y-2">
      <input type="hidden" name="intent" value="support" />
      <fieldset className="space-y-1">
        <legend className="font-semibold">{t("collective.support.legend")}</legend>
        {SUPPORT_KINDS.map((kind, index) => (
          <div key={kind} className="flex items-center gap-2">
            <input type="radio" id={`support-${kind}`} name="kind" value={kind} defaultChecked={index === 0} className="h-5 w-5" />
            <label htmlFor={`support-${kind}`}>{t(`vocab.supportKind.${kind}`)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-primary">
        {t("collective.support.button")}
      </button>
    </Form>
  );
}

function PledgeForm({ need, organisations, lastResult }: { need: PublicNeed; organisations: { id: number; name: string }[]; lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useIntentForm("pledge", pledgeSchema, lastResult, { amount: "1" });
  useClearAfterSuccess(form.id, lastResult);
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-3" aria-labelledby="pledge-title">
      <h3 id="pledge-title">{t("collective.pledge.title")}</h3>
      <FormErrors form={form} />
      <input type="hidden" name="intent" value="pledge" />
      <SelectField
        meta={fields.checklistItemId}
        label={t("collective.pledge.item")}
        options={need.checklist.map((item) => ({
          value: String(item.id),
          label: `${t(`vocab.checklistKind.${item.kind}`)}${item.description ? ` · ${item.description}` : ""}`,
        }))}
      />
      <TextField
        meta={fields.amount}
        label={t("collective.pledge.amount")}
        hint={t("collective.pledge.amountHint")}
        type="number"
        min={1}
        inputMode="numeric"
      />
      <TextArea meta={fields.message} label={t("collective.pledge.message")} hint={t("collective.pledge.messageHint")} optional rows={3} />
      {organisations.length > 0 ? (
        <SelectField
          meta={fields.organisationId}
          label={t("collective.pledge.asWho")}
          options={[{ value: "", label: t("collective.pledge.asMyself") }, ...organisations.map((o) => ({ value: String(o.id), label: o.name }))]}
        />
      ) : null}
      <CheckboxField meta={fields.showName} label={t("collective.pledge.showName")} />
      <button type="submit" className="btn btn-primary">
        {t("collective.pledge.button")}
      </button>
    </Form>
  );
}

function FollowForm({ following }: { following: boolean }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="space-y-1">
      <input type="hidden" name="intent" value={following ? "unfollow" : "follow"} />
      <p className="text-sm text-[var(--color-muted)]">{t("collective.follow.hint")}</p>
      <button type="submit" className="btn btn-secondary">
        {following ? t("collective.follow.unfollow") : t("collective.follow.follow")}
      </button>
    </Form>
  );
}

/** What a signed-in person can do for an open need; a visitor is invited to log in. */
export function HelpForms({ need, organisations, lastResult }: { need: PublicNeed; organisations: { id: number; name: string }[]; lastResult: LastResult }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="help-title" className="card space-y-6">
      <h2 id="help-title">{t("collective.page.helpTitle")}</h2>
      {need.viewer ? (
        <>
          <SupportForm need={need} />
          {need.checklist.length > 0 ? <PledgeForm need={need} organisations={organisations} lastResult={lastResult} /> : null}
          <FollowForm following={need.viewer.following} />
        </>
      ) : (
        <p>
          {t("collective.page.loginToHelp")}{" "}
          <Link to={`/inloggen?${new URLSearchParams({ terug: `/vragen/${need.slug}` })}`}>{t("collective.page.loginLink")}</Link>
        </p>
      )}
    </section>
  );
}
