import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { STATEMENT_KEYS, STATEMENT_PAGES } from "~/content/statements";
import { requirePermission } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "statements.admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin.manage");
  return null;
}

export default function AdminStatements() {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1>{t("statements.admin.title")}</h1>
      <p>{t("statements.admin.intro")}</p>
      <ul className="space-y-3">
        {STATEMENT_KEYS.map((key) => ({ key, ...STATEMENT_PAGES[key] })).map((page) => (
          <li key={page.key} className="card flex flex-wrap items-center justify-between gap-3">
            <Link to={page.path}>{t(page.titleKey)}</Link>
            <Link to={`/beheer/teksten/${page.key}`} className="btn btn-secondary">
              {t("statements.admin.edit", { title: t(page.titleKey) })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
