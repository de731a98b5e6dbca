import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SearchForm } from "~/components/directory/search-form";
import { SearchMapView } from "~/components/directory/search-map";
import { SearchResults } from "~/components/directory/search-results";
import { listNeighbourhoodOptions } from "~/models/neighbourhood.server";
import { ViewSwitch } from "~/components/directory/view-switch";
import { useHydrated } from "~/components/ui/use-hydrated";
import { searchMap } from "~/models/search-map.server";
import { searchInitiatives } from "~/models/search.server";
import { activeFilters, parseSearchParams, returnQuery, searchHref, toSearchParams } from "~/schemas/search";
import { mapTiles } from "~/utils/map-tiles.server";
import { message, metaPage } from "~/utils/meta";
import { readVisitor } from "~/utils/visitor.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const title = data?.search.q ? message(matches, "directory.search.metaTitleQuery", { q: data.search.q }) : message(matches, "directory.search.title");
  return metaPage(matches, title, message(matches, "directory.search.metaDescription"));
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // A form sent without JavaScript also sends its empty fields; the shared link should not.
  if ([...url.searchParams.values()].some((value) => value.trim() === "")) {
    const query = toSearchParams(parseSearchParams(url.searchParams)).toString();
    throw redirect(query ? `${url.pathname}?${query}` : url.pathname);
  }
  const search = parseSearchParams(url.searchParams);
  const started = performance.now();
  // Only a browser that kept our cookie counts towards gap signals: a replayed GET never does.
  const { visitor, setCookie } = await readVisitor(request);
  const result = searchInitiatives(search, visitor);
  const serverTiming = `search;dur=${(performance.now() - started).toFixed(2)}`;
  const pc4 = result.postcode?.status === "ok" ? result.postcode.pc4 : null;
  const responseHeaders = new Headers({ "Server-Timing": serverTiming });
  if (setCookie) responseHeaders.set("Set-Cookie", setCookie);
  // A search without results is a gap signal: every visitor's must reach the loader, none is cached.
  if (result.total === 0) responseHeaders.set("Cache-Control", "private, no-store");
  return data(
    {
      search,
      result: { ...result, postcode: undefined },
      postcodeProblem: result.postcode && result.postcode.status !== "ok" ? result.postcode.status : null,
      // The initiative pages get the search back to it, with the postcode area (never the full
      // postcode) for distances.
      linkQuery: returnQuery({ ...search, postcode: pc4 ?? undefined }),
      neighbourhoods: listNeighbourhoodOptions(),
      // The list is always there: it is what the map view shows without JavaScript.
      map: search.view === "map" ? { ...searchMap(search), tiles: mapTiles() } : null,
    },
    { headers: responseHeaders },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const forwarded = new Headers();
  for (const name of ["Server-Timing", "Cache-Control"]) {
    const value = loaderHeaders.get(name);
    if (value) forwarded.set(name, value);
  }
  return forwarded;
};

export default function Initiatives() {
  const { t } = useTranslation();
  const { search, result, postcodeProblem, linkQuery, neighbourhoods, map } = useLoaderData<typeof loader>();
  const hydrated = useHydrated();
  const wantedDistance = search.sort === "distance" && result.sort !== "distance";
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1>{t("directory.search.title")}</h1>
        <p className="max-w-3xl">{t("directory.search.intro")}</p>
      </header>
      <div className="grid gap-8 lg:grid-cols-[20rem_1fr]">
        <div>
          <SearchForm search={search} neighbourhoods={neighbourhoods} postcodeProblem={postcodeProblem} />
          {search.q || activeFilters(search).length > 0 ? (
            <p className="mt-3">
              <Link to={searchHref({ view: search.view })}>{t("directory.search.clear")}</Link>
            </p>
          ) : null}
        </div>
        <div className="space-y-3">
          {wantedDistance ? (
            <p className="rounded-md bg-[var(--color-warn-50)] p-3 text-[var(--color-warn-700)]">{t("directory.search.sortNeedsPostcode")}</p>
          ) : null}
          <ViewSwitch search={search} />
          {map && hydrated ? (
            <SearchMapView map={map} tiles={map.tiles} listHref={searchHref({ ...search, view: "list" })} linkQuery={linkQuery} />
          ) : (
            <>
              {map ? <p className="rounded-md bg-[var(--color-warn-50)] p-3 text-[var(--color-warn-700)]">{t("map.needsScripts")}</p> : null}
              <SearchResults
                search={search}
                hits={result.hits}
                total={result.total}
                page={result.page}
                pageCount={result.pageCount}
                neighbourhoods={neighbourhoods}
                linkQuery={linkQuery}
              />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
