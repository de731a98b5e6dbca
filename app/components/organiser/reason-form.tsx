import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { parseMessage } from "~/schemas/fields";

export type ReasonFormAnswer = { formKey: string; error: string; reason: string } | undefined;

/**
 * A small form that needs a reason (send back, pause). Many of these share a page, so each has a
 * key; the server's answer comes back only to the form that was sent, with what was typed.
 */
export function ReasonForm({
  intent,
  idName,
  id,
  label,
  buttonLabel,
  answer,
}: {
  intent: string;
  idName: string;
  id: number;
  label: string;
  buttonLabel: string;
  answer: ReasonFormAnswer;
}) {
  const { t } = useTranslation();
  const formKey = `${intent}-${id}`;
  const mine = answer?.formKey === formKey ? answer : undefined;
  const inputId = `reason-${formKey}`;
  const errorId = `${inputId}-error`;
  const error = mine ? parseMessage(mine.error) : null;
  return (
    <Form method="post" className="space-y-2">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={idName} value={id} />
      <label htmlFor={inputId} className="block font-semibold">
        {label}
      </label>
      <textarea
        id={inputId}
        name="reason"
        rows={2}
        className="input"
        defaultValue={mine?.reason}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <p id={errorId} className="text-sm font-medium text-[var(--color-danger-700)]">
          {t(error.key, error.params)}
        </p>
      ) : null}
      <button type="submit" className="btn btn-secondary">
        {buttonLabel}
      </button>
    </Form>
  );
}
