import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AdminListPage } from "~/components/platform/admin-list-page";
import { useTranslation } from "react-i18next";
import { listNeighbourhoodsForAdmin } from "~/models/neighbourhood-admin.server";
import { requirePermission } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "platform.wijk.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const result = listNeighbourhoodsForAdmin(actor);
  throwIfRefused(result);
  return { neighbourhoods: result.neighbourhoods };
}

export default function AdminNeighbourhoods() {
  const { t } = useTranslation();
  const { neighbourhoods } = useLoaderData<typeof loader>();
  return (
    <AdminListPage
      title={t("platform.wijk.title")}
      intro={t("platform.wijk.intro")}
      newTo="/beheer/wijken/nieuw"
      newLabel={t("platform.wijk.new")}
      columns={[t("platform.wijk.colName"), t("platform.wijk.colPostcodes"), ""]}
    >
      {neighbourhoods.map((neighbourhood) => (
        <tr key={neighbourhood.id} className="border-b border-gray-200">
          <th scope="row" className="p-2 font-semibold">
            <Link to={`/wijken/${neighbourhood.slug}`}>{neighbourhood.name}</Link>
          </th>
          <td className="p-2">{neighbourhood.postcodes.join(", ")}</td>
          <td className="p-2">
            <Link to={`/beheer/wijken/${neighbourhood.id}`} aria-label={t("platform.wijk.editLabel", { name: neighbourhood.name })}>
              {t("platform.wijk.edit")}
            </Link>
          </td>
        </tr>
      ))}
    </AdminListPage>
  );
}
