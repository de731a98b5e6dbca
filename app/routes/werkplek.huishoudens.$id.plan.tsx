import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConversationNotesSection } from "~/components/workspace/conversation-notes";
import { HouseholdHeader } from "~/components/workspace/household-header";
import { GoalCard, GoalForm, ReviewDateForm } from "~/components/workspace/plan-forms";
import { addAction, addGoal, getPlan, markActionDone, markGoalAchieved, setReviewDate } from "~/models/plan.server";
import { planSchema } from "~/schemas/household";
import { metaTitle } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";
import { requireRole } from "~/utils/guards.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "workspace.plan.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const householdId = idParam(params.id);
  const result = getPlan(actor, { householdId });
  throwIfRefused(result);
  return { householdId, canViewAudit: can(actor, "household.view_audit", { teamId: result.teamId }), ...result };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const householdId = idParam(params.id);
  const { submission } = await parseForm(request, planSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = submission.value;
  const [result, toast] =
    input.intent === "reviewDate"
      ? [setReviewDate(actor, { householdId, reviewDate: input.reviewDate }), "workspace.plan.reviewDateSaved"]
      : input.intent === "goal"
        ? [addGoal(actor, { householdId, needId: input.needId, description: input.description }), "workspace.plan.goalAdded"]
        : input.intent === "action"
          ? [addAction(actor, { householdId, ...input }), "workspace.plan.actionAdded"]
          : input.intent === "actionDone"
            ? [markActionDone(actor, { householdId, actionId: input.actionId }), "workspace.plan.actionMarkedDone"]
            : [markGoalAchieved(actor, { householdId, goalId: input.goalId }), "workspace.plan.goalMarkedAchieved"];
  if (!result.ok) {
    throwIfRefused(result);
    return data(submission.reply({ formErrors: [`workspace.plan.error.${result.error}`] }), { status: 400 });
  }
  const alreadyThere = "alreadyThere" in result && result.alreadyThere;
  return redirectWithToast(`/werkplek/huishoudens/${householdId}/plan`, { key: alreadyThere ? "workspace.plan.alreadyThere" : toast });
}

export default function PlanPage() {
  const { t } = useTranslation();
  const { householdId, reference, plan, needs, notes, canViewAudit } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-4xl">
      <HouseholdHeader id={householdId} reference={reference} canViewAudit={canViewAudit} />
      <h1 className="mb-2">{t("workspace.plan.title")}</h1>
      <p className="mb-6">{t("workspace.plan.intro")}</p>
      <div className="space-y-6">
        <ConversationNotesSection
          notes={notes}
          domains={[...new Set(needs.map((need) => need.domain))]}
          title={t("workspace.notes.title")}
          intro={t("workspace.notes.planIntro")}
        />
        <section aria-labelledby="review-title" className="card space-y-3">
          <h2 id="review-title" className="text-lg">
            {t("workspace.plan.reviewTitle")}
          </h2>
          {plan?.reviewOverdue ? <p className="font-semibold text-[var(--color-danger-700)]">{t("workspace.plan.reviewPassed")}</p> : null}
          <ReviewDateForm reviewDate={plan?.reviewDate ?? null} lastResult={lastResult} />
        </section>
        <section aria-labelledby="goals-title" className="space-y-4">
          <h2 id="goals-title">{t("workspace.plan.goals")}</h2>
          {!plan || plan.goals.length === 0 ? <p>{t("workspace.plan.noGoals")}</p> : null}
          {plan?.goals.map((goal) => (
            <GoalCard key={goal.id} goal={goal} lastResult={lastResult} />
          ))}
        </section>
        <GoalForm needs={needs} lastResult={lastResult} />
      </div>
    </div>
  );
}
