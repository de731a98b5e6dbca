import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PolicyAdvisor } from "~/models/policy-advisor.server";

/** The admin's list of policy advisors, with a form to add one by email. */
export function PolicyAdvisors({ advisors, error, email }: { advisors: PolicyAdvisor[]; error?: string; email?: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="policy-title" className="space-y-3">
      <h2 id="policy-title">{t("insights.admin.policyTitle")}</h2>
      <p className="max-w-3xl">{t("insights.admin.policyIntro")}</p>
      {advisors.length === 0 ? (
        <p>{t("insights.admin.none")}</p>
      ) : (
        <ul className="space-y-2">
          {advisors.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-3">
              <span>
                {a.name} ({a.email})
              </span>
              <Form method="post">
                <input type="hidden" name="intent" value="revoke_policy_advisor" />
                <input type="hidden" name="email" value={a.email} />
                <button type="submit" className="btn btn-secondary" aria-label={t("insights.admin.revokeLabel", { name: a.name })}>
                  {t("insights.admin.revoke")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="flex flex-wrap items-end gap-3" noValidate>
        <input type="hidden" name="intent" value="grant_policy_advisor" />
        <div>
          <label htmlFor="policy-email" className="block font-semibold">
            {t("insights.admin.email")}
          </label>
          <input
            id="policy-email"
            name="email"
            type="email"
            defaultValue={email}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "policy-email-error" : undefined}
            className="input mt-1"
          />
          {error ? (
            <p id="policy-email-error" className="mt-1 text-sm font-medium text-[var(--color-danger-700)]">
              {t(error)}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn btn-primary">
          {t("insights.admin.grant")}
        </button>
      </Form>
    </section>
  );
}
