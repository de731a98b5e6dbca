import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NeedForm } from "~/components/collective/need-form";
import { LIFE_DOMAINS, TARGET_GROUPS, type LifeDomain, type TargetGroup } from "~/domain/vocabulary";
import { draftCollectiveNeed, findSimilarNeeds, neighbourhoodsOfActor as neighbourhoodsOfActor } from "~/models/collective-need";
import { countSignalHouseholds } from "~/models/signals.server";
import { draftSchema } from "~/schemas/collective-need";
import { forbidden, requireRole } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";
import { hasRole } from "~/utils/permissions";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "collective.form.newTitle");

const ROW_FIELDS = ["kind", "quantity", "description"] as const;

/**
 * Values from the URL: a signal's neighbourhood, domain and target group, or everything typed so far when
 * the "look for similar needs" button sent the form as a GET.
 */
function valuesFrom(params: URLSearchParams, neighbourhoods: { id: number }[]) {
  const neighbourhood = Number(params.get("neighbourhoodId") ?? params.get("wijk"));
  const domain = LIFE_DOMAINS.find((d) => d === params.get("domain"));
  const targetGroup = TARGET_GROUPS.find((g) => g === params.get("targetGroup"));
  const checklist = Array.from({ length: 5 }, (_, i) => Object.fromEntries(ROW_FIELDS.map((field) => [field, params.get(`checklist[${i}].${field}`) ?? ""])));
  return {
    title: params.get("title") ?? "",
    description: params.get("description") ?? "",
    neighbourhoodId: String(neighbourhoods.find((w) => w.id === neighbourhood)?.id ?? neighbourhoods[0]?.id ?? ""),
    domain: domain ?? "",
    targetGroup: targetGroup ?? "everyone",
    targetDate: params.get("targetDate") ?? "",
    // Linked by default when arriving from a signal; after "look for similar needs", as ticked.
    linkSignalEvidence: params.has("intent") ? (params.get("linkSignalEvidence") ?? "") : "on",
    signal: params.get("signal") === "1" && domain && targetGroup ? "1" : "",
    checklist,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const neighbourhoods = neighbourhoodsOfActor(actor);
  if (neighbourhoods.length === 0) forbidden();
  const url = new URL(request.url);
  const defaults = valuesFrom(url.searchParams, neighbourhoods);
  const neighbourhoodId = Number(defaults.neighbourhoodId);
  const group = defaults.domain ? { neighbourhoodId, domain: defaults.domain as LifeDomain, targetGroup: defaults.targetGroup as TargetGroup } : null;
  return {
    neighbourhoods: neighbourhoods.map(({ id, name }) => ({ id, name })),
    publishesSelf: hasRole(actor, "coordinator"),
    defaults,
    evidenceHouseholds: defaults.signal && group ? countSignalHouseholds(actor, group) : undefined,
    similar: group ? findSimilarNeeds({ title: defaults.title, description: defaults.description, neighbourhoodId, domain: group.domain }) : [],
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const { formData, submission } = await parseForm(request, draftSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { intent: _intent, ...input } = submission.value;
  const result = draftCollectiveNeed(actor, { ...input, linkSignalEvidence: input.linkSignalEvidence && formData.get("signal") === "1" });
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    return data(submission.reply({ fieldErrors: { neighbourhoodId: ["collective.errors.neighbourhood_not_served"] } }), { status: 400 });
  }
  return redirectWithToast(`/werkplek/vragen/${result.id}`, { key: result.alreadyThere ? "collective.form.alreadyThere" : "collective.form.drafted" });
}

export default function NewNeed() {
  const { t } = useTranslation();
  const { neighbourhoods, publishesSelf, defaults, evidenceHouseholds, similar } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1>{t("collective.form.newTitle")}</h1>
      <p>
        {t("collective.form.newIntro")} {t(publishesSelf ? "collective.form.whoPublishesCoordinator" : "collective.form.whoPublishesConsultant")}
      </p>
      <NeedForm
        defaults={defaults}
        lastResult={lastResult}
        neighbourhoods={neighbourhoods}
        evidenceHouseholds={evidenceHouseholds}
        similar={similar}
        checkAction="/werkplek/vragen/nieuw"
      />
    </div>
  );
}
