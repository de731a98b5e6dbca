import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { throwIfRefused } from "~/components/organiser/route-helpers.server";
import { listNeighbourhoodsForAdmin } from "~/models/neighbourhood-admin.server";
import { requirePermission } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { tableScroll } from "~/components/ui/table-scroll";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "platform.wijk.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const result = listNeighbourhoodsForAdmin(actor);
  throwIfRefused(result);
  return { wijken: result.wijken };
}

export default function AdminNeighbourhoods() {
  const { t } = useTranslation();
  const { wijken } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("platform.wijk.title")}</h1>
      <p className="max-w-3xl">{t("platform.wijk.intro")}</p>
      <p>
        <Link to="/beheer/wijken/nieuw" className="btn btn-primary">
          {t("platform.wijk.new")}
        </Link>
      </p>
      <div {...tableScroll(t("common.tableScroll"))}>
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-gray-300">
              <th scope="col" className="p-2">{t("platform.wijk.colName")}</th>
              <th scope="col" className="p-2">{t("platform.wijk.colPostcodes")}</th>
              <td className="p-2" />
            </tr>
          </thead>
          <tbody>
            {wijken.map((wijk) => (
              <tr key={wijk.id} className="border-b border-gray-200">
                <th scope="row" className="p-2 font-semibold">
                  <Link to={`/wijken/${wijk.slug}`}>{wijk.name}</Link>
                </th>
                <td className="p-2">{wijk.postcodes.join(", ")}</td>
                <td className="p-2">
                  <Link to={`/beheer/wijken/${wijk.id}`} aria-label={t("platform.wijk.editLabel", { name: wijk.name })}>
                    {t("platform.wijk.edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
