import { Link, useNavigation } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { InitiativeCard } from "~/components/initiative-card";
import type { InitiativeCard as Card } from "~/models/initiative.server";
import { activeFilters, searchHref, type FilterKey, type SearchParams } from "~/schemas/search";
import { formatPostcode } from "~/utils/geo";
import { Pagination } from "./pagination";

type Neighbourhood = { slug: string; name: string };

/** "Leefgebied: Financiën", the words a visitor chose, for "remove this filter" links. */
function describeFilter(key: FilterKey, search: SearchParams, neighbourhoods: Neighbourhood[], t: TFunction): string {
  const labelled = (label: string, value: string) => t("directory.search.filterValue", { label, value });
  switch (key) {
    case "domain":
      return labelled(t("directory.search.domain"), t(`vocab.domain.${search.domain}`));
    case "group":
      return labelled(t("directory.search.group"), t(`vocab.targetGroup.${search.group}`));
    case "wijk":
      return labelled(t("directory.search.wijk"), neighbourhoods.find((w) => w.slug === search.wijk)?.name ?? search.wijk ?? "");
    case "postcode":
      return labelled(t("directory.search.postcode"), formatPostcode(search.postcode ?? ""));
    case "km":
      return t("directory.search.withinKm", { km: search.km });
    case "day":
      return labelled(t("directory.search.day"), t(`vocab.weekday.${search.day}`));
    case "lang":
      return labelled(t("directory.search.language"), t(`vocab.language.${search.lang}`));
    case "kind":
      return labelled(t("directory.search.kind"), t(`vocab.kind.${search.kind}`));
    case "free":
      return t("directory.search.free");
    case "wheelchair":
      return t("directory.search.wheelchair");
    case "loop":
      return t("directory.search.loop");
    case "referrals":
      return t("directory.search.referrals");
  }
}

/** The same search without one filter (a postcode takes its distance along). */
function without(search: SearchParams, key: FilterKey): Partial<SearchParams> {
  const next: Partial<SearchParams> = { ...search, page: 1, [key]: undefined };
  if (key === "postcode") next.km = undefined;
  return next;
}

export function SearchResults({
  search,
  hits,
  total,
  page,
  pageCount,
  neighbourhoods,
  linkQuery,
}: {
  search: SearchParams;
  hits: Card[];
  total: number;
  page: number;
  pageCount: number;
  neighbourhoods: Neighbourhood[];
  linkQuery?: string;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const busy = navigation.state === "loading" && navigation.location.pathname === "/initiatieven";
  const filters = activeFilters(search);

  return (
    <section aria-labelledby="results-title" aria-busy={busy}>
      <h2 id="results-title" className="sr-only">
        {t("directory.search.resultsTitle")}
      </h2>
      {/* A polite live region: screen readers hear the new count after each change. */}
      <p role="status" className="text-lg font-semibold">
        {busy ? t("directory.search.loading") : t("directory.search.results", { count: total })}
      </p>

      {total === 0 ? (
        <div className="card mt-4 space-y-3">
          <h3>{t("directory.search.noResultsTitle")}</h3>
          <p>{t("directory.search.noResultsText")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {search.q ? (
              <li>
                <Link to={searchHref({ ...search, q: "", page: 1 })}>{t("directory.search.removeQuery", { q: search.q })}</Link>
              </li>
            ) : null}
            {filters.map((key) => (
              <li key={key}>
                <Link to={searchHref(without(search, key))}>
                  {t("directory.search.removeFilter", { filter: describeFilter(key, search, neighbourhoods, t) })}
                </Link>
              </li>
            ))}
            {filters.length > 1 ? (
              <li>
                <Link to={searchHref({ q: search.q })}>{t("directory.search.clear")}</Link>
              </li>
            ) : null}
          </ul>
          <p className="text-sm text-[var(--color-muted)]">{t("directory.search.gapNote")}</p>
        </div>
      ) : (
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {hits.map((hit) => (
            <li key={hit.slug}>
              <InitiativeCard initiative={hit} linkQuery={linkQuery} />
            </li>
          ))}
        </ul>
      )}

      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => searchHref({ ...search, page: n })} />
    </section>
  );
}
