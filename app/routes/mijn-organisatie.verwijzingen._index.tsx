import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReferralStatusBadge } from "~/components/referrals/status-badge";
import { REFERRAL_STATUSES, type ReferralStatus } from "~/domain/vocabulary";
import { listReferralsForOrganisation } from "~/models/referral";
import { requireRole } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { workingDaysBetween } from "~/utils/working-days.server";
import { formatDateTime } from "~/utils/dates";
import { tableScroll } from "~/components/ui/table-scroll";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "referrals.inbox.title");

const FILTERABLE = REFERRAL_STATUSES.filter((status) => status !== "draft");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  const requested = new URL(request.url).searchParams.get("status");
  const status = FILTERABLE.find((s) => s === requested);
  const now = new Date();
  const rows = listReferralsForOrganisation(actor, { status }).map((row) => ({
    ...row,
    waitingDays: row.status === "sent" && row.sentAt ? workingDaysBetween(row.sentAt, now) : null,
  }));
  return { rows, status: status ?? "", showOrganisation: actor.organisations.length > 1 };
}

export default function ReferralInbox() {
  const { t, i18n } = useTranslation();
  const { rows, status, showOrganisation } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("referrals.inbox.title")}</h1>
      <p>{t("referrals.inbox.intro")}</p>
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="status" className="block font-semibold">
            {t("referrals.inbox.filter")}
          </label>
          <select id="status" name="status" defaultValue={status} className="input">
            <option value="">{t("referrals.inbox.all")}</option>
            {FILTERABLE.map((s: ReferralStatus) => (
              <option key={s} value={s}>
                {t(`vocab.referralStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-secondary">
          {t("referrals.inbox.apply")}
        </button>
      </Form>
      {rows.length === 0 ? (
        <p>{t("referrals.inbox.none")}</p>
      ) : (
        <div {...tableScroll(t("common.tableScroll"))}>
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="py-2 pr-4">
                  {t("referrals.inbox.initiative")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("referrals.inbox.need")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("referrals.inbox.wijk")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("referrals.inbox.sent")}
                </th>
                <th scope="col" className="py-2">
                  {t("referrals.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-4">
                    <Link to={`/mijn-organisatie/verwijzingen/${row.id}`}>{row.initiativeTitle}</Link>
                    {showOrganisation ? <div className="text-sm text-[var(--color-muted)]">{row.organisationName}</div> : null}
                  </td>
                  <td className="py-2 pr-4">{row.needDomain ? t(`vocab.domain.${row.needDomain}`) : "—"}</td>
                  <td className="py-2 pr-4">{row.neighbourhoodName ?? "—"}</td>
                  <td className="py-2 pr-4">
                    {row.sentAt ? formatDateTime(row.sentAt, i18n.language) : "—"}
                    {row.waitingDays !== null ? (
                      <div className="text-sm font-semibold text-[var(--color-warn-700)]">{t("referrals.inbox.waiting", { count: row.waitingDays })}</div>
                    ) : null}
                  </td>
                  <td className="py-2">
                    <ReferralStatusBadge status={row.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
