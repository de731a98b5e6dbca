import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListingForm } from "~/components/organiser/listing-form";
import { createListing } from "~/models/listing.server";
import { findOrganisationId, getOrganisation } from "~/models/organisation.server";
import { listingSchema } from "~/schemas/listing";
import { forbidden, notFound, requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "organiser.listing.newTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const organisationId = findOrganisationId(params.org ?? "") ?? notFound();
  const found = getOrganisation(actor, organisationId);
  throwIfRefused(found);
  if (!can(actor, "initiative.create", { organisationId })) forbidden();
  return { organisation: { id: found.organisation.id, name: found.organisation.name } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const organisationId = findOrganisationId(params.org ?? "") ?? notFound();
  const { submission } = await parseForm(request, listingSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = createListing(actor, organisationId, submission.value);
  throwIfRefused(result);
  if (!result.ok) {
    return data(submission.reply({ fieldErrors: { postcode: ["organiser.form.postcodeOutside"] } }), { status: 400 });
  }
  return redirectWithToast(`/mijn-organisatie/${organisationId}/initiatieven/${result.id}`, { key: "organiser.listing.created" });
}

export default function NewListing() {
  const { t } = useTranslation();
  const { organisation } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to={`/mijn-organisatie/${organisation.id}`}>← {organisation.name}</Link>
      </p>
      <h1>{t("organiser.listing.newTitle")}</h1>
      <p>{t("organiser.listing.newIntro")}</p>
      <ListingForm lastResult={lastResult} submitLabel={t("organiser.listing.create")} />
    </div>
  );
}
