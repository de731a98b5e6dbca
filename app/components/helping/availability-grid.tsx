import { useTranslation } from "react-i18next";
import { DAY_PARTS, WEEKDAYS } from "~/domain/vocabulary";

/**
 * Weekday × part of day as a table of checkboxes, all named `name` with values like "2:morning".
 * Row and column headers give each checkbox its context; its own label says it in full.
 */
export function AvailabilityGrid({
  name,
  legend,
  hint,
  selected,
  errorId,
  errors,
}: {
  name: string;
  legend: string;
  hint?: string;
  selected: string[];
  errorId?: string;
  errors?: string[];
}) {
  const { t } = useTranslation();
  const chosen = new Set(selected);
  const hintId = `${name}-hint`;
  return (
    <fieldset className="space-y-2" aria-describedby={[hint ? hintId : "", errors?.length && errorId ? errorId : ""].filter(Boolean).join(" ") || undefined}>
      <legend className="font-semibold">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-[var(--color-muted)]">
          {hint}
        </p>
      ) : null}
      <table className="text-left">
        <thead>
          <tr>
            <th scope="col" className="pr-4 font-normal text-[var(--color-muted)]">
              {t("helping.profile.day")}
            </th>
            {DAY_PARTS.map((part) => (
              <th key={part} scope="col" className="px-3 font-semibold">
                {t(`vocab.dayPart.${part}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((day) => (
            <tr key={day}>
              <th scope="row" className="pr-4 font-semibold">
                {t(`vocab.weekday.${day}`)}
              </th>
              {DAY_PARTS.map((part) => {
                const value = `${day}:${part}`;
                const id = `${name}-${day}-${part}`;
                return (
                  <td key={part} className="px-3 py-1 text-center">
                    <label htmlFor={id} className="sr-only">
                      {t(`vocab.weekday.${day}`)} {t(`vocab.dayPart.${part}`)}
                    </label>
                    <input type="checkbox" id={id} name={name} value={value} defaultChecked={chosen.has(value)} className="h-5 w-5" />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {errors?.length ? (
        <p id={errorId} className="text-sm font-medium text-[var(--color-danger-700)]">
          {t("form.invalidChoice")}
        </p>
      ) : null}
    </fieldset>
  );
}
