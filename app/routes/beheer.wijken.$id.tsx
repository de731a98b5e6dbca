import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, TextArea, TextField } from "~/components/ui/field";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { getNeighbourhoodForAdmin, saveNeighbourhood } from "~/models/neighbourhood-admin.server";
import { msg } from "~/schemas/fields";
import { neighbourhoodSchema } from "~/schemas/platform";
import { requirePermission } from "~/utils/guards.server";
import { message, siteName } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  {
    title: `${data?.neighbourhood ? message(matches, "platform.wijk.editTitle", { name: data.neighbourhood.name }) : message(matches, "platform.wijk.newTitle")} · ${siteName(matches)}`,
  },
];

/** "nieuw" makes a new neighbourhood; a number changes that neighbourhood. */
function neighbourhoodId(param: string | undefined) {
  return param === "nieuw" ? null : idParam(param);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const id = neighbourhoodId(params.id);
  if (id === null) return { neighbourhood: null };
  const found = getNeighbourhoodForAdmin(actor, id);
  throwIfRefused(found);
  return { neighbourhood: found.neighbourhood };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const id = neighbourhoodId(params.id);
  const { submission } = await parseForm(request, neighbourhoodSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = saveNeighbourhood(actor, id, submission.value);
  if (!result.ok) {
    throwIfRefused(result);
    const fieldErrors: Record<string, string[]> =
      result.error === "postcode_taken"
        ? { postcodes: [msg("platform.wijk.postcodeTaken", { postcode: result.postcode, wijk: result.neighbourhood })] }
        : { name: ["platform.wijk.nameTaken"] };
    return data(submission.reply({ fieldErrors }), { status: 400 });
  }
  return redirectWithToast("/beheer/wijken", { key: "platform.wijk.saved", params: { name: submission.value.name } });
}

export default function AdminNeighbourhood() {
  const { t } = useTranslation();
  const { neighbourhood } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: `wijk-${neighbourhood?.id ?? "new"}`,
    lastResult,
    defaultValue: neighbourhood
      ? {
          name: neighbourhood.name,
          description: neighbourhood.description,
          lat: String(neighbourhood.lat),
          lng: String(neighbourhood.lng),
          postcodes: neighbourhood.postcodes.join(", "),
        }
      : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: neighbourhoodSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link to="/beheer/wijken">← {t("platform.wijk.title")}</Link>
      </p>
      <h1>{neighbourhood ? t("platform.wijk.editTitle", { name: neighbourhood.name }) : t("platform.wijk.newTitle")}</h1>
      {neighbourhood ? (
        <p>
          <Link to={`/wijken/${neighbourhood.slug}`}>{t("platform.wijk.publicPage")}</Link>
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormErrors form={form} />
        <TextField meta={fields.name} label={t("platform.wijk.name")} />
        <TextArea meta={fields.description} label={t("platform.wijk.description")} optional rows={3} />
        <TextField meta={fields.postcodes} label={t("platform.wijk.postcodes")} hint={t("platform.wijk.postcodesHint")} />
        <p className="text-sm text-[var(--color-muted)]">{t("platform.wijk.centroidHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={fields.lat} label={t("platform.wijk.lat")} inputMode="text" />
          <TextField meta={fields.lng} label={t("platform.wijk.lng")} inputMode="text" />
        </div>
        <button type="submit" className="btn btn-primary">
          {t("platform.wijk.save")}
        </button>
      </Form>
    </div>
  );
}
