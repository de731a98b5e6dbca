import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { InitiativeStatus } from "~/domain/vocabulary";
import { formatDate } from "~/utils/dates";
import { ListingStatusBadge } from "./status-badge";
import { tableScroll } from "~/components/ui/table-scroll";

type Row = {
  id: number;
  title: string;
  status: InitiativeStatus;
  moderationNote: string | null;
  capacity: number | null;
  placesAvailable: number | null;
  lastConfirmedAt: Date | string;
  stale: boolean;
};

/** The dashboard list: status, places left, freshness, and the actions for each listing. */
export function ListingTable({ organisationId, listings, canEdit }: { organisationId: number; listings: Row[]; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div {...tableScroll(t("common.tableScroll"))}>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className="p-2">
              {t("organiser.dashboard.colTitle")}
            </th>
            <th scope="col" className="p-2">
              {t("organiser.dashboard.colStatus")}
            </th>
            <th scope="col" className="p-2">
              {t("organiser.dashboard.colPlaces")}
            </th>
            <th scope="col" className="p-2">
              {t("organiser.dashboard.colConfirmed")}
            </th>
            {canEdit ? (
              <th scope="col" className="p-2">
                {t("organiser.dashboard.colActions")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {listings.map((listing) => (
            <tr key={listing.id} className="border-b border-gray-200 align-top">
              <th scope="row" className="p-2 font-semibold">
                {listing.title}
                {listing.moderationNote && listing.status !== "published" ? (
                  <p className="mt-1 text-sm font-normal text-[var(--color-warn-700)]">
                    {t("organiser.dashboard.moderationNote")}: {listing.moderationNote}
                  </p>
                ) : null}
              </th>
              <td className="p-2">
                <ListingStatusBadge status={listing.status} />
              </td>
              <td className="p-2">
                {listing.capacity === null
                  ? t("common.openToAll")
                  : listing.placesAvailable === 0
                    ? t("common.waitlist")
                    : t("organiser.dashboard.placesLeft", { count: listing.placesAvailable ?? 0, capacity: listing.capacity })}
              </td>
              <td className="p-2">
                {formatDate(listing.lastConfirmedAt, i18n.language)}
                {listing.stale ? <span className="mt-1 block text-sm font-semibold text-[var(--color-warn-700)]">{t("organiser.dashboard.stale")}</span> : null}
              </td>
              {canEdit ? (
                <td className="p-2">
                  <div className="flex flex-wrap gap-2">
                    <Link
                      to={`/mijn-organisatie/${organisationId}/initiatieven/${listing.id}`}
                      aria-label={t("organiser.dashboard.editLabel", { title: listing.title })}
                    >
                      {t("organiser.dashboard.edit")}
                    </Link>
                    {listing.status !== "archived" ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="confirm" />
                        <input type="hidden" name="initiativeId" value={listing.id} />
                        <button type="submit" className="underline" aria-label={t("organiser.dashboard.confirmLabel", { title: listing.title })}>
                          {t("organiser.listing.action.confirm")}
                        </button>
                      </Form>
                    ) : null}
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
