import { Form, useLocation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FilterSelect } from "~/components/ui/filter-select";
import { INITIATIVE_KINDS, LANGUAGES, LIFE_DOMAINS, TARGET_GROUPS, WEEKDAYS } from "~/domain/vocabulary";
import { activeFilters, DISTANCES_KM, SEARCH_PARAM, SEARCH_SORTS, sortParam, type SearchParams } from "~/schemas/search";

export type PostcodeProblem = "invalid" | "outside" | null;

/** Tailwind's lg: where the filters sit beside the results instead of above them. */
const WIDE_SCREEN = "(min-width: 64rem)";

/** Filled-in fields only: keeps shared links short (the server tidies up the same way without JS). */
function filledIn(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(name, value);
  }
  return params;
}

/**
 * The search form: a plain GET form that works without JavaScript. With JavaScript a changed
 * choice shows new results at once (replacing the history entry, so Back leaves the search),
 * while typed text waits for Enter or the button.
 */
export function SearchForm({
  search,
  neighbourhoods,
  postcodeProblem,
}: {
  search: SearchParams;
  neighbourhoods: { slug: string; name: string }[];
  postcodeProblem: PostcodeProblem;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const location = useLocation();
  // Inputs are uncontrolled; a navigation that did not come from this form (a "remove filter"
  // link, Back) remounts the form so it shows the search in the address again. Hydration is no
  // navigation: remounting then would erase what the visitor typed before the scripts arrived.
  const ownNavigation = useRef(false);
  const shownSearch = useRef(location.search);
  const [formKey, setFormKey] = useState(0);
  // The filters fold away on a phone so the results come first; on a wide screen they are open.
  // Without JavaScript a stylesheet shows them on a wide screen all the same (filters-fold).
  const filters = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (filters.current && window.matchMedia(WIDE_SCREEN).matches) filters.current.open = true;
  }, [formKey]);
  useEffect(() => {
    if (shownSearch.current === location.search) return;
    shownSearch.current = location.search;
    if (!ownNavigation.current) setFormKey((key) => key + 1);
    ownNavigation.current = false;
  }, [location.search]);

  function send(form: HTMLFormElement, replace: boolean) {
    const params = filledIn(form);
    // The same search again changes no address, so no effect would clear the mark.
    const query = params.toString();
    ownNavigation.current = (query ? `?${query}` : "") !== location.search;
    submit(params, { method: "get", action: "/initiatieven", replace, preventScrollReset: true });
  }
  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.tagName === "SELECT" || target.type === "checkbox") send(event.currentTarget, true);
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(event.currentTarget, false);
  }

  const filterCount = activeFilters(search).length + (search.sort === "relevance" ? 0 : 1);
  const postcodeError =
    postcodeProblem === "invalid" ? t("form.invalidPostcode") : postcodeProblem === "outside" ? t("directory.search.postcodeOutside") : null;

  return (
    <Form
      key={formKey}
      method="get"
      action="/initiatieven"
      role="search"
      aria-label={t("directory.search.title")}
      onChange={onChange}
      onSubmit={onSubmit}
      className="space-y-4"
    >
      <div className="space-y-1">
        <label htmlFor="search-q" className="block font-semibold">
          {t("directory.search.queryLabel")}
        </label>
        <div className="flex gap-2">
          <input
            id="search-q"
            name={SEARCH_PARAM.q}
            type="search"
            className="input"
            defaultValue={search.q}
            maxLength={200}
            placeholder={t("directory.search.queryPlaceholder")}
          />
          <button type="submit" className="btn btn-primary">
            {t("directory.search.submit")}
          </button>
        </div>
      </div>

      <details ref={filters} className="filters-fold space-y-4">
        <summary className="btn btn-secondary w-full justify-between">
          {t("directory.search.filtersTitle")}
          {filterCount > 0 ? <span className="badge">{t("directory.search.filtersOn", { count: filterCount })}</span> : null}
        </summary>
        <fieldset className="space-y-3">
          {/* On a phone the summary above already says this. */}
          <legend className="text-lg font-semibold max-lg:sr-only">{t("directory.search.filtersTitle")}</legend>
          <FilterSelect
            name={SEARCH_PARAM.domain}
            label={t("directory.search.domain")}
            value={search.domain}
            any={t("directory.search.anyDomain")}
            options={LIFE_DOMAINS.map((d) => ({ value: d, label: t(`vocab.domain.${d}`) }))}
          />
          <FilterSelect
            name={SEARCH_PARAM.group}
            label={t("directory.search.group")}
            value={search.group}
            any={t("directory.search.anyGroup")}
            hint={t("directory.search.groupHint")}
            options={TARGET_GROUPS.filter((g) => g !== "everyone").map((g) => ({ value: g, label: t(`vocab.targetGroup.${g}`) }))}
          />
          <FilterSelect
            name={SEARCH_PARAM.wijk}
            label={t("directory.search.wijk")}
            value={search.wijk}
            any={t("directory.search.anyWijk")}
            options={neighbourhoods.map((w) => ({ value: w.slug, label: w.name }))}
          />
          <div className="space-y-1">
            <label htmlFor="search-postcode" className="block font-semibold">
              {t("directory.search.postcode")}
            </label>
            <p id="search-postcode-hint" className="text-sm text-[var(--color-muted)]">
              {t("directory.search.postcodeHint")}
            </p>
            <input
              id="search-postcode"
              name={SEARCH_PARAM.postcode}
              className="input"
              defaultValue={search.postcode ?? ""}
              autoComplete="postal-code"
              maxLength={20}
              aria-invalid={postcodeError ? true : undefined}
              aria-describedby={postcodeError ? "search-postcode-hint search-postcode-error" : "search-postcode-hint"}
            />
            {postcodeError ? (
              <p id="search-postcode-error" className="text-sm font-medium text-[var(--color-danger-700)]">
                {postcodeError}
              </p>
            ) : null}
          </div>
          <FilterSelect
            name={SEARCH_PARAM.km}
            label={t("directory.search.distance")}
            value={search.km?.toString()}
            any={t("directory.search.anyDistance")}
            hint={t("directory.search.distanceHint")}
            options={DISTANCES_KM.map((km) => ({ value: String(km), label: t("directory.search.withinKm", { km }) }))}
          />
          <FilterSelect
            name={SEARCH_PARAM.day}
            label={t("directory.search.day")}
            value={search.day?.toString()}
            any={t("directory.search.anyDay")}
            options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`vocab.weekday.${d}`) }))}
          />
          <FilterSelect
            name={SEARCH_PARAM.lang}
            label={t("directory.search.language")}
            value={search.lang}
            any={t("directory.search.anyLanguage")}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`vocab.language.${l}`) }))}
          />
          <FilterSelect
            name={SEARCH_PARAM.kind}
            label={t("directory.search.kind")}
            value={search.kind}
            any={t("directory.search.anyKind")}
            options={INITIATIVE_KINDS.map((k) => ({ value: k, label: t(`vocab.kind.${k}`) }))}
          />
          <fieldset className="space-y-1">
            <legend className="font-semibold">{t("directory.search.moreFilters")}</legend>
            <Check name={SEARCH_PARAM.free} checked={search.free}>
              {t("directory.search.free")}
            </Check>
            <Check name={SEARCH_PARAM.wheelchair} checked={search.wheelchair}>
              {t("directory.search.wheelchair")}
            </Check>
            <Check name={SEARCH_PARAM.loop} checked={search.loop}>
              {t("directory.search.loop")}
            </Check>
            <Check name={SEARCH_PARAM.referrals} checked={search.referrals}>
              {t("directory.search.referrals")}
            </Check>
          </fieldset>
        </fieldset>

        <FilterSelect
          name={SEARCH_PARAM.sort}
          label={t("directory.search.sort")}
          value={search.sort === "relevance" ? undefined : sortParam(search.sort)}
          options={SEARCH_SORTS.filter((s) => s !== "relevance").map((s) => ({
            value: sortParam(s),
            label: t(`directory.search.sort${s === "distance" ? "Distance" : "Newest"}`),
          }))}
          any={t("directory.search.sortRelevance")}
        />

        {/* A new search stays in the view the visitor chose. */}
        {search.view === "map" ? <input type="hidden" name={SEARCH_PARAM.view} value="kaart" /> : null}
        <button type="submit" className="btn btn-secondary w-full justify-center">
          {t("directory.search.apply")}
        </button>
      </details>
    </Form>
  );
}

function Check({ name, checked, children }: { name: string; checked: boolean; children: ReactNode }) {
  const id = `search-${name}`;
  return (
    <div className="flex items-start gap-2">
      <input id={id} name={name} type="checkbox" value="1" defaultChecked={checked} className="mt-1 h-5 w-5" />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}
