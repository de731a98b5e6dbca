import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrganisationFields } from "~/components/organiser/organisation-fields";
import { FormErrors } from "~/components/ui/field";
import { findOrganisationId, getOrganisation, updateOrganisation } from "~/models/organisation.server";
import { organisationSchema } from "~/schemas/organisation";
import { forbidden, notFound, requireUser } from "~/utils/guards.server";
import { message, siteName } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  { title: `${message(matches, "organiser.edit.title", { name: data?.organisation.name ?? "" })} · ${siteName(matches)}` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const organisationId = findOrganisationId(params.org ?? "") ?? notFound();
  const found = getOrganisation(actor, organisationId);
  throwIfRefused(found);
  if (!can(actor, "organisation.edit", { organisationId })) forbidden();
  const { organisation } = found;
  return {
    organisation: {
      id: organisation.id,
      name: organisation.name,
      kind: organisation.kind,
      description: organisation.description,
      website: organisation.website ?? undefined,
      email: organisation.email ?? undefined,
      phone: organisation.phone ?? undefined,
      kvkNumber: organisation.kvkNumber ?? undefined,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const organisationId = findOrganisationId(params.org ?? "") ?? notFound();
  const { submission } = await parseForm(request, organisationSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  throwIfRefused(updateOrganisation(actor, organisationId, submission.value));
  return redirectWithToast(`/mijn-organisatie/${organisationId}`, { key: "organiser.edit.saved" });
}

export default function EditOrganisation() {
  const { t } = useTranslation();
  const { organisation } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "organisation",
    lastResult,
    defaultValue: organisation,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: organisationSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link to={`/mijn-organisatie/${organisation.id}`}>← {organisation.name}</Link>
      </p>
      <h1>{t("organiser.edit.title", { name: organisation.name })}</h1>
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormErrors form={form} />
        <OrganisationFields fields={fields} />
        <button type="submit" className="btn btn-primary">
          {t("organiser.edit.save")}
        </button>
      </Form>
    </div>
  );
}
