import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { InitiativeStatus } from "~/domain/vocabulary";
import type { ListingAction } from "~/schemas/listing";
import { formatDate } from "~/utils/dates";
import { ListingStatusBadge } from "./status-badge";

/** Status, the admin's note, freshness and the lifecycle buttons of one listing. */
export function ListingStatusPanel({
  slug,
  status,
  moderationNote,
  lastConfirmedAt,
  stale,
  actions,
  verified,
}: {
  slug: string;
  status: InitiativeStatus;
  moderationNote: string | null;
  lastConfirmedAt: Date | string;
  stale: boolean;
  actions: ListingAction[];
  verified: boolean;
}) {
  const { t, i18n } = useTranslation();
  const label = (action: ListingAction) => (action === "submit" && verified ? t("organiser.listing.action.publish") : t(`organiser.listing.action.${action}`));
  return (
    <section aria-labelledby="status-title" className="card space-y-3">
      <h2 id="status-title">
        {t("organiser.listing.status")}: <ListingStatusBadge status={status} />
      </h2>
      {moderationNote ? (
        <div className="rounded-md border-2 border-[var(--color-warn-700)] bg-[var(--color-warn-50)] p-3">
          <p className="font-semibold">{t("organiser.listing.moderationNote")}</p>
          <p className="whitespace-pre-line">{moderationNote}</p>
        </div>
      ) : null}
      {status === "submitted" ? <p>{t("organiser.listing.waitingText")}</p> : null}
      <p>{t("organiser.listing.lastConfirmed", { date: formatDate(lastConfirmedAt, i18n.language) })}</p>
      {stale ? <p className="font-semibold text-[var(--color-warn-700)]">{t("organiser.listing.stale")}</p> : null}
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <Form method="post" key={action}>
            <input type="hidden" name="intent" value={action} />
            <button type="submit" className={action === "submit" || action === "resume" ? "btn btn-primary" : "btn btn-secondary"}>
              {label(action)}
            </button>
          </Form>
        ))}
      </div>
      {status === "published" ? (
        <p>
          <Link to={`/initiatieven/${slug}`}>{t("organiser.listing.viewPublic")}</Link>
        </p>
      ) : null}
    </section>
  );
}
