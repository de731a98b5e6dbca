import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SelectField, TextArea, TextField } from "~/components/ui/field";
import { CONTACT_PREFERENCES } from "~/domain/vocabulary";
import { prepareReferral, sendReferral } from "~/models/referral";
import { sendReferralSchema } from "~/schemas/referrals";
import { requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, "referrals.form.title", { initiative: data?.initiative.title ?? "" });

function readIds(request: Request, params: Record<string, string | undefined>) {
  const need = new URL(request.url).searchParams.get("behoefte");
  return {
    householdId: idParam(params.id),
    initiativeId: idParam(params.initiativeId),
    needId: need === null || need === "" ? null : idParam(need),
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const result = prepareReferral(actor, readIds(request, params));
  throwIfRefused(result);
  if (!result.ok) {
    throw await redirectWithToast(`/werkplek/huishoudens/${params.id}`, { key: `referrals.error.${result.error}`, tone: "error" });
  }
  return result.draft;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const ids = readIds(request, params);
  const { submission } = await parseForm(request, sendReferralSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = submission.value;
  const result = sendReferral(actor, {
    ...ids,
    message: input.message,
    lookingFor: input.lookingFor,
    contact: { name: input.contactName, phone: input.contactPhone, email: input.contactEmail, preference: input.contactPreference },
  });
  throwIfRefused(result);
  if (!result.ok) return data(submission.reply({ formErrors: [`referrals.error.${result.error}`] }), { status: 400 });
  return redirectWithToast(`/werkplek/verwijzingen/${result.referralId}`, { key: "referrals.form.sent" });
}

export default function ReferralForm() {
  const { t } = useTranslation();
  const draft = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "referral",
    lastResult,
    defaultValue: { contactPreference: draft.household.consent ? "phone" : "via_consultant" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: sendReferralSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const places = draft.initiative.placesAvailable;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      {draft.need ? (
        <p>
          <Link to={`/werkplek/huishoudens/${draft.household.id}/behoeften/${draft.need.id}`}>
            {t("referrals.matches.title", { domain: t(`vocab.domain.${draft.need.domain}`) })}
          </Link>
        </p>
      ) : null}
      <h1>{t("referrals.form.title", { initiative: draft.initiative.title })}</h1>
      <p>{t("referrals.form.intro", { reference: draft.household.reference, organisation: draft.initiative.organisationName })}</p>
      {draft.need ? <p>{t("referrals.form.need", { domain: t(`vocab.domain.${draft.need.domain}`) })}</p> : null}
      {places !== null ? <p>{places > 0 ? t("referrals.form.placesLeft", { count: places }) : t("referrals.form.full")}</p> : null}

      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormErrors form={form} />
        <TextArea meta={fields.message} label={t("referrals.form.message")} hint={t("referrals.form.messageHint")} />
        <TextArea meta={fields.lookingFor} label={t("referrals.form.lookingFor")} hint={t("referrals.form.lookingForHint")} rows={3} />
        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">{t("referrals.form.contactTitle")}</legend>
          {draft.household.consent ? (
            <>
              <p>{t("referrals.form.contactIntro")}</p>
              <TextField meta={fields.contactName} label={t("referrals.form.contactName")} optional autoComplete="off" />
              <TextField meta={fields.contactPhone} label={t("referrals.form.contactPhone")} optional type="tel" autoComplete="off" />
              <TextField meta={fields.contactEmail} label={t("referrals.form.contactEmail")} optional type="email" autoComplete="off" />
              <SelectField
                meta={fields.contactPreference}
                label={t("referrals.form.contactPreference")}
                options={CONTACT_PREFERENCES.map((value) => ({ value, label: t(`vocab.contactPreference.${value}`) }))}
              />
            </>
          ) : (
            <>
              <p>{t("referrals.form.noConsent")}</p>
              <input type="hidden" name="contactPreference" value="via_consultant" />
            </>
          )}
        </fieldset>
        <button type="submit" className="btn btn-primary">
          {t("referrals.form.send")}
        </button>
      </Form>
    </div>
  );
}
