import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { throwIfRefused } from "~/components/organiser/route-helpers.server";
import { listTeamsForAdmin } from "~/models/team-admin.server";
import { requirePermission } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { tableScroll } from "~/components/ui/table-scroll";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "platform.team.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const result = listTeamsForAdmin(actor);
  throwIfRefused(result);
  return { teams: result.teams };
}

export default function AdminTeams() {
  const { t } = useTranslation();
  const { teams } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("platform.team.title")}</h1>
      <p className="max-w-3xl">{t("platform.team.intro")}</p>
      <p>
        <Link to="/beheer/teams/nieuw" className="btn btn-primary">
          {t("platform.team.new")}
        </Link>
      </p>
      <div {...tableScroll(t("common.tableScroll"))}>
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-gray-300">
              <th scope="col" className="p-2">{t("platform.team.colName")}</th>
              <th scope="col" className="p-2">{t("platform.team.colWijken")}</th>
              <th scope="col" className="p-2">{t("platform.team.colLead")}</th>
              <th scope="col" className="p-2">{t("platform.team.colMembers")}</th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id} className="border-b border-gray-200">
                <th scope="row" className="p-2 font-semibold">
                  <Link to={`/beheer/teams/${team.id}`} aria-label={t("platform.team.editLabel", { name: team.name })}>
                    {team.name}
                  </Link>
                </th>
                <td className="p-2">{team.wijken.join(", ")}</td>
                <td className="p-2">{team.leads.length ? team.leads.map((lead) => lead.name).join(", ") : t("platform.team.noLead")}</td>
                <td className="p-2">{team.memberCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
