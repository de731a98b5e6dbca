import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/dates";
import { PlainContent } from "~/components/plain-content";

export function StatementPage({
  titleKey,
  statement,
  children,
}: {
  titleKey: string;
  statement: { body: string; updatedAt: Date | string | null };
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <article className="mx-auto max-w-3xl space-y-4">
      <h1>{t(titleKey)}</h1>
      {statement.updatedAt ? (
        <p className="text-sm text-[var(--color-muted)]">{t("statements.updated", { date: formatDate(statement.updatedAt, i18n.language) })}</p>
      ) : null}
      <PlainContent text={statement.body} />
      {children}
    </article>
  );
}
