import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HelpForms } from "~/components/collective/help-forms";
import { PAGE_PARAMS, SupportersAndPledges, UpdateList } from "~/components/collective/need-activity";
import { ChecklistProgressList, EvidenceText, NeedStatusNotice } from "~/components/collective/need-overview";
import { ManageForms, PostUpdateForm, StartActivityForm } from "~/components/collective/team-forms";
import {
  closeNeed,
  findNeedBySlug,
  followNeed,
  getPublicNeed,
  listMergeTargets,
  mergeNeeds,
  organisationsOf,
  pledgeToNeed,
  postUpdate,
  startActivity,
  supportNeed,
  unfollowNeed,
  withdrawPledge,
  withdrawSupport,
} from "~/models/collective-need";
import { needPageSchema } from "~/schemas/collective-need";
import { getActor, notFound, requireUser } from "~/utils/guards.server";
import { metaPage } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";
import { formatDate } from "~/utils/dates";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? metaPage(matches, data.need.title, data.need.description.slice(0, 160)) : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  const search = new URL(request.url).searchParams;
  const need = getPublicNeed(params.slug ?? "", actor, {
    pledges: Number(search.get(PAGE_PARAMS.pledges)) || 1,
    updates: Number(search.get(PAGE_PARAMS.updates)) || 1,
  });
  if (!need) notFound();
  const active = need.status === "open" || need.status === "in_progress";
  const organisations = organisationsOf(actor);
  const canManage = active && can(actor, "collective_need.merge", { teamId: need.teamId });
  return {
    need,
    active,
    organisations,
    canPostUpdate: need.mergedInto === null && can(actor, "collective_need.post_update", { teamId: need.teamId }),
    canStart: active && organisations.length > 0,
    mergeTargets: canManage ? listMergeTargets(need.id) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const need = findNeedBySlug(params.slug ?? "");
  if (!need) notFound();
  const here = `/vragen/${need.slug}`;
  const { submission } = await parseForm(request, needPageSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = submission.value;
  const refused = (error: string) => redirectWithToast(here, { key: `collective.errors.${error}`, tone: "error" });
  const done = (key: string, to = here) => redirectWithToast(to, { key });
  switch (input.intent) {
    case "support": {
      const result = supportNeed(actor, { needId: need.id, kind: input.kind });
      return result.ok ? done("collective.support.done") : refused(result.error);
    }
    case "withdraw-support": {
      const result = withdrawSupport(actor, need.id);
      return result.ok ? done("collective.support.withdrawn") : refused(result.error);
    }
    case "pledge": {
      const result = pledgeToNeed(actor, { ...input, needId: need.id });
      if (result.ok)
        return done(result.alreadyThere ? "collective.pledge.alreadyThere" : result.isExtra ? "collective.pledge.doneExtra" : "collective.pledge.done");
      if (result.error === "forbidden" || result.error === "unknown_item") {
        const field = result.error === "forbidden" ? "organisationId" : "checklistItemId";
        return data(submission.reply({ fieldErrors: { [field]: [`collective.errors.${result.error}`] } }), { status: 400 });
      }
      return refused(result.error);
    }
    case "withdraw-pledge": {
      const result = withdrawPledge(actor, input.pledgeId);
      return result.ok ? done("collective.pledge.withdrawn") : refused(result.error);
    }
    case "follow": {
      const result = followNeed(actor, need.id);
      return result.ok ? done("collective.follow.followed") : refused(result.error);
    }
    case "unfollow":
      unfollowNeed(actor, need.id);
      return done("collective.follow.unfollowed");
    case "update": {
      const result = postUpdate(actor, { needId: need.id, body: input.body });
      if (!result.ok) return refused(result.error);
      return done(result.alreadyThere ? "collective.update.alreadyThere" : "collective.update.posted");
    }
    case "start-activity": {
      const result = startActivity(actor, { needId: need.id, organisationId: input.organisationId });
      if (!result.ok) return refused(result.error);
      const draft = `/mijn-organisatie/${input.organisationId}/initiatieven/${result.initiativeId}`;
      return done(result.alreadyThere ? "collective.start.alreadyThere" : "collective.start.done", draft);
    }
    case "merge": {
      const result = mergeNeeds(actor, { fromId: need.id, intoId: input.intoId });
      return result.ok ? done("collective.manage.merged", `/vragen/${result.slug}`) : refused(result.error);
    }
    case "close": {
      const result = closeNeed(actor, { needId: need.id, reason: input.reason });
      return result.ok ? done("collective.manage.closed") : refused(result.error);
    }
  }
}

export default function NeedPage() {
  const { t, i18n } = useTranslation();
  const { need, active, organisations, canPostUpdate, canStart, mergeTargets } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-[var(--color-muted)]">
          <Link to={`/wijken/${need.neighbourhood.slug}`}>{need.neighbourhood.name}</Link> · {t(`vocab.collectiveNeedStatus.${need.status}`)}
        </p>
        <h1>{need.title}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1">
          <div className="flex gap-1">
            <dt className="font-semibold">{t("collective.page.domain")}:</dt>
            <dd>{t(`vocab.domain.${need.domain}`)}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="font-semibold">{t("collective.page.targetGroup")}:</dt>
            <dd>{t(`vocab.targetGroup.${need.targetGroup}`)}</dd>
          </div>
        </dl>
        <p className="text-sm text-[var(--color-muted)]">
          {t("collective.page.postedBy", { team: need.teamName })}
          {need.targetDate ? ` · ${t("collective.page.targetDate", { date: formatDate(need.targetDate, i18n.language) })}` : null}
        </p>
        {active ? (
          // On a phone the forms come after the whole story; this gets there in one tap.
          <p className="lg:hidden">
            <a href="#help-title" className="btn btn-primary">
              {t("collective.page.jumpToHelp")}
            </a>
          </p>
        ) : null}
      </header>
      <NeedStatusNotice need={need} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <p className="whitespace-pre-line text-lg">{need.description}</p>
          <EvidenceText evidence={need.evidence} />
          {need.checklist.length > 0 ? <ChecklistProgressList items={need.checklist} /> : null}
          <SupportersAndPledges need={need} active={active} />
          <UpdateList updates={need.updates} pages={need.updatePages} teamName={need.teamName} />
        </div>
        <div className="space-y-6">
          {active ? <HelpForms need={need} organisations={organisations} lastResult={lastResult} /> : null}
          {canStart ? <StartActivityForm organisations={organisations} lastResult={lastResult} /> : null}
          {canPostUpdate ? <PostUpdateForm lastResult={lastResult} /> : null}
          {mergeTargets ? <ManageForms needId={need.id} targets={mergeTargets} lastResult={lastResult} /> : null}
        </div>
      </div>
    </div>
  );
}
