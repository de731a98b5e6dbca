import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormErrors, SelectField, TextField } from "~/components/ui/field";
import { changePassword, deleteAccount, updateProfile } from "~/models/account.server";
import { deleteAccountSchema, emailPreferencesSchema, passwordSchema, profileSchema } from "~/schemas/account";
import { EmailPreferencesForm } from "~/components/email-preferences-form";
import { getEmailPreferences, saveEmailPreferences } from "~/models/email-preferences.server";
import { blankSessionCookie, invalidateOtherSessions } from "~/utils/auth.server";
import { requireUser } from "~/utils/guards.server";
import { localeCookie } from "~/utils/i18n.server";
import { metaTitle } from "~/utils/meta";
import { rolesOf } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { useIntentForm } from "~/components/ui/use-intent-form";
import { parseForm } from "~/utils/form.server";
import { PrivacyNote } from "~/components/privacy-note";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "account.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  return { name: actor.name, email: actor.email, locale: actor.locale, roles: rolesOf(actor), emailPreferences: getEmailPreferences(actor) };
}

const accountSchema = z.discriminatedUnion("intent", [profileSchema, passwordSchema, deleteAccountSchema, emailPreferencesSchema]);

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const { submission } = await parseForm(request, accountSchema);
  const hidePasswords = { hideFields: ["currentPassword", "newPassword"] };
  if (submission.status !== "success") return data(submission.reply(hidePasswords), { status: 400 });
  const input = submission.value;
  switch (input.intent) {
    case "profile": {
      updateProfile(actor, input);
      return redirectWithToast("/account", { key: "account.profileSaved" }, { headers: { "Set-Cookie": await localeCookie.serialize(input.locale) } });
    }
    case "password": {
      const result = await changePassword(actor, input);
      if (!result.ok) {
        const fieldErrors: Record<string, string[]> =
          result.error === "weak_password" ? { newPassword: ["auth.weakPassword"] } : { currentPassword: ["account.wrongCurrentPassword"] };
        return data(submission.reply({ fieldErrors, ...hidePasswords }), { status: 400 });
      }
      return redirectWithToast("/account", { key: "account.passwordChanged" }, { headers: { "Set-Cookie": await invalidateOtherSessions(actor.id) } });
    }
    case "email": {
      const { intent: _intent, ...preferences } = input;
      saveEmailPreferences(actor, preferences);
      return redirectWithToast("/account#email", { key: "mail.preferences.saved" });
    }
    case "delete": {
      const result = deleteAccount(actor, input);
      if (!result.ok) {
        const error = result.error === "email_mismatch" ? "account.deleteMismatch" : "account.lastOwner";
        return data(submission.reply({ fieldErrors: { confirmEmail: [error] } }), { status: 400 });
      }
      return redirectWithToast("/", { key: "account.deleted" }, { headers: { "Set-Cookie": blankSessionCookie() } });
    }
  }
}

export default function Account() {
  const { t } = useTranslation();
  const account = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [profileForm, profile] = useIntentForm("profile", profileSchema, lastResult, { name: account.name, locale: account.locale });
  const [passwordForm, password] = useIntentForm("password", passwordSchema, lastResult);
  const [deleteForm, remove] = useIntentForm("delete", deleteAccountSchema, lastResult);
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <h1>{t("account.title")}</h1>
      <section aria-labelledby="roles-title" className="card">
        <h2 id="roles-title">{t("account.roles")}</h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {account.roles.map((role) => (
            <li key={role} className="badge">
              {t(`roles.${role}`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="profile-title" className="card space-y-4">
        <h2 id="profile-title">{t("account.profile")}</h2>
        <p>
          {t("auth.email")}: <strong>{account.email}</strong>
        </p>
        {/* A new language needs a full page load: the browser holds one language's messages. */}
        <Form method="post" {...getFormProps(profileForm)} className="space-y-4" reloadDocument>
          <input type="hidden" name="intent" value="profile" />
          <PrivacyNote />
          <TextField meta={profile.name} label={t("auth.name")} autoComplete="name" />
          <SelectField
            meta={profile.locale}
            label={t("account.language")}
            options={[
              { value: "nl", label: "Nederlands" },
              { value: "en", label: "English" },
            ]}
          />
          <button type="submit" className="btn btn-primary">
            {t("account.saveProfile")}
          </button>
        </Form>
      </section>

      <EmailPreferencesForm preferences={account.emailPreferences} lastResult={lastResult} />

      <section aria-labelledby="password-title" className="card space-y-4">
        <h2 id="password-title">{t("account.changePassword")}</h2>
        <Form method="post" {...getFormProps(passwordForm)} className="space-y-4">
          <input type="hidden" name="intent" value="password" />
          <TextField meta={password.currentPassword} label={t("account.currentPassword")} type="password" autoComplete="current-password" />
          <TextField meta={password.newPassword} label={t("account.newPassword")} hint={t("auth.passwordHint")} type="password" autoComplete="new-password" />
          <button type="submit" className="btn btn-primary">
            {t("account.changePassword")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="delete-title" className="card space-y-4 border-[var(--color-danger-700)]">
        <h2 id="delete-title">{t("account.deleteTitle")}</h2>
        <p>{t("account.deleteIntro")}</p>
        <Form method="post" {...getFormProps(deleteForm)} className="space-y-4">
          <FormErrors form={deleteForm} />
          <input type="hidden" name="intent" value="delete" />
          <TextField meta={remove.confirmEmail} label={t("account.deleteConfirm")} type="email" autoComplete="off" />
          <button type="submit" className="btn btn-danger">
            {t("account.deleteButton")}
          </button>
        </Form>
      </section>
    </div>
  );
}
