import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InitiativeArticle } from "~/components/directory/initiative-article";
import { TakingPartPanel } from "~/components/directory/taking-part-panel";
import { moderationAction } from "./moderation-action.server";
import { Decision } from "~/components/organiser/moderation-queue";
import { getQueuedListingPage } from "~/models/moderation.server";
import { requirePermission } from "~/utils/guards.server";
import { mapTiles } from "~/utils/map-tiles.server";
import { metaTitle } from "~/utils/meta";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  metaTitle(matches, "organiser.moderation.previewTitle", { title: data?.page.title ?? "" });

/** A listing from the queue, whole, as the public will see it; the decision sits below it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "moderation.view_queue");
  const result = getQueuedListingPage(actor, Number(params.id));
  throwIfRefused(result);
  return { page: result.page, tiles: result.page.place ? mapTiles() : null };
}

export async function action({ request }: ActionFunctionArgs) {
  return moderationAction(request);
}

export default function QueuedListingPreview() {
  const { t } = useTranslation();
  const { page, tiles } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="space-y-8">
      <InitiativeArticle
        initiative={page}
        tiles={tiles}
        top={
          <>
            <p>
              <Link to="/beheer/controle">{t("organiser.moderation.backToQueue")}</Link>
            </p>
            <p className="rounded-md border-l-4 border-[var(--color-warn-700)] bg-[var(--color-warn-50)] p-3 font-medium text-[var(--color-warn-700)]">
              {t("organiser.moderation.previewNote")}
            </p>
          </>
        }
        takingPart={<TakingPartPanel initiative={page} signedIn={false} signedUp={false} />}
      />
      <section aria-labelledby="decision-title" className="card space-y-3">
        <h2 id="decision-title">{t("organiser.moderation.decisionTitle")}</h2>
        <Decision
          accept={{ intent: "approve", label: t("organiser.moderation.approve"), ariaLabel: t("organiser.moderation.approveLabel", { title: page.title }) }}
          sendBackIntent="sendBack"
          idName="initiativeId"
          id={page.id}
          answer={answer}
        />
      </section>
    </div>
  );
}
