import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { moderationAction } from "./moderation-action.server";
import { PauseSearch, QueuedListings, QueuedOrganisations } from "~/components/organiser/moderation-queue";
import { findPublishedListings, getModerationQueue } from "~/models/moderation.server";
import { requirePermission } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "organiser.moderation.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "moderation.view_queue");
  const queue = getModerationQueue(actor);
  throwIfRefused(queue);
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  return { listings: queue.listings, organisations: queue.organisations, q, found: q ? findPublishedListings(actor, q) : null };
}

export async function action({ request }: ActionFunctionArgs) {
  return moderationAction(request);
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
