import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CaseloadFilterForm, CaseloadPages, CaseloadSearchForm, CaseloadTable } from "~/components/workspace/caseload";
import { listCaseload } from "~/models/household";
import { caseloadFilterSchema } from "~/schemas/household";
import { forbidden, notFound, requireRole } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "workspace.caseload.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const query = caseloadFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const result = listCaseload(actor, {
    teamId: query.team,
    scope: query.scope,
    neighbourhoodId: query.wijk,
    domain: query.domain,
    flaggedOnly: query.flagged,
    reference: query.q,
    page: query.pagina,
  });
  if (!result.ok) return result.error === "forbidden" ? forbidden() : notFound();
  return result;
}

export default function Caseload() {
  const { t } = useTranslation();
  const { teams, filters, neighbourhoods, households, total, page, pageCount } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("workspace.caseload.title")}</h1>
        <Link to="/werkplek/huishoudens/nieuw" className="btn btn-primary">
          {t("workspace.caseload.newHousehold")}
        </Link>
      </div>
      <p>{t("workspace.caseload.intro")}</p>
      <CaseloadSearchForm filters={filters} />
      <CaseloadFilterForm filters={filters} teams={teams} neighbourhoods={neighbourhoods} />
      <p role="status">
        {filters.reference ? t("workspace.caseload.found", { count: total, search: filters.reference }) : t("workspace.caseload.count", { count: total })}
      </p>
      {households.length > 0 ? <CaseloadTable rows={households} showTeam={teams.length > 1 && filters.teamId === undefined} /> : null}
      <CaseloadPages page={page} pageCount={pageCount} />
    </div>
  );
}
