import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplicationStatusBadge } from "~/components/helping/application-status";
import { FormErrors, TextArea } from "~/components/ui/field";
import { applyAsVolunteer, findOpenApplication, getVolunteerOpening } from "~/models/volunteering.server";
import { applySchema } from "~/schemas/helping";
import { notFound, requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";
import { PrivacyNote } from "~/components/privacy-note";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  metaTitle(matches, "helping.apply.metaTitle", { initiative: data?.opening.title ?? "" });

function loadOpening(slug: string | undefined) {
  const opening = slug ? getVolunteerOpening(slug) : null;
  if (!opening) notFound();
  return opening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const opening = loadOpening(params.slug);
  return { opening, application: findOpenApplication(actor, opening.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const opening = loadOpening(params.slug);
  const { submission } = await parseForm(request, applySchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = applyAsVolunteer(actor, { initiativeId: opening.id, message: submission.value.message });
  if (!result.ok) {
    const error = result.error === "already_applied" ? "helping.apply.alreadyApplied" : "helping.apply.notFound";
    return data(submission.reply({ formErrors: [error] }), { status: 400 });
  }
  return redirectWithToast("/mijn", { key: "helping.apply.applied" });
}

// The file name ends the slug with "_" so this page does not render inside the public initiative page.
export default function Apply() {
  const { t } = useTranslation();
  const { opening, application } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "apply",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: applySchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link to={`/initiatieven/${opening.slug}`}>{t("helping.apply.backToInitiative")}</Link>
      </p>
      <h1>{t("helping.apply.title")}</h1>
      <section aria-labelledby="opening-title" className="card space-y-2">
        <h2 id="opening-title">{opening.title}</h2>
        <p>{opening.summary}</p>
        <p className="text-sm text-[var(--color-muted)]">{opening.organisationName}</p>
      </section>
      {application ? (
        <div className="card space-y-3">
          <p>
            {t("helping.apply.alreadyApplied")} <ApplicationStatusBadge status={application.status} />
          </p>
          <Link to="/mijn">{t("helping.apply.toMyPage")}</Link>
        </div>
      ) : (
        <Form method="post" {...getFormProps(form)} className="card space-y-4">
          <p>{t("helping.apply.intro", { organisation: opening.organisationName })}</p>
          <FormErrors form={form} />
          <PrivacyNote />
          <TextArea meta={fields.message} label={t("helping.apply.message")} hint={t("helping.apply.messageHint")} rows={5} />
          <button type="submit" className="btn btn-primary">
            {t("helping.apply.submit")}
          </button>
        </Form>
      )}
    </div>
  );
}
