import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { OrganisationInsightsSection } from "~/components/insights/organisation-insights";
import { layoutOrganisation } from "~/components/insights/report-layout.server";
import { AttentionList } from "~/components/organiser/attention-list";
import { ListingTable } from "~/components/organiser/listing-table";
import { changeListingStatus, listOrganisationListings } from "~/models/listing.server";
import { getOrganisationInsights } from "~/models/insights/insights.server";
import { getOrganisationAttention } from "~/models/organisation-attention.server";
import { findOrganisationId, getOrganisation } from "~/models/organisation.server";
import { parseInsightsFilter } from "~/schemas/insights";
import { notFound, requireUser } from "~/utils/guards.server";
import { siteName } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form.server";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: `${data?.organisation.name ?? ""} · ${siteName(matches)}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const organisationId = findOrganisationId(params.org ?? "") ?? notFound();
  const found = getOrganisation(actor, organisationId);
  throwIfRefused(found);
  const listings = listOrganisationListings(actor, organisationId);
  throwIfRefused(listings);
  const attention = getOrganisationAttention(actor, organisationId);
  throwIfRefused(attention);
  const { organisation } = found;
  const { months } = parseInsightsFilter(new URL(request.url).searchParams);
  const insights = getOrganisationInsights(actor, organisationId, months);
  return {
    insights: insights.ok ? { ...insights.insights, charts: layoutOrganisation(insights.insights), months } : null,
    organisation: {
      id: organisation.id,
      name: organisation.name,
      slug: organisation.slug,
      verified: organisation.verified,
      moderationNote: organisation.moderationNote,
    },
    canEditProfile: can(actor, "organisation.edit", { organisationId }),
    canEditListings: can(actor, "initiative.edit", { organisationId }),
    listings: listings.listings,
    attention: attention.attention,
  };
}

const confirmSchema = z.object({ intent: z.literal("confirm"), initiativeId: z.coerce.number().int().positive() });

/** "Still current", straight from the list. */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const organisationId = findOrganisationId(params.org ?? "") ?? notFound();
  const parsed = confirmSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) notFound();
  const result = changeListingStatus(actor, parsed.data.initiativeId, "confirm");
  throwIfRefused(result);
  const back = `/mijn-organisatie/${organisationId}`;
  if (!result.ok) return redirectWithToast(back, { key: "organiser.listing.illegal", tone: "error" });
  return redirectWithToast(back, { key: "organiser.listing.done.confirmed" });
}

export default function OrganisationDashboard() {
  const { t } = useTranslation();
  const { organisation, listings, attention, canEditProfile, canEditListings, insights } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <h1>{organisation.name}</h1>
          <span className="badge">{organisation.verified ? t("common.verified") : t("common.notVerified")}</span>
        </div>
        <nav aria-label={organisation.name} className="flex flex-wrap gap-2">
          <Link to={`/mijn-organisatie/${organisation.id}/leden`} className="btn btn-secondary">
            {t("organiser.dashboard.members")}
          </Link>
          {canEditListings ? (
            <>
              <Link to={`/mijn-organisatie/${organisation.slug}/vrijwilligers`} className="btn btn-secondary">
                {t("organiser.dashboard.volunteers")}
              </Link>
              <Link to="/mijn-organisatie/verwijzingen" className="btn btn-secondary">
                {t("organiser.dashboard.referrals")}
              </Link>
            </>
          ) : null}
          {canEditProfile ? (
            <Link to={`/mijn-organisatie/${organisation.id}/bewerken`} className="btn btn-secondary">
              {t("organiser.dashboard.editOrganisation")}
            </Link>
          ) : null}
        </nav>
      </div>
      <AttentionList attention={attention} organisationSlug={organisation.slug} canAnswer={canEditListings} />
      <p>{organisation.verified ? t("organiser.dashboard.verified") : t("organiser.dashboard.unverified")}</p>
      {organisation.moderationNote ? (
        <div className="rounded-md border-2 border-[var(--color-warn-700)] bg-[var(--color-warn-50)] p-3">
          <p className="font-semibold">{t("organiser.dashboard.moderationNote")}</p>
          <p className="whitespace-pre-line">{organisation.moderationNote}</p>
        </div>
      ) : null}

      <section aria-labelledby="listings-title" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id="listings-title">{t("organiser.dashboard.listings")}</h2>
          {canEditListings ? (
            <Link to={`/mijn-organisatie/${organisation.id}/initiatieven/nieuw`} className="btn btn-primary">
              {t("organiser.dashboard.newListing")}
            </Link>
          ) : null}
        </div>
        {listings.length === 0 ? (
          <p>{t("organiser.dashboard.none")}</p>
        ) : (
          <ListingTable organisationId={organisation.id} listings={listings} canEdit={canEditListings} />
        )}
      </section>
      {insights ? (
        <OrganisationInsightsSection
          insights={insights}
          charts={insights.charts}
          months={insights.months}
          csvBase={`/mijn-organisatie/${organisation.id}/inzichten`}
        />
      ) : null}
    </div>
  );
}
