import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NeedFilters } from "~/components/collective/need-filters";
import { CollectiveNeedGrid } from "~/components/collective-need-card";
import { NEEDS_PER_PAGE, listNeeds } from "~/models/collective-need";
import { listNeighbourhoodOptions } from "~/models/neighbourhood.server";
import { needFilterSchema } from "~/schemas/collective-need";
import { message, metaPage } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) =>
  metaPage(matches, message(matches, "collective.list.title"), message(matches, "collective.list.metaDescription"));

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filters = needFilterSchema.parse(Object.fromEntries(url.searchParams));
  const neighbourhoods = listNeighbourhoodOptions();
  const neighbourhood = neighbourhoods.find((w) => w.slug === filters.wijk);
  const page = filters.page ?? 1;
  const { needs, total } = listNeeds({
    neighbourhoodId: neighbourhood?.id,
    domain: filters.domain,
    checklistKind: filters.need,
    status: filters.status,
    page,
  });
  return {
    needs,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / NEEDS_PER_PAGE)),
    filters: { neighbourhood: neighbourhood?.slug, domain: filters.domain, need: filters.need, status: filters.status },
    neighbourhoods: neighbourhoods.map(({ slug, name }) => ({ slug, name })),
    search: url.searchParams.toString(),
  };
}

function pageLink(search: string, page: number) {
  const params = new URLSearchParams(search);
  params.set("page", String(page));
  return `?${params}`;
}

export default function NeedList() {
  const { t } = useTranslation();
  const { needs, total, page, pages, filters, neighbourhoods, search } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("collective.list.title")}</h1>
      <p className="max-w-3xl">{t("collective.list.intro")}</p>
      <NeedFilters values={filters} neighbourhoods={neighbourhoods} />
      <p role="status">{t("collective.list.results", { count: total })}</p>
      <CollectiveNeedGrid needs={needs} empty={t("collective.list.none")} headingLevel={2} />
      {pages > 1 ? (
        <nav aria-label={t("collective.list.pagination")} className="flex flex-wrap items-center gap-4">
          {page > 1 ? <Link to={pageLink(search, page - 1)}>{t("collective.list.previous")}</Link> : null}
          <span>{t("collective.list.pageOf", { page, pages })}</span>
          {page < pages ? <Link to={pageLink(search, page + 1)}>{t("collective.list.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
