import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { referralCommandAction } from "./referral-command.server";
import { CommandForms } from "~/components/referrals/command-forms";
import { ReferralDetails } from "~/components/referrals/referral-details";
import { ReferralStatusBadge } from "~/components/referrals/status-badge";
import { ReferralTimeline } from "~/components/referrals/timeline";
import { getReferralForOrganisation } from "~/models/referral";
import { notFound, requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { idParam } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, "referrals.answer.title", { initiative: data?.initiative.title ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const result = getReferralForOrganisation(actor, idParam(params.id));
  if (!result.ok) notFound();
  return result.referral;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const id = idParam(params.id);
  return referralCommandAction(request, actor, id, "organisation", `/mijn-organisatie/verwijzingen/${id}`);
}

export default function AnswerReferral() {
  const { t } = useTranslation();
  const referral = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { household } = referral;
  const places = referral.initiative.placesAvailable;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to="/mijn-organisatie/verwijzingen">{t("referrals.answer.backToInbox")}</Link>
      </p>
      <h1>{t("referrals.answer.title", { initiative: referral.initiative.title })}</h1>
      <div className="flex flex-wrap items-center gap-3">
        <span>{t("referrals.status")}:</span> <ReferralStatusBadge status={referral.status} />
        <span>
          {t("referrals.answer.places")}: {places === null ? t("common.openToAll") : places > 0 ? t("common.places", { count: places }) : t("common.waitlist")}
        </span>
      </div>
      <section aria-labelledby="household-title" className="card space-y-1">
        <h2 id="household-title">{t("referrals.answer.aboutHousehold")}</h2>
        {referral.needDomain ? <p>{t("referrals.answer.need", { domain: t(`vocab.domain.${referral.needDomain}`) })}</p> : null}
        <p>{t("referrals.answer.adults", { count: household.adults })}</p>
        <p>
          {household.childBands.length > 0
            ? t("referrals.answer.children", { bands: household.childBands.map((band) => t(`vocab.ageBand.${band}`)).join(", ") })
            : t("referrals.answer.noChildren")}
        </p>
        {household.languages.length > 0 ? (
          <p>{t("referrals.answer.languages", { languages: household.languages.map((l) => t(`vocab.language.${l}`, { defaultValue: l })).join(", ") })}</p>
        ) : null}
        {household.neighbourhoodName ? <p>{t("referrals.answer.wijk", { wijk: household.neighbourhoodName })}</p> : null}
      </section>
      <ReferralDetails referral={referral} />
      <section aria-labelledby="answer-title" className="space-y-3">
        <h2 id="answer-title">{t("referrals.answer.actions")}</h2>
        {referral.commands.length > 0 ? <CommandForms commands={referral.commands} lastResult={lastResult} /> : <p>{t("referrals.answer.nothingToDo")}</p>}
      </section>
      <ReferralTimeline events={referral.events} />
    </div>
  );
}
