import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { PauseSearch, QueuedListings, QueuedOrganisations } from "~/components/organiser/moderation-queue";
import {
  approveListing,
  findPublishedListings,
  getModerationQueue,
  pauseListingAsAdmin,
  sendBackListing,
  sendBackOrganisation,
  verifyOrganisation,
} from "~/models/moderation.server";
import { listingModerationSchema } from "~/schemas/listing";
import { organisationModerationSchema } from "~/schemas/organisation";
import { requirePermission } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form.server";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "organiser.moderation.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "moderation.view_queue");
  const queue = getModerationQueue(actor);
  throwIfRefused(queue);
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  return { listings: queue.listings, organisations: queue.organisations, q, found: q ? findPublishedListings(actor, q) : null };
}

const schema = z.union([listingModerationSchema, organisationModerationSchema]);

const DONE = {
  approve: "organiser.moderation.approved",
  sendBack: "organiser.moderation.sentBack",
  pause: "organiser.moderation.paused",
  verify: "organiser.moderation.verified",
  sendBackOrganisation: "organiser.moderation.organisationSentBack",
} as const;

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "moderation.view_queue");
  const form = Object.fromEntries(await readForm(request));
  const parsed = schema.safeParse(form);
  if (!parsed.success) {
    // Only the reason can be wrong in a form the page itself made; the answer goes back to that form.
    const id = String(form.initiativeId ?? form.organisationId ?? "");
    const issue = parsed.error.issues.find((i) => i.path[0] === "reason") ?? parsed.error.issues[0];
    return data({ formKey: `${String(form.intent)}-${id}`, error: issue?.message ?? "form.required", reason: String(form.reason ?? "") }, { status: 400 });
  }
  const input = parsed.data;
  const result =
    input.intent === "approve"
      ? approveListing(actor, input.initiativeId)
      : input.intent === "sendBack"
        ? sendBackListing(actor, input.initiativeId, input.reason)
        : input.intent === "pause"
          ? pauseListingAsAdmin(actor, input.initiativeId, input.reason)
          : input.intent === "verify"
            ? verifyOrganisation(actor, input.organisationId)
            : sendBackOrganisation(actor, input.organisationId, input.reason);
  throwIfRefused(result);
  if (!result.ok) {
    const key = result.error === "already_verified" ? "organiser.moderation.alreadyVerified" : "organiser.moderation.changed";
    return redirectWithToast("/beheer/controle", { key, tone: "error" });
  }
  return redirectWithToast("/beheer/controle", { key: DONE[input.intent], params: { title: result.name } });
}

export default function ModerationQueue() {
  const { t } = useTranslation();
  const { listings, organisations, q, found } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1>{t("organiser.moderation.title")}</h1>
        <p>{t("organiser.moderation.intro")}</p>
      </div>
      <QueuedListings listings={listings} answer={answer} />
      <QueuedOrganisations organisations={organisations} answer={answer} />
      <PauseSearch q={q} found={found} answer={answer} />
    </div>
  );
}
