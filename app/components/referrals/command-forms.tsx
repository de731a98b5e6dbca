import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SelectField, TextArea } from "~/components/ui/field";
import { DECLINE_REASONS } from "~/domain/vocabulary";
import type { ReferralCommand } from "~/domain/referral-states";
import { referralCommandSchema } from "~/schemas/referrals";
import { useValidatedForm } from "~/components/ui/use-validated-form";

const BUTTON: Partial<Record<ReferralCommand, string>> = {
  accept: "btn-primary",
  decline: "btn-danger",
  stop: "btn-danger",
  withdraw: "btn-danger",
};

const LABEL: Record<ReferralCommand, string> = {
  send: "referrals.form.send",
  accept: "referrals.answer.accept",
  waitlist: "referrals.answer.waitlist",
  decline: "referrals.answer.decline",
  start: "referrals.answer.start",
  could_not_contact: "referrals.answer.could_not_contact",
  complete: "referrals.answer.complete",
  stop: "referrals.answer.stop",
  withdraw: "referrals.view.withdraw",
};

function CommandForm({ command, lastResult }: { command: ReferralCommand; lastResult?: SubmissionResult<string[]> }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm({
    id: `referral-${command}`,
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: referralCommandSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-3 rounded-md border border-gray-300 p-4">
      <FormErrors form={form} />
      <input type="hidden" name="intent" value={command} />
      {command === "decline" ? (
        <SelectField
          meta={fields.reason}
          label={t("referrals.answer.declineReason")}
          placeholder={t("referrals.answer.chooseReason")}
          options={DECLINE_REASONS.map((value) => ({ value, label: t(`vocab.declineReason.${value}`) }))}
        />
      ) : null}
      {command === "complete" ? <TextArea meta={fields.outcome} label={t("referrals.answer.outcome")} rows={2} /> : null}
      {command === "stop" ? <TextArea meta={fields.reason} label={t("referrals.answer.stopReason")} rows={2} /> : null}
      <TextArea
        meta={fields.note}
        label={command === "withdraw" ? t("referrals.view.note") : t("referrals.answer.noteFor", { action: t(LABEL[command]) })}
        hint={command === "withdraw" ? undefined : t("referrals.answer.noteHint")}
        optional
        rows={2}
      />
      <button type="submit" className={`btn ${BUTTON[command] ?? "btn-secondary"}`}>
        {t(LABEL[command])}
      </button>
    </Form>
  );
}

/** One small form per step the reader may take now; the server's answer goes to the form that was sent. */
export function CommandForms({ commands, lastResult }: { commands: ReferralCommand[]; lastResult?: SubmissionResult<string[]> }) {
  const intent = (lastResult?.initialValue as Record<string, unknown> | undefined)?.intent;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {commands.map((command) => (
        <CommandForm key={command} command={command} lastResult={intent === command ? lastResult : undefined} />
      ))}
    </div>
  );
}
