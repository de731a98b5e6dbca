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
    title: `${data?.wijk ? message(matches, "platform.wijk.editTitle", { name: data.wijk.name }) : message(matches, "platform.wijk.newTitle")} · ${siteName(matches)}`,
  },
];

/** "nieuw" makes a new wijk; a number changes that wijk. */
function wijkId(param: string | undefined) {
  return param === "nieuw" ? null : idParam(param);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const id = wijkId(params.id);
  if (id === null) return { wijk: null };
  const found = getNeighbourhoodForAdmin(actor, id);
  throwIfRefused(found);
  return { wijk: found.wijk };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const id = wijkId(params.id);
  const { submission } = await parseForm(request, neighbourhoodSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = saveNeighbourhood(actor, id, submission.value);
  if (!result.ok) {
    throwIfRefused(result);
    const fieldErrors: Record<string, string[]> =
      result.error === "postcode_taken"
        ? { postcodes: [msg("platform.wijk.postcodeTaken", { postcode: result.postcode, wijk: result.wijk })] }
        : { name: ["platform.wijk.nameTaken"] };
    return data(submission.reply({ fieldErrors }), { status: 400 });
  }
  return redirectWithToast("/beheer/wijken", { key: "platform.wijk.saved", params: { name: submission.value.name } });
}

export default function AdminNeighbourhood() {
  const { t } = useTranslation();
  const { wijk } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: `wijk-${wijk?.id ?? "new"}`,
    lastResult,
    defaultValue: wijk
      ? { name: wijk.name, description: wijk.description, lat: String(wijk.lat), lng: String(wijk.lng), postcodes: wijk.postcodes.join(", ") }
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
      <h1>{wijk ? t("platform.wijk.editTitle", { name: wijk.name }) : t("platform.wijk.newTitle")}</h1>
      {wijk ? (
        <p>
          <Link to={`/wijken/${wijk.slug}`}>{t("platform.wijk.publicPage")}</Link>
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
