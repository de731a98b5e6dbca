import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NeedForm, SimilarNeeds } from "~/components/collective/need-form";
import { EditOpenNeedForm } from "~/components/collective/edit-open-need-form";
import { editOpenNeed, findSimilarNeeds, getTeamNeed, publishCollectiveNeed, updateDraft } from "~/models/collective-need";
import { editDraftSchema } from "~/schemas/collective-need";
import { notFound, requireRole } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "collective.draft.title");

function needId(param: string | undefined) {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const need = getTeamNeed(actor, needId(params.id));
  if (!need) notFound();
  return {
    need,
    canPublish: can(actor, "collective_need.publish", { teamId: need.teamId }),
    canEdit: (need.status === "open" || need.status === "in_progress") && can(actor, "collective_need.edit", { teamId: need.teamId }),
    similar: findSimilarNeeds({ ...need, excludeId: need.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const id = needId(params.id);
  const { submission } = await parseForm(request, editDraftSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const here = `/werkplek/vragen/${id}`;
  if (submission.value.intent === "publish") {
    const result = publishCollectiveNeed(actor, id);
    if (!result.ok) return redirectWithToast(here, { key: `collective.errors.${result.error}`, tone: "error" });
    return redirectWithToast(`/vragen/${result.slug}`, { key: "collective.draft.published" });
  }
  if (submission.value.intent === "edit") {
    const { intent: _intent, ...edit } = submission.value;
    const result = editOpenNeed(actor, id, edit);
    if (!result.ok) {
      if (result.error === "not_found") notFound();
      const key = result.error === "unknown_item" ? "collective.edit.unknown_item" : `collective.errors.${result.error}`;
      return data(submission.reply({ formErrors: [key] }), { status: 400 });
    }
    return redirectWithToast(here, { key: result.changes.length > 0 ? "collective.edit.saved" : "collective.edit.unchanged" });
  }
  const { intent: _intent, ...input } = submission.value;
  const result = updateDraft(actor, id, input);
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    return redirectWithToast(here, { key: `collective.errors.${result.error}`, tone: "error" });
  }
  return redirectWithToast(here, { key: "collective.draft.saved" });
}

export default function TeamNeedPage() {
  const { t } = useTranslation();
  const { need, canPublish, canEdit, similar } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const isDraft = need.status === "draft";
  const defaults = {
    title: need.title,
    description: need.description,
    domain: need.domain,
    targetGroup: need.targetGroup,
    targetDate: need.targetDate ?? "",
    checklist: Array.from({ length: 5 }, (_, i) => {
      const row = need.checklist[i];
      return row ? { kind: row.kind, quantity: String(row.quantity), description: row.description } : { kind: "", quantity: "", description: "" };
    }),
  };
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-1">
        <p className="text-sm text-[var(--color-muted)]">{t("collective.draft.title")}</p>
        <h1>{need.title}</h1>
        <p>
          {need.neighbourhoodName} · {t(`vocab.domain.${need.domain}`)} · {t(`vocab.targetGroup.${need.targetGroup}`)}
        </p>
        <p>{t("collective.draft.status", { status: t(`vocab.collectiveNeedStatus.${need.status}`) })}</p>
        <p>{t("collective.draft.evidence", { count: need.evidenceHouseholds })}</p>
        {!isDraft ? (
          <p>
            <Link to={`/vragen/${need.slug}`}>{t("collective.draft.viewPublic")}</Link>
          </p>
        ) : null}
      </div>
      {isDraft ? (
        <>
          <section aria-labelledby="publish-title" className="card space-y-3">
            <h2 id="publish-title">{t("collective.draft.publishTitle")}</h2>
            <p>{t("collective.draft.publishHint")}</p>
            {canPublish ? (
              <Form method="post">
                <input type="hidden" name="intent" value="publish" />
                <button type="submit" className="btn btn-primary">
                  {t("collective.draft.publish")}
                </button>
              </Form>
            ) : (
              <p className="font-semibold">{t("collective.draft.onlyCoordinator")}</p>
            )}
          </section>
          <section aria-labelledby="edit-title" className="space-y-3">
            <h2 id="edit-title">{t("collective.draft.edit")}</h2>
            <NeedForm defaults={defaults} lastResult={lastResult} similar={similar} />
          </section>
        </>
      ) : (
        <>
          {canEdit ? <EditOpenNeedForm need={need} lastResult={lastResult} /> : null}
          <SimilarNeeds similar={similar} />
        </>
      )}
    </div>
  );
}
