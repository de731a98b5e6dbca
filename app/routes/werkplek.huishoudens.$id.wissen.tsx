import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, FormErrors, SelectField } from "~/components/ui/field";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { HouseholdHeader } from "~/components/workspace/household-header";
import { ERASE_REASONS } from "~/domain/vocabulary";
import { eraseHousehold, previewErasure } from "~/models/retention.server";
import { eraseHouseholdSchema } from "~/schemas/household";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";
import { requireRole } from "~/utils/guards.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  metaTitle(matches, "workspace.erase.title", { reference: loaderData?.preview.reference ?? "" });

/** Only the coordinator of the household's own team gets here; a consultant of the team gets 403, anyone else 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const householdId = idParam(params.id);
  const result = previewErasure(actor, { householdId });
  throwIfRefused(result);
  return { householdId, preview: result.preview };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const householdId = idParam(params.id);
  const { submission } = await parseForm(request, eraseHouseholdSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = eraseHousehold(actor, { householdId, reason: submission.value.reason });
  throwIfRefused(result);
  return redirectWithToast("/werkplek", { key: "workspace.erase.done" });
}

export default function EraseHouseholdPage() {
  const { t } = useTranslation();
  const { householdId, preview } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "erase-household",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: eraseHouseholdSchema }),
  });
  return (
    <div className="mx-auto max-w-3xl">
      <HouseholdHeader id={householdId} reference={preview.reference} canViewAudit />
      <h1 className="mb-2">{t("workspace.erase.title", { reference: preview.reference })}</h1>
      <p className="mb-6">{t("workspace.erase.intro")}</p>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="erase-goes" className="card space-y-2">
          <h2 id="erase-goes">{t("workspace.erase.whatGoes")}</h2>
          <ul className="list-disc space-y-1 pl-5">
            <li>{t("workspace.erase.goesRecord")}</li>
            <li>{t("workspace.erase.goesIntake", { count: preview.needs })}</li>
            <li>{t("workspace.erase.goesPlan")}</li>
            <li>{t("workspace.erase.goesReferrals", { count: preview.referrals })}</li>
          </ul>
          {preview.running > 0 ? <p className="font-semibold">{t("workspace.erase.goesRunning", { count: preview.running })}</p> : null}
        </section>
        <section aria-labelledby="erase-stays" className="card space-y-2">
          <h2 id="erase-stays">{t("workspace.erase.whatStays")}</h2>
          <ul className="list-disc space-y-1 pl-5">
            <li>{t("workspace.erase.staysCounts")}</li>
            <li>{t("workspace.erase.staysAudit")}</li>
          </ul>
        </section>
      </div>
      <Form method="post" {...getFormProps(form)} className="card mt-6 space-y-4">
        <FormErrors form={form} />
        <SelectField
          meta={fields.reason}
          label={t("workspace.erase.reason")}
          placeholder={t("workspace.erase.reasonPlaceholder")}
          options={ERASE_REASONS.map((reason) => ({ value: reason, label: t(`workspace.erase.reasons.${reason}`) }))}
        />
        <CheckboxField meta={fields.confirm} label={t("workspace.erase.confirm")} />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn btn-danger">
            {t("workspace.erase.submit")}
          </button>
          <Link to={`/werkplek/huishoudens/${householdId}`}>{t("workspace.erase.cancel")}</Link>
        </div>
      </Form>
    </div>
  );
}
