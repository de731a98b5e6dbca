/**
 * A select in a GET filter form (search, lists): not bound to a form library, so the filters stay
 * plain links that work without JavaScript. The first option, `any`, means "no filter"; without it
 * one of the options is always chosen.
 */
export function FilterSelect({
  name,
  label,
  value,
  any,
  hint,
  options,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  any?: string;
  hint?: string;
  options: { value: string; label: string }[];
}) {
  const id = `filter-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-[var(--color-muted)]">
          {hint}
        </p>
      ) : null}
      <select id={id} name={name} className="input" defaultValue={value === undefined ? "" : String(value)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {any === undefined ? null : <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
