import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SelectField, TextArea, TextField } from "~/components/ui/field";
import { PLAN_ACTION_OWNERS } from "~/domain/vocabulary";
import type { PlanGoalView, PlanNeedOption } from "~/models/plan.server";
import { actionSchema, goalSchema, reviewDateSchema } from "~/schemas/household";
import { useFormatDate } from "./format";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { useClearAfterSuccess } from "~/components/ui/use-clear-after-success";
import { tableScroll } from "~/components/ui/table-scroll";

type LastResult = SubmissionResult<string[]> | undefined;

/** The server's answer belongs to the form that was sent (several forms share the page). */
function resultFor(lastResult: LastResult, intent: string, extra?: [string, string]) {
  const sent = lastResult?.initialValue as Record<string, unknown> | undefined;
  if (sent?.intent !== intent) return undefined;
  if (extra && sent[extra[0]] !== extra[1]) return undefined;
  return lastResult;
}

export function ReviewDateForm({ reviewDate, lastResult }: { reviewDate: string | null; lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm({
    id: "review-date",
    lastResult: resultFor(lastResult, "reviewDate"),
    defaultValue: { reviewDate: reviewDate ?? "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reviewDateSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="intent" value="reviewDate" />
      <TextField meta={fields.reviewDate} label={t("workspace.plan.reviewDate")} hint={t("workspace.plan.reviewDateHint")} type="date" />
      <button type="submit" className="btn btn-secondary">
        {t("workspace.plan.saveReviewDate")}
      </button>
    </Form>
  );
}

export function GoalForm({ needs, lastResult }: { needs: PlanNeedOption[]; lastResult: LastResult }) {
  const { t } = useTranslation();
  const result = resultFor(lastResult, "goal");
  const [form, fields] = useValidatedForm({
    id: "goal",
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: goalSchema }),
    shouldValidate: "onBlur",
  });
  useClearAfterSuccess(form.id, result);
  return (
    <Form method="post" {...getFormProps(form)} className="card space-y-4">
      <h2 className="text-lg">{t("workspace.plan.addGoal")}</h2>
      <FormErrors form={form} />
      <input type="hidden" name="intent" value="goal" />
      <SelectField
        meta={fields.needId}
        label={t("workspace.plan.goalNeed")}
        placeholder={t("workspace.plan.noNeed")}
        options={needs.map((need) => ({ value: String(need.id), label: `${t(`vocab.domain.${need.domain}`)} (${need.score})` }))}
      />
      <TextArea meta={fields.description} label={t("workspace.plan.goalDescription")} hint={t("workspace.plan.goalHint")} rows={2} />
      <button type="submit" className="btn btn-primary">
        {t("workspace.plan.addGoal")}
      </button>
    </Form>
  );
}

function ActionForm({ goal, lastResult }: { goal: PlanGoalView; lastResult: LastResult }) {
  const { t } = useTranslation();
  const result = resultFor(lastResult, "action", ["goalId", String(goal.id)]);
  const [form, fields] = useValidatedForm({
    id: `action-${goal.id}`,
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: actionSchema }),
    shouldValidate: "onBlur",
  });
  useClearAfterSuccess(form.id, result);
  return (
    <details className="rounded-md border border-gray-300 p-3" open={Boolean(form.errors?.length || fields.description.errors?.length)}>
      <summary className="cursor-pointer font-semibold">{t("workspace.plan.addActionFor", { goal: goal.description })}</summary>
      <Form method="post" {...getFormProps(form)} className="mt-3 space-y-3">
        <FormErrors form={form} />
        <input type="hidden" name="intent" value="action" />
        <input type="hidden" name="goalId" value={goal.id} />
        <TextField meta={fields.description} label={t("workspace.plan.actionDescription")} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            meta={fields.owner}
            label={t("workspace.plan.owner")}
            placeholder={t("workspace.plan.chooseOwner")}
            options={PLAN_ACTION_OWNERS.map((owner) => ({ value: owner, label: t(`vocab.planOwner.${owner}`) }))}
          />
          <TextField meta={fields.dueDate} label={t("workspace.plan.dueDate")} type="date" optional />
        </div>
        <button type="submit" className="btn btn-primary">
          {t("workspace.plan.addAction")}
        </button>
      </Form>
    </details>
  );
}

/**
 * A one-button form that works without JavaScript. The button shows a short verb; screen readers
 * also hear which goal or action it is about, as the list around it is not read out with it.
 */
function DoneButton({ intent, name, id, label, about }: { intent: string; name: string; id: number; label: string; about: string }) {
  return (
    <Form method="post" className="inline">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={name} value={id} />
      <button type="submit" className="btn btn-secondary px-2 py-0.5 text-sm" aria-label={`${label}: ${about}`}>
        {label}
      </button>
    </Form>
  );
}

export function GoalCard({ goal, lastResult }: { goal: PlanGoalView; lastResult: LastResult }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  return (
    <article className="card space-y-3" aria-labelledby={`goal-${goal.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`goal-${goal.id}`}>{goal.description}</h3>
          <p className="text-sm text-[var(--color-muted)]">{goal.needDomain ? t(`vocab.domain.${goal.needDomain}`) : t("workspace.plan.noNeed")}</p>
        </div>
        {goal.achievedAt ? (
          <span className="badge">{t("workspace.plan.achievedOn", { date: format.day(goal.achievedAt) })}</span>
        ) : (
          <DoneButton intent="goalAchieved" name="goalId" id={goal.id} label={t("workspace.plan.markAchieved")} about={goal.description} />
        )}
      </div>
      {goal.actions.length === 0 ? (
        <p className="text-sm">{t("workspace.plan.noActions")}</p>
      ) : (
        <div {...tableScroll(t("workspace.plan.actionsOf", { goal: goal.description }))}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("workspace.plan.actionsOf", { goal: goal.description })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("workspace.plan.actionDescription")}</th>
                <th scope="col">{t("workspace.plan.owner")}</th>
                <th scope="col">{t("workspace.plan.dueDate")}</th>
                <th scope="col">{t("workspace.plan.state")}</th>
              </tr>
            </thead>
            <tbody>
              {goal.actions.map((action) => (
                <tr key={action.id} className="border-t border-gray-200">
                  <td className="py-1 pr-2">{action.description}</td>
                  <td className="pr-2">{t(`vocab.planOwner.${action.owner}`)}</td>
                  <td className={`pr-2 ${action.overdue ? "font-semibold text-[var(--color-danger-700)]" : ""}`}>
                    {action.dueDate ? format.day(action.dueDate) : "–"}
                    {action.overdue ? ` (${t("workspace.plan.overdue")})` : null}
                  </td>
                  <td>
                    {action.doneAt ? (
                      t("workspace.plan.doneOn", { date: format.day(action.doneAt) })
                    ) : (
                      <DoneButton intent="actionDone" name="actionId" id={action.id} label={t("workspace.plan.markDone")} about={action.description} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ActionForm goal={goal} lastResult={lastResult} />
    </article>
  );
}
