import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HelperResults, HelperSearchForm } from "~/components/helping/helper-search";
import { OrganisationApplications } from "~/components/helping/organisation-applications";
import { OrganisationInvites } from "~/components/helping/organisation-invites";
import { inviteHelper, listOrganisationInvites, searchHelpers } from "~/models/helper.server";
import { listNeighbourhoodOptions } from "~/models/neighbourhood.server";
import { acceptApplication, declineApplication, getOrganisationForVolunteers, listApplicationsForOrganisation } from "~/models/volunteering.server";
import { organiserVolunteerSchema, parseHelperSearch } from "~/schemas/helping";
import { forbidden, notFound, requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { can, type Actor } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  metaTitle(matches, "helping.volunteers.title", { organisation: data?.organisation.name ?? "" });

/** The organisation in the address; 404 when unknown, 403 for anyone who is not a member. */
function organisationFor(actor: Actor, slug: string | undefined) {
  const organisation = slug ? getOrganisationForVolunteers(slug) : null;
  if (!organisation) notFound();
  if (!can(actor, "volunteer.decide", { organisationId: organisation.id })) forbidden();
  return organisation;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const organisation = organisationFor(actor, params.org);
  const applications = listApplicationsForOrganisation(actor, organisation.id);
  const filters = parseHelperSearch(new URL(request.url).searchParams);
  const search = searchHelpers(actor, filters);
  const invites = listOrganisationInvites(actor, organisation.id);
  if (!applications.ok || !search.ok || !invites.ok) forbidden();
  return {
    organisation,
    applications: applications.applications,
    invites: invites.invites,
    filters,
    helpers: search.helpers,
    neighbourhoods: listNeighbourhoodOptions(),
  };
}

const errorKeys: Record<string, string> = {
  forbidden: "helping.volunteers.forbidden",
  not_pending: "helping.volunteers.notPending",
  not_found: "helping.volunteers.notFound",
  reason_required: "form.required",
  already_invited: "helping.volunteers.alreadyInvited",
  unknown_initiative: "helping.volunteers.unknownInitiative",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const organisation = organisationFor(actor, params.org);
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  const { submission } = await parseForm(request, organiserVolunteerSchema);
  if (submission.status !== "success") {
    const applicationId = Number(submission.payload.applicationId);
    if (submission.payload.intent === "decline" && Number.isInteger(applicationId)) {
      return data({ declineError: { applicationId, error: "form.required" } }, { status: 400 });
    }
    return redirectWithToast(back, { key: "helping.volunteers.notFound", tone: "error" });
  }
  const input = submission.value;
  if (input.intent === "invite") {
    const result = inviteHelper(actor, { organisationId: organisation.id, ...input });
    if (!result.ok) {
      if (result.error === "forbidden") forbidden();
      const key = result.error === "not_found" ? "helping.volunteers.helperNotFound" : errorKeys[result.error]!;
      return redirectWithToast(back, { key, tone: "error" });
    }
    return redirectWithToast(back, { key: "helping.volunteers.invited" });
  }
  const result = input.intent === "accept" ? acceptApplication(actor, input) : declineApplication(actor, input);
  if (!result.ok) {
    // The application may belong to another organisation's initiative: refused like any stranger.
    if (result.error === "forbidden") forbidden();
    if (result.error === "reason_required") {
      return data({ declineError: { applicationId: input.applicationId, error: "form.required" } }, { status: 400 });
    }
    return redirectWithToast(back, { key: errorKeys[result.error]!, tone: "error" });
  }
  return redirectWithToast(back, { key: input.intent === "accept" ? "helping.volunteers.accepted" : "helping.volunteers.declined" });
}

export default function Volunteers() {
  const { t } = useTranslation();
  const { organisation, applications, invites, filters, helpers, neighbourhoods } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-8">
      <p>
        <Link to={`/mijn-organisatie/${organisation.slug}`}>{t("helping.volunteers.back")}</Link>
      </p>
      <div className="space-y-2">
        <h1>{t("helping.volunteers.title", { organisation: organisation.name })}</h1>
        <p>{t("helping.volunteers.intro")}</p>
      </div>
      <section aria-labelledby="applications-title" className="space-y-4">
        <h2 id="applications-title">{t("helping.volunteers.applicationsTitle")}</h2>
        <OrganisationApplications applications={applications} declineError={actionData?.declineError} />
      </section>
      <section aria-labelledby="invites-title" className="space-y-4">
        <h2 id="invites-title">{t("helping.volunteers.invitesTitle")}</h2>
        <OrganisationInvites invites={invites} />
      </section>
      <section aria-labelledby="search-title" className="space-y-4">
        <h2 id="search-title">{t("helping.volunteers.searchTitle")}</h2>
        <p>{t("helping.volunteers.searchIntro")}</p>
        <div className="card">
          <HelperSearchForm filters={filters} neighbourhoods={neighbourhoods} />
        </div>
        <HelperResults helpers={helpers} openings={organisation.openings} />
      </section>
    </div>
  );
}
