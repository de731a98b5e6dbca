import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { OrganisationAttention } from "~/models/organisation-attention.server";

/** The first thing on the dashboard: each kind of waiting work with its count and where to do it. */
export function AttentionList({
  attention,
  organisationSlug,
  canAnswer,
}: {
  attention: OrganisationAttention;
  organisationSlug: string;
  /** Members answer referrals and applications; others (an admin looking in) only see the listings. */
  canAnswer: boolean;
}) {
  const { t } = useTranslation();
  const listings = "#listings-title";
  const items = [
    { key: "referrals", count: canAnswer ? attention.referralsWaiting : 0, to: "/mijn-organisatie/verwijzingen?status=sent" },
    { key: "applications", count: canAnswer ? attention.applicationsWaiting : 0, to: `/mijn-organisatie/${organisationSlug}/vrijwilligers#applications-title` },
    { key: "signUps", count: attention.newSignUps, to: listings },
    { key: "sentBack", count: attention.sentBackListings, to: listings },
    { key: "stale", count: attention.staleListings, to: listings },
    { key: "awaitingApproval", count: attention.awaitingApproval, to: listings },
  ].filter((item) => item.count > 0);
  return (
    <section aria-labelledby="attention-title" className="card space-y-3">
      <h2 id="attention-title">{t("organiser.attention.title")}</h2>
      {items.length === 0 ? (
        <p>{t("organiser.attention.nothing")}</p>
      ) : (
        <ul className="list-disc space-y-2 pl-6">
          {items.map((item) => (
            <li key={item.key}>
              <Link to={item.to}>{t(`organiser.attention.${item.key}`, { count: item.count })}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
