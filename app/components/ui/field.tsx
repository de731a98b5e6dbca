import type { FieldMetadata } from "@conform-to/react";
import { getInputProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { parseMessage } from "~/schemas/fields";
import { useHydrated } from "./use-hydrated";

// Fields of any form schema; the components only read ids, names, initial values and errors.
type Meta = FieldMetadata<unknown, Record<string, unknown>, string[]>;

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <div id={id} className="mt-1 text-sm font-medium text-[var(--color-danger-700)]">
      {errors.map((error) => {
        const { key, params } = parseMessage(error);
        return <p key={error}>{t(key, params)}</p>;
      })}
    </div>
  );
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {label}
      {optional ? <span className="font-normal text-[var(--color-muted)]"> ({t("form.optional")})</span> : null}
    </label>
  );
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <p id={id} className="text-sm text-[var(--color-muted)]">
      {hint}
    </p>
  );
}

type FieldProps = { meta: Meta; label: string; hint?: ReactNode; optional?: boolean; className?: string };

export function TextField({
  meta,
  label,
  hint,
  optional,
  className,
  type = "text",
  ...rest
}: FieldProps & {
  type?: "text" | "email" | "password" | "number" | "date" | "time" | "url" | "tel" | "search";
  autoComplete?: string;
  placeholder?: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
  min?: number;
  max?: number;
}) {
  return (
    <div className={className ?? "space-y-1"}>
      <Label htmlFor={meta.id} label={label} optional={optional} />
      <Hint id={meta.descriptionId} hint={hint} />
      <input className="input" {...getInputProps(meta, { type, ariaDescribedBy: hint ? meta.descriptionId : undefined })} {...rest} />
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function TextArea({ meta, label, hint, optional, className, rows = 4 }: FieldProps & { rows?: number }) {
  return (
    <div className={className ?? "space-y-1"}>
      <Label htmlFor={meta.id} label={label} optional={optional} />
      <Hint id={meta.descriptionId} hint={hint} />
      <textarea className="input" rows={rows} {...getTextareaProps(meta, { ariaDescribedBy: hint ? meta.descriptionId : undefined })} />
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function SelectField({
  meta,
  label,
  hint,
  optional,
  className,
  options,
  placeholder,
}: FieldProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <div className={className ?? "space-y-1"}>
      <Label htmlFor={meta.id} label={label} optional={optional} />
      <Hint id={meta.descriptionId} hint={hint} />
      <select className="input" {...getSelectProps(meta, { ariaDescribedBy: hint ? meta.descriptionId : undefined })}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function CheckboxField({ meta, label, hint, className }: Omit<FieldProps, "optional">) {
  return (
    <div className={className ?? "space-y-1"}>
      <div className="flex items-start gap-2">
        <input className="mt-1 h-5 w-5" {...getInputProps(meta, { type: "checkbox", ariaDescribedBy: hint ? meta.descriptionId : undefined })} />
        <label htmlFor={meta.id}>{label}</label>
      </div>
      <Hint id={meta.descriptionId} hint={hint} />
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

/** Options sharing one name (checkboxes or radio buttons), in a fieldset with a legend. */
function OptionGroup({
  type,
  meta,
  legend,
  hint,
  options,
  columns = 2,
}: {
  type: "checkbox" | "radio";
  meta: Meta;
  legend: string;
  hint?: ReactNode;
  options: { value: string; label: string }[];
  columns?: 1 | 2 | 3;
}) {
  const selected = new Set(Array.isArray(meta.initialValue) ? meta.initialValue.map(String) : meta.initialValue ? [String(meta.initialValue)] : []);
  const columnClass = columns === 3 ? "sm:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={[hint ? meta.descriptionId : "", meta.errors?.length ? meta.errorId : ""].filter(Boolean).join(" ") || undefined}
    >
      <legend className="font-semibold">{legend}</legend>
      <Hint id={meta.descriptionId} hint={hint} />
      <div className={`grid gap-1 ${columnClass}`}>
        {options.map((option) => {
          const id = `${meta.id}-${option.value}`;
          return (
            <div key={option.value} className="flex items-center gap-2">
              <input type={type} id={id} name={meta.name} value={option.value} defaultChecked={selected.has(option.value)} className="h-5 w-5" />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </fieldset>
  );
}

type OptionGroupProps = Omit<Parameters<typeof OptionGroup>[0], "type">;

/** Any number of options under a legend. */
export const CheckboxGroup = (props: OptionGroupProps) => <OptionGroup type="checkbox" {...props} />;

/** Exactly one of a few options under a legend, such as yes / no / not known. */
export const RadioGroup = (props: OptionGroupProps) => <OptionGroup type="radio" {...props} />;

/** Errors that belong to the whole form, such as "wrong password". */
type FormSummary = { id: string; errorId: string; status?: "success" | "error"; errors?: string[]; allErrors: Record<string, string[]> };

/**
 * The errors of a whole form, at its top: the form's own messages and, given the form, how many
 * fields need a change with a link to the first, once a submit was tried (not while typing).
 * After a page load with errors (JavaScript off) it takes the focus, so a screen reader starts
 * there; in the running page the first wrong field gets it instead, and nothing moves the focus
 * away from a field someone is typing in.
 */
export function FormErrors(props: { id: string; errors?: string[] } | { form: FormSummary }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const { id, errors } = "form" in props ? { id: props.form.errorId, errors: props.form.errors } : props;
  const fieldNames = "form" in props && props.form.status === "error" ? Object.keys(props.form.allErrors).filter((name) => name !== "") : [];
  if (!errors?.length && fieldNames.length === 0) return null;
  return (
    <div
      id={id}
      role="alert"
      tabIndex={-1}
      // eslint-disable-next-line jsx-a11y/no-autofocus -- the error summary pattern: focus goes to what went wrong
      autoFocus={!hydrated}
      className="rounded-md border-2 border-[var(--color-danger-700)] bg-[var(--color-danger-50)] p-3"
    >
      {errors?.map((error) => {
        const { key, params } = parseMessage(error);
        return (
          <p key={error} className="font-medium text-[var(--color-danger-700)]">
            {t(key, params)}
          </p>
        );
      })}
      {"form" in props && fieldNames.length > 0 ? (
        <p className="font-medium text-[var(--color-danger-700)]">
          {t("form.summary", { count: fieldNames.length })} <a href={`#${props.form.id}-${fieldNames[0]}`}>{t("form.summaryFirst")}</a>
        </p>
      ) : null}
    </div>
  );
}
