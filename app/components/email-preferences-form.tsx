import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SelectField } from "~/components/ui/field";
import { useIntentForm, type LastResult } from "~/components/ui/use-intent-form";
import { EMAIL_FREQUENCIES, EMAIL_KINDS, type EmailFrequency, type EmailKind } from "~/domain/email-preferences";
import { emailPreferencesSchema } from "~/schemas/account";

/** Per kind of message: how often it comes by email. On the account page. */
export function EmailPreferencesForm({ preferences, lastResult }: { preferences: Record<EmailKind, EmailFrequency>; lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useIntentForm("email", emailPreferencesSchema, lastResult, preferences);
  return (
    <section id="email" aria-labelledby="email-title" className="card space-y-4">
      <h2 id="email-title">{t("mail.preferences.title")}</h2>
      <p>{t("mail.preferences.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <FormErrors form={form} />
        <input type="hidden" name="intent" value="email" />
        <div className="grid gap-4 sm:grid-cols-2">
          {EMAIL_KINDS.map((kind) => (
            <SelectField
              key={kind}
              meta={fields[kind]}
              label={t(`mail.kind.${kind}`)}
              options={EMAIL_FREQUENCIES.map((frequency) => ({ value: frequency, label: t(`mail.frequency.${frequency}`) }))}
            />
          ))}
        </div>
        <button type="submit" className="btn btn-primary">
          {t("mail.preferences.save")}
        </button>
      </Form>
    </section>
  );
}
