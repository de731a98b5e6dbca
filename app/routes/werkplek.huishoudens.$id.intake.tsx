import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "~/components/workspace/format";
import { HouseholdHeader } from "~/components/workspace/household-header";
import { IntakeForm } from "~/components/workspace/intake-form";
import { LIFE_DOMAINS } from "~/domain/vocabulary";
import { completeIntake, getIntake, saveIntakeAnswers } from "~/models/intake.server";
import { intakeSchema, type IntakeFormValue } from "~/schemas/household";
import { metaTitle } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";
import { requireRole } from "~/utils/guards.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "workspace.intake.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const householdId = idParam(params.id);
  const result = getIntake(actor, { householdId });
  throwIfRefused(result);
  return { householdId, canViewAudit: can(actor, "household.view_audit", { teamId: result.teamId }), ...result };
}

// Saving as you go changes nothing the page shows; reloading would only disturb the consultant's typing.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("intent") === "autosave" ? false : defaultShouldRevalidate;

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const householdId = idParam(params.id);
  const { submission } = await parseForm(request, intakeSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const answers = LIFE_DOMAINS.map((domain) => ({ domain, ...submission.value[domain] }));
  if (submission.value.intent !== "complete") {
    const saved = saveIntakeAnswers(actor, { householdId, answers });
    throwIfRefused(saved);
    if (submission.value.intent === "autosave") return submission.reply();
    return redirectWithToast(`/werkplek/huishoudens/${householdId}/intake`, { key: "workspace.intake.saved" });
  }
  const result = completeIntake(actor, { householdId, answers });
  if (!result.ok) {
    throwIfRefused(result);
    return data(
      submission.reply({
        formErrors: ["workspace.intake.missingScores"],
        fieldErrors: Object.fromEntries(result.domains.map((domain) => [`${domain}.score`, ["workspace.intake.scoreRequired"]])),
      }),
      { status: 400 },
    );
  }
  return redirectWithToast(`/werkplek/huishoudens/${householdId}`, {
    key: "workspace.intake.completed",
    params: { count: result.needs.length },
  });
}

export default function IntakePage() {
  const { t } = useTranslation();
  const format = useFormatDate();
  const { householdId, reference, intake, answers, notes, previous, comparison, canViewAudit } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  // The background save does not reload the page (shouldRevalidate), so the page learns of it here.
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  // A new intake starts from the last one's open answers, to be checked and changed; scores are chosen again.
  const defaultValue = Object.fromEntries(
    LIFE_DOMAINS.map((domain) => {
      const answer = answers[domain];
      return [
        domain,
        {
          score: answer.score === null ? undefined : String(answer.score),
          questionBehind: answer.questionBehind,
          ownStrength: answer.ownStrength,
          networkStrength: answer.networkStrength,
        },
      ];
    }),
  );
  const [form, fields] = useValidatedForm<IntakeFormValue>({
    id: "intake",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: intakeSchema }),
    shouldValidate: "onBlur",
  });
  const byDomain = new Map(comparison.map((c) => [c.domain, c]));
  return (
    <div className="mx-auto max-w-4xl">
      <HouseholdHeader id={householdId} reference={reference} canViewAudit={canViewAudit} />
      <h1 className="mb-2">{t("workspace.intake.title")}</h1>
      <div className="mb-6 space-y-2">
        <p>{t("workspace.intake.intro")}</p>
        <p className="text-sm text-[var(--color-muted)]">
          {intake
            ? t("workspace.intake.startedOn", { date: format.day(intake.createdAt) })
            : savedAt
              ? t("workspace.intake.startedOn", { date: format.day(savedAt) })
              : t("workspace.intake.notStarted")}
          {savedAt ? ` ${t("workspace.intake.lastSavedAt", { time: format.time(savedAt) })}` : null}
          {previous ? ` ${t("workspace.intake.previousOn", { date: format.day(previous.completedAt) })}` : null}
        </p>
      </div>
      <IntakeForm form={form} fields={fields} comparison={previous ? byDomain : null} notes={notes} savedAt={savedAt} onSaved={setSavedAt} />
    </div>
  );
}
