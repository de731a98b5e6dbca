import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/dates";
import { FormErrors, TextArea } from "~/components/ui/field";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { STATEMENT_KEYS, STATEMENT_PAGES, type StatementKey } from "~/content/statements";
import { getStatement, saveStatement } from "~/models/site-content.server";
import { statementSchema } from "~/schemas/platform";
import { notFound, requirePermission } from "~/utils/guards.server";
import { message, siteName } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  { title: `${message(matches, "statements.admin.edit", { title: data ? message(matches, STATEMENT_PAGES[data.key].titleKey) : "" })} · ${siteName(matches)}` },
];

function statementKey(param: string | undefined): StatementKey {
  const key = STATEMENT_KEYS.find((k) => k === param);
  if (!key) notFound();
  return key;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "admin.manage");
  const key = statementKey(params.key);
  const nl = getStatement(key, "nl");
  const en = getStatement(key, "en");
  const changed = [nl, en].filter((s) => s.updatedAt).sort((a, b) => b.updatedAt!.getTime() - a.updatedAt!.getTime())[0];
  return { key, nl: nl.body, en: en.body, lastChange: changed ? { at: changed.updatedAt!, by: changed.updatedBy ?? "" } : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const key = statementKey(params.key);
  const { submission } = await parseForm(request, statementSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  throwIfRefused(saveStatement(actor, key, submission.value));
  return redirectWithToast(`/beheer/teksten/${key}`, { key: "statements.admin.saved" });
}

export default function EditStatement() {
  const { t, i18n } = useTranslation();
  const { key, nl, en, lastChange } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const page = STATEMENT_PAGES[key];
  const [form, fields] = useValidatedForm({
    id: `statement-${key}`,
    lastResult,
    defaultValue: { nl, en },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: statementSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p>
        <Link to="/beheer/teksten">← {t("statements.admin.title")}</Link>
      </p>
      <h1>{t("statements.admin.edit", { title: t(page.titleKey) })}</h1>
      <p>
        {lastChange
          ? t("statements.admin.lastChange", { date: formatDate(lastChange.at, i18n.language), name: lastChange.by })
          : t("statements.admin.isDefault")}{" "}
        <Link to={page.path}>{t("statements.admin.view")}</Link>
      </p>
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormErrors form={form} />
        <p className="text-sm text-[var(--color-muted)]">{t("statements.admin.formatHint", { municipality: "{{municipality}}" })}</p>
        <TextArea meta={fields.nl} label={t("statements.admin.nl")} rows={16} />
        <TextArea meta={fields.en} label={t("statements.admin.en")} rows={16} />
        <button type="submit" className="btn btn-primary">
          {t("statements.admin.save")}
        </button>
      </Form>
    </div>
  );
}
