import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HoneypotField, isSpam } from "~/components/honeypot";
import { FormErrors, TextField } from "~/components/ui/field";
import { registerUser } from "~/models/account.server";
import { registerSchema } from "~/schemas/account";
import { isRateLimited } from "~/utils/http-security.server";
import { getActor } from "~/utils/guards.server";
import { detectLocale } from "~/utils/i18n.server";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";
import { PrivacyNote } from "~/components/privacy-note";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "auth.registerTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getActor(request)) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const { formData, submission } = await parseForm(request, registerSchema);
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  if (isSpam(formData)) return data(submission.reply({ formErrors: ["form.botDetected"] }), { status: 400 });
  if (isRateLimited(request)) {
    return data(submission.reply({ formErrors: ["auth.tooManyAttempts"], hideFields: ["password"] }), { status: 429 });
  }
  const email = submission.value.email.trim().toLowerCase();
  const result = await registerUser({ ...submission.value, locale: await detectLocale(request) });
  if (!result.ok) return data(submission.reply({ fieldErrors: { password: ["auth.weakPassword"] }, hideFields: ["password"] }), { status: 400 });
  // The same answer for a new and a known address: see registerUser.
  return redirectWithToast("/inloggen", { key: "auth.registrationSent", params: { email } });
}

export default function Register() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "register",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: registerSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1>{t("auth.registerTitle")}</h1>
      <p>{t("auth.registerIntro")}</p>
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormErrors form={form} />
        <PrivacyNote />
        <HoneypotField />
        <TextField meta={fields.name} label={t("auth.name")} hint={t("auth.nameHint")} autoComplete="name" />
        <TextField meta={fields.email} label={t("auth.email")} type="email" autoComplete="email" />
        <TextField meta={fields.password} label={t("auth.password")} hint={t("auth.passwordHint")} type="password" autoComplete="new-password" />
        <button type="submit" className="btn btn-primary">
          {t("auth.registerButton")}
        </button>
      </Form>
      <p>
        {t("auth.haveAccount")} <Link to="/inloggen">{t("nav.login")}</Link>
      </p>
    </div>
  );
}
