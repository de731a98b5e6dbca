import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "~/components/workspace/format";
import { HouseholdHeader } from "~/components/workspace/household-header";
import { listAuditForHousehold } from "~/models/audit.server";
import { metaTitle } from "~/utils/meta";
import { machineDate } from "~/utils/dates";
import { tableScroll } from "~/components/ui/table-scroll";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";
import { requireRole } from "~/utils/guards.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "workspace.log.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const householdId = idParam(params.id);
  const result = listAuditForHousehold(actor, { householdId });
  throwIfRefused(result);
  return { householdId, ...result };
}

/** Known codes get words; anything another part of the app logs is shown as it is. */
function useDescribe() {
  const { t, i18n } = useTranslation();
  return (code: string, group: "action" | "entity") => {
    const key = `workspace.log.${group}.${code}`;
    return i18n.exists(key) ? t(key) : code;
  };
}

export default function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormatDate();
  const describe = useDescribe();
  const { householdId, reference, entries } = useLoaderData<typeof loader>();
  return (
    <div>
      <HouseholdHeader id={householdId} reference={reference} canViewAudit />
      <h1 className="mb-2">{t("workspace.log.title")}</h1>
      <p className="mb-6">{t("workspace.log.intro")}</p>
      {entries.length === 0 ? (
        <p>{t("workspace.log.empty")}</p>
      ) : (
        <div {...tableScroll(t("workspace.log.caption", { reference }))}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("workspace.log.caption", { reference })}</caption>
            <thead className="border-b-2 border-gray-300">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("workspace.log.when")}
                </th>
                <th scope="col" className="pr-3">
                  {t("workspace.log.who")}
                </th>
                <th scope="col" className="pr-3">
                  {t("workspace.log.what")}
                </th>
                <th scope="col" className="pr-3">
                  {t("workspace.log.about")}
                </th>
                <th scope="col">{t("workspace.log.detail")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className="border-b border-gray-200">
                  <td className="py-1 pr-3 whitespace-nowrap">
                    <time dateTime={machineDate(entry.at)}>{format.moment(entry.at)}</time>
                  </td>
                  <td className="pr-3">
                    {entry.actorName ?? t("workspace.log.deletedUser")}
                    {entry.actorName && entry.actorDeleted ? ` ${t("workspace.log.deletedSuffix")}` : null}
                  </td>
                  <td className="pr-3">{describe(entry.action, "action")}</td>
                  <td className="pr-3">
                    {describe(entry.entityType, "entity")} {entry.entityId !== "none" ? `#${entry.entityId}` : null}
                  </td>
                  <td>{entry.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
