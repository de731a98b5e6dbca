import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListingForm } from "~/components/organiser/listing-form";
import { ListingStatusPanel } from "~/components/organiser/listing-status-panel";
import { ParticipantList } from "~/components/organiser/participant-list";
import { needBehindActivity } from "~/models/collective-need";
import { availableActions, changeListingStatus, getListingForEdit, updateListing } from "~/models/listing.server";
import { findOrganisationId, getOrganisation } from "~/models/organisation.server";
import { listParticipants, removeParticipant } from "~/models/participation.server";
import { removeParticipantSchema } from "~/schemas/taking-part";
import { listingActionSchema, listingSchema, publicListingSchema } from "~/schemas/listing";
import type { PublicationGap } from "~/domain/listing-readiness";
import { notFound, requireUser } from "~/utils/guards.server";
import { message, siteName } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { parseFormData, readForm } from "~/utils/form.server";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  { title: `${message(matches, "organiser.listing.editTitle", { title: String(data?.listing.values.title ?? "") })} · ${siteName(matches)}` },
];

async function load(request: Request, params: { org?: string; id?: string }) {
  const actor = await requireUser(request);
  const organisationId = findOrganisationId(params.org ?? "") ?? notFound();
  const id = idParam(params.id);
  const found = getListingForEdit(actor, organisationId, id);
  throwIfRefused(found);
  return { actor, organisationId, id, listing: found.listing };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, organisationId, listing } = await load(request, params);
  const organisation = getOrganisation(actor, organisationId);
  throwIfRefused(organisation);
  return {
    organisation: { id: organisationId, name: organisation.organisation.name, verified: organisation.organisation.verified },
    listing,
    actions: availableActions(listing.status),
    participants: listParticipants(actor, organisationId, listing.id),
    startedFrom: needBehindActivity(listing.id),
  };
}

/** The publication rule's gaps as form errors, each next to its field. */
function gapErrors(gaps: PublicationGap[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const gap of gaps) errors[gap.field] = [gap.message];
  return errors;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, organisationId, id, listing } = await load(request, params);
  const here = `/mijn-organisatie/${organisationId}/initiatieven/${id}`;
  const formData = await readForm(request);
  if (formData.get("intent") === "removeParticipant") {
    const submission = parseFormData(formData, removeParticipantSchema);
    if (submission.status !== "success") {
      const removeError = {
        participantId: Number(formData.get("participantId")),
        error: submission.error?.message?.[0] ?? "form.required",
        message: String(formData.get("message") ?? ""),
      };
      return data({ removeError }, { status: 400 });
    }
    const result = removeParticipant(actor, organisationId, submission.value);
    // Already removed (a second press) reads as done: the person is off the list either way.
    if (!result.ok && result.error === "forbidden") throwIfRefused(result);
    return redirectWithToast(here, { key: "takingPart.organiser.removed" });
  }
  const intent = formData.get("intent");
  // "publish" saves the form and then submits the draft: one press, nothing typed lost.
  if (intent === "save" || intent === "publish") {
    const mustBeComplete = intent === "publish" || listing.status !== "draft";
    const submission = parseFormData(formData, mustBeComplete ? publicListingSchema : listingSchema);
    if (submission.status !== "success") return data(submission.reply(), { status: 400 });
    const result = updateListing(actor, id, submission.value);
    throwIfRefused(result);
    if (!result.ok) {
      const reply =
        result.error === "postcode_outside"
          ? { fieldErrors: { postcode: ["organiser.form.postcodeOutside"] } }
          : result.error === "incomplete"
            ? { fieldErrors: gapErrors(result.gaps) }
            : { formErrors: ["organiser.listing.archivedNoEdit"] };
      return data(submission.reply(reply), { status: 400 });
    }
    if (intent === "save") return redirectWithToast(here, { key: "organiser.listing.saved" });
  }
  const parsed = listingActionSchema.safeParse({ intent: intent === "publish" ? "submit" : intent });
  if (!parsed.success) notFound();
  const result = changeListingStatus(actor, id, parsed.data.intent);
  throwIfRefused(result);
  // From the status panel's button: the form shows what is missing, next to each field.
  if (!result.ok && result.error === "incomplete") return data({ status: "error" as const, error: gapErrors(result.gaps) }, { status: 400 });
  if (!result.ok) return redirectWithToast(here, { key: "organiser.listing.illegal", tone: "error" });
  const key = parsed.data.intent === "confirm" ? "organiser.listing.done.confirmed" : `organiser.listing.done.${result.status}`;
  return redirectWithToast(here, { key });
}

export default function EditListing() {
  const { t } = useTranslation();
  const { organisation, listing, actions, participants, startedFrom } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData && "removeError" in actionData ? undefined : actionData;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to={`/mijn-organisatie/${organisation.id}`}>← {organisation.name}</Link>
      </p>
      <h1>{t("organiser.listing.editTitle", { title: listing.values.title })}</h1>
      {startedFrom ? (
        <p>
          {t("collective.start.startedFrom")} <Link to={`/vragen/${startedFrom.slug}`}>{startedFrom.title}</Link>
        </p>
      ) : null}
      <ListingStatusPanel
        slug={listing.slug}
        status={listing.status}
        moderationNote={listing.moderationNote}
        lastConfirmedAt={listing.lastConfirmedAt}
        stale={listing.stale}
        // A draft is published from the form ("Opslaan en publiceren"), so nothing typed is lost.
        actions={actions.filter((action) => action !== "submit")}
        verified={organisation.verified}
      />
      {participants.ok && (listing.values.signUpInSite || participants.participants.length > 0) ? (
        <ParticipantList
          participants={participants.participants}
          removeError={actionData && "removeError" in actionData ? actionData.removeError : undefined}
        />
      ) : null}
      {listing.status === "archived" ? (
        <p>{t("organiser.listing.archivedNoEdit")}</p>
      ) : (
        <ListingForm
          lastResult={lastResult}
          defaultValue={listing.values}
          submitLabel={t("organiser.listing.save")}
          publishLabel={
            actions.includes("submit") ? t(organisation.verified ? "organiser.listing.saveAndPublish" : "organiser.listing.saveAndSubmit") : undefined
          }
          isPublic={listing.status !== "draft"}
        />
      )}
    </div>
  );
}
