import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AdminListPage } from "~/components/platform/admin-list-page";
import { useTranslation } from "react-i18next";
import { listTeamsForAdmin } from "~/models/team-admin.server";
import { requirePermission } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { throwIfRefused } from "~/utils/route-helpers.server";

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
    <AdminListPage
      title={t("platform.team.title")}
      intro={t("platform.team.intro")}
      newTo="/beheer/teams/nieuw"
      newLabel={t("platform.team.new")}
      columns={[t("platform.team.colName"), t("platform.team.colWijken"), t("platform.team.colLead"), t("platform.team.colMembers")]}
    >
      {teams.map((team) => (
        <tr key={team.id} className="border-b border-gray-200">
          <th scope="row" className="p-2 font-semibold">
            <Link to={`/beheer/teams/${team.id}`} aria-label={t("platform.team.editLabel", { name: team.name })}>
              {team.name}
            </Link>
          </th>
          <td className="p-2">{team.neighbourhoods.join(", ")}</td>
          <td className="p-2">{team.leads.length ? team.leads.map((lead) => lead.name).join(", ") : t("platform.team.noLead")}</td>
          <td className="p-2">{team.memberCount}</td>
        </tr>
      ))}
    </AdminListPage>
  );
}
