import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, FormErrors, TextArea, TextField } from "~/components/ui/field";
import { useFormatDate } from "~/components/workspace/format";
import { HouseholdHeader } from "~/components/workspace/household-header";
import { getConsent, recordConsent, withdrawConsent } from "~/models/consent.server";
import { consentSchema, recordConsentSchema, withdrawConsentSchema } from "~/schemas/household";
import { metaTitle } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { useIntentForm } from "~/components/ui/use-intent-form";
import { parseForm } from "~/utils/form.server";
import { todayInAmsterdam } from "~/utils/dates";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";
import { requireRole } from "~/utils/guards.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "workspace.consent.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const householdId = idParam(params.id);
  const result = getConsent(actor, { householdId });
  throwIfRefused(result);
  // Today comes from the server, in Amsterdam, so the browser renders the same default.
  return { householdId, today: todayInAmsterdam(), canViewAudit: can(actor, "household.view_audit", { teamId: result.teamId }), ...result };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const householdId = idParam(params.id);
  const { submission } = await parseForm(request, consentSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  if (submission.value.intent === "record") {
    const result = recordConsent(actor, { householdId, givenOn: submission.value.givenOn, scope: submission.value.scope });
    if (!result.ok) {
      throwIfRefused(result);
      const field = result.error === "date_in_future" ? "givenOn" : "scope";
      return data(submission.reply({ fieldErrors: { [field]: [`workspace.consent.error.${result.error}`] } }), { status: 400 });
    }
    return redirectWithToast(`/werkplek/huishoudens/${householdId}/toestemming`, { key: "workspace.consent.recorded" });
  }
  const result = withdrawConsent(actor, { householdId });
  if (!result.ok) {
    throwIfRefused(result);
    return data(submission.reply({ formErrors: ["workspace.consent.error.no_active_consent"] }), { status: 400 });
  }
  return redirectWithToast(`/werkplek/huishoudens/${householdId}/toestemming`, {
    key: "workspace.consent.withdrawn",
    params: { count: result.erasedReferrals },
  });
}

export default function ConsentPage() {
  const { t } = useTranslation();
  const format = useFormatDate();
  const { householdId, today, reference, active, history, canViewAudit } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [recordForm, record] = useIntentForm("record", recordConsentSchema, lastResult, {
    givenOn: today,
    scope: t("workspace.consent.defaultScope"),
  });
  const [withdrawForm, withdraw] = useIntentForm("withdraw", withdrawConsentSchema, lastResult);
  return (
    <div className="mx-auto max-w-3xl">
      <HouseholdHeader id={householdId} reference={reference} canViewAudit={canViewAudit} />
      <h1 className="mb-2">{t("workspace.consent.title")}</h1>
      <p className="mb-6">{t("workspace.consent.intro")}</p>
      <div className="space-y-6">
        <section aria-labelledby="state-title" className={`card border-2 ${active ? "border-[var(--color-brand-600)]" : "border-[var(--color-warn-700)]"}`}>
          <h2 id="state-title">{t("workspace.consent.stateTitle")}</h2>
          {active ? (
            <>
              <p className="mt-2 text-lg font-semibold text-[var(--color-brand-700)]">
                <span aria-hidden="true">✓ </span>
                {t("workspace.consent.activeSince", { date: format.day(active.givenOn) })}
              </p>
              <p>{t("workspace.consent.scopeIs", { scope: active.scope })}</p>
              <p className="text-sm text-[var(--color-muted)]">
                {t("workspace.consent.recordedBy", {
                  name: active.recordedByName ?? t("workspace.consent.unknownPerson"),
                  date: format.moment(active.createdAt),
                })}
              </p>
            </>
          ) : (
            <p className="mt-2 text-lg font-semibold text-[var(--color-warn-700)]">
              <span aria-hidden="true">! </span>
              {t("workspace.consent.noneActive")}
            </p>
          )}
        </section>

        {active ? (
          <section aria-labelledby="withdraw-title" className="card space-y-3">
            <h2 id="withdraw-title">{t("workspace.consent.withdrawTitle")}</h2>
            <p>{t("workspace.consent.withdrawIntro")}</p>
            <Form method="post" {...getFormProps(withdrawForm)} className="space-y-3">
              <FormErrors form={withdrawForm} />
              <input type="hidden" name="intent" value="withdraw" />
              <CheckboxField meta={withdraw.confirm} label={t("workspace.consent.withdrawConfirm")} />
              <button type="submit" className="btn btn-danger">
                {t("workspace.consent.withdraw")}
              </button>
            </Form>
          </section>
        ) : (
          <section aria-labelledby="record-title" className="card space-y-3">
            <h2 id="record-title">{t("workspace.consent.recordTitle")}</h2>
            <Form method="post" {...getFormProps(recordForm)} className="space-y-4">
              <FormErrors form={recordForm} />
              <input type="hidden" name="intent" value="record" />
              <TextField meta={record.givenOn} label={t("workspace.consent.givenOn")} type="date" />
              <TextArea meta={record.scope} label={t("workspace.consent.scope")} hint={t("workspace.consent.scopeHint")} rows={3} />
              <button type="submit" className="btn btn-primary">
                {t("workspace.consent.record")}
              </button>
            </Form>
          </section>
        )}

        <section aria-labelledby="history-title" className="card space-y-3">
          <h2 id="history-title">{t("workspace.consent.historyTitle")}</h2>
          {history.length === 0 ? (
            <p>{t("workspace.consent.noHistory")}</p>
          ) : (
            <ul className="divide-y divide-gray-200">
              {history.map((consent) => (
                <li key={consent.id} className="py-2">
                  <p>
                    {t("workspace.consent.historyGiven", {
                      date: format.day(consent.givenOn),
                      name: consent.recordedByName ?? t("workspace.consent.unknownPerson"),
                    })}
                  </p>
                  <p className="text-sm">{consent.scope}</p>
                  {consent.withdrawnAt ? (
                    <p className="text-sm font-semibold">
                      {t("workspace.consent.historyWithdrawn", {
                        date: format.moment(consent.withdrawnAt),
                        name: consent.withdrawnByName ?? t("workspace.consent.unknownPerson"),
                      })}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
