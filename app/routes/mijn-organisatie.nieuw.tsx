import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrganisationFields } from "~/components/organiser/organisation-fields";
import { FormErrors } from "~/components/ui/field";
import { registerOrganisation } from "~/models/organisation.server";
import { organisationSchema } from "~/schemas/organisation";
import { requirePermission } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";
import { PrivacyNote } from "~/components/privacy-note";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "organiser.register.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "organisation.register");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "organisation.register");
  const { submission } = await parseForm(request, organisationSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = registerOrganisation(actor, submission.value);
  throwIfRefused(result);
  return redirectWithToast(`/mijn-organisatie/${result.id}`, { key: "organiser.register.done", params: { name: submission.value.name } });
}

export default function RegisterOrganisation() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "organisation",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: organisationSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1>{t("organiser.register.title")}</h1>
      <p>{t("organiser.register.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormErrors form={form} />
        <PrivacyNote />
        <OrganisationFields fields={fields} />
        <button type="submit" className="btn btn-primary">
          {t("organiser.register.submit")}
        </button>
      </Form>
    </div>
  );
}
