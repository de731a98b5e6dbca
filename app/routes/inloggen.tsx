import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { useEffect, useState } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, TextField } from "~/components/ui/field";
import { authenticate } from "~/models/account.server";
import { loginSchema } from "~/schemas/account";
import { msg } from "~/schemas/fields";
import { createSessionCookie, landingPath } from "~/utils/auth.server";
import { isRateLimited } from "~/utils/http-security.server";
import { getActor } from "~/utils/guards.server";
import { ssoConfigured } from "~/utils/oidc.server";
import { safeRedirect } from "~/utils/safe-redirect";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "auth.loginTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getActor(request)) throw redirect("/");
  return { sso: ssoConfigured() };
}

const LOGIN_ERRORS = { wrong_credentials: "auth.wrongCredentials", sso_required: "auth.ssoRequired", blocked: "auth.blocked" } as const;

export async function action({ request }: ActionFunctionArgs) {
  const { submission } = await parseForm(request, loginSchema);
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  if (isRateLimited(request)) {
    return data(submission.reply({ formErrors: ["auth.tooManyAttempts"], hideFields: ["password"] }), { status: 429 });
  }
  const result = await authenticate(submission.value);
  if (!result.ok) {
    const formErrors = [result.error === "locked" ? msg("auth.accountLocked", { minutes: result.minutes }) : LOGIN_ERRORS[result.error]];
    return data(submission.reply({ formErrors, hideFields: ["password"] }), { status: result.error === "locked" ? 429 : 400 });
  }
  return redirectWithToast(
    landingPath(result.userId, safeRedirect(submission.value.redirectTo)),
    { key: "auth.loggedIn", params: { name: result.name } },
    { headers: { "Set-Cookie": await createSessionCookie(result.userId) } },
  );
}

export default function Login() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const { sso } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("terug") ?? "/";
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (lastResult) setAttempt((n) => n + 1);
  }, [lastResult]);
  const [form, fields] = useValidatedForm({
    id: "login",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1>{t("auth.loginTitle")}</h1>
      <p>{t("auth.loginIntro")}</p>
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormErrors form={form} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField meta={fields.email} label={t("auth.email")} type="email" autoComplete="email" />
        <TextField
          // A failed attempt empties the password, also when the browser kept what was typed.
          key={`password-${attempt}`}
          meta={fields.password}
          label={t("auth.password")}
          type="password"
          autoComplete="current-password"
        />
        <button type="submit" className="btn btn-primary">
          {t("auth.loginButton")}
        </button>
      </Form>
      {sso ? (
        <section aria-labelledby="sso-title" className="card space-y-3">
          <h2 id="sso-title">{t("auth.sso.title")}</h2>
          <p>{t("auth.sso.intro")}</p>
          {/* A link, not a form: the browser goes on to the provider, which the CSP's form-action would refuse. */}
          <a href={`/inloggen/sso?${new URLSearchParams({ terug: redirectTo })}`} className="btn btn-secondary">
            {t("auth.sso.button")}
          </a>
        </section>
      ) : null}
      <p>
        {t("auth.noAccount")} <Link to="/registreren">{t("nav.register")}</Link>
      </p>
    </div>
  );
}
