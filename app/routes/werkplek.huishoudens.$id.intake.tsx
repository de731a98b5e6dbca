import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/ui/field";
import { useFormatDate } from "~/components/workspace/format";
import { HouseholdHeader } from "~/components/workspace/household-header";
import { IntakeDomain } from "~/components/workspace/intake-domain";
import { LIFE_DOMAINS } from "~/domain/vocabulary";
import { completeIntake, getIntake, saveIntakeAnswers } from "~/models/intake.server";
import { intakeSchema, type IntakeFormValue } from "~/schemas/household";
import { metaTitle } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { householdIdParam, refuse, requireConsultant } from "~/utils/workspace.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "workspace.intake.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireConsultant(request);
  const householdId = householdIdParam(params.id);
  const result = getIntake(actor, { householdId });
  if (!result.ok) refuse(result);
  return { householdId, canViewAudit: can(actor, "household.view_audit", { teamId: result.teamId }), ...result };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireConsultant(request);
  const householdId = householdIdParam(params.id);
  const { submission } = await parseForm(request, intakeSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const answers = LIFE_DOMAINS.map((domain) => ({ domain, ...submission.value[domain] }));
  if (submission.value.intent === "save") {
    const saved = saveIntakeAnswers(actor, { householdId, answers });
    if (!saved.ok) refuse(saved);
    return redirectWithToast(`/werkplek/huishoudens/${householdId}/intake`, { key: "workspace.intake.saved" });
  }
  const result = completeIntake(actor, { householdId, answers });
  if (!result.ok) {
    if (result.error !== "missing_scores") refuse({ ok: false, error: result.error });
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
          {intake ? t("workspace.intake.startedOn", { date: format.day(intake.createdAt) }) : t("workspace.intake.notStarted")}
          {previous ? ` ${t("workspace.intake.previousOn", { date: format.day(previous.completedAt) })}` : null}
        </p>
      </div>
      <nav aria-labelledby="domains-title" className="card mb-6">
        <h2 id="domains-title" className="text-lg">
          {t("workspace.intake.domains")}
        </h2>
        <ol className="mt-2 grid list-decimal gap-x-6 pl-6 sm:grid-cols-3">
          {LIFE_DOMAINS.map((domain) => (
            <li key={domain}>
              <a href={`#domain-${domain}`}>{t(`vocab.domain.${domain}`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <Form method="post" {...getFormProps(form)} className="space-y-6">
        <FormErrors form={form} />
        {LIFE_DOMAINS.map((domain) => (
          <IntakeDomain
            key={domain}
            domain={domain}
            meta={fields[domain]}
            comparison={previous ? byDomain.get(domain) : undefined}
            notes={notes[domain]}
          />
        ))}
        <div className="card flex flex-wrap gap-3">
          <button type="submit" name="intent" value="save" className="btn btn-secondary">
            {t("workspace.intake.save")}
          </button>
          <button type="submit" name="intent" value="complete" className="btn btn-primary">
            {t("workspace.intake.complete")}
          </button>
          <p className="w-full text-sm text-[var(--color-muted)]">{t("workspace.intake.completeHint")}</p>
        </div>
      </Form>
    </div>
  );
}
