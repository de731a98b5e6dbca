import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { referralCommandAction } from "./referral-command.server";
import { CommandForms } from "~/components/referrals/command-forms";
import { ReferralDetails } from "~/components/referrals/referral-details";
import { ReferralStatusBadge } from "~/components/referrals/status-badge";
import { ReferralTimeline } from "~/components/referrals/timeline";
import { isClosed } from "~/domain/referral-states";
import { getReferralForTeam } from "~/models/referral";
import { notFound, requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { idParam } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, "referrals.view.title", { initiative: data?.initiative.title ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const result = getReferralForTeam(actor, idParam(params.id));
  if (!result.ok) notFound();
  return result.referral;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const id = idParam(params.id);
  return referralCommandAction(request, actor, id, "team", `/werkplek/verwijzingen/${id}`);
}

export default function TeamReferral() {
  const { t } = useTranslation();
  const referral = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to={`/werkplek/huishoudens/${referral.household.id}`}>{t("referrals.view.household", { reference: referral.household.reference })}</Link>
      </p>
      <h1>{t("referrals.view.title", { initiative: referral.initiative.title })}</h1>
      <div className="flex flex-wrap items-center gap-3">
        <span>{t("referrals.status")}:</span> <ReferralStatusBadge status={referral.status} />
      </div>
      <p>
        {t("referrals.view.organisation", { organisation: referral.initiative.organisationName })}
        {referral.need ? ` · ${t("referrals.answer.need", { domain: t(`vocab.domain.${referral.need.domain}`) })}` : ""}
      </p>
      {isClosed(referral.status) ? <p>{t("referrals.view.closed")}</p> : null}
      <p>
        <Link to={`/werkplek/verwijzingen/${referral.id}/brief`} className="btn btn-secondary" aria-describedby="letter-hint">
          {t("print.letterLink")}
        </Link>
        <span id="letter-hint" className="mt-1 block text-sm text-[var(--color-muted)]">
          {t("print.letterLinkHint")}
        </span>
      </p>
      <ReferralDetails referral={referral} />
      <ReferralTimeline events={referral.events} />
      {referral.commands.length > 0 ? (
        <section aria-labelledby="withdraw-title" className="card space-y-3">
          <h2 id="withdraw-title">{t("referrals.view.withdrawTitle")}</h2>
          <p>{t("referrals.view.withdrawIntro")}</p>
          <CommandForms commands={referral.commands} lastResult={lastResult} />
        </section>
      ) : null}
    </div>
  );
}
