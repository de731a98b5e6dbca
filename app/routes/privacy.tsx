import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatementPage } from "~/components/statement-page";
import { statementFor } from "~/components/statement-page.server";
import { getEnv } from "~/utils/env.server";
import { message, metaPage } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) =>
  metaPage(matches, message(matches, "statements.privacyTitle"), message(matches, "statements.privacyDescription"));

export async function loader({ request }: LoaderFunctionArgs) {
  const { RETENTION_HOUSEHOLD_MONTHS, RETENTION_AUDIT_YEARS } = getEnv();
  return { ...(await statementFor(request, "privacy")), retention: { householdMonths: RETENTION_HOUSEHOLD_MONTHS, auditYears: RETENTION_AUDIT_YEARS } };
}

export default function PrivacyStatement() {
  const { t } = useTranslation();
  const { retention, ...statement } = useLoaderData<typeof loader>();
  return (
    <StatementPage titleKey="statements.privacyTitle" statement={statement}>
      {/* From the settings, not from the editable text: the promise is what the retention job does. */}
      <section aria-labelledby="retention-title" className="space-y-2">
        <h2 id="retention-title">{t("statements.retention.title")}</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("statements.retention.households", { count: retention.householdMonths })}</li>
          <li>{t("statements.retention.audit", { count: retention.auditYears })}</li>
          <li>{t("statements.retention.contact")}</li>
          <li>{t("statements.retention.account")}</li>
          <li>{t("statements.retention.email")}</li>
        </ul>
      </section>
    </StatementPage>
  );
}
