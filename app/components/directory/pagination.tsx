import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * Previous / next links with the position in between; `hrefFor` builds the link to a page. A page
 * with two lists names each `label`, so the two navigations can be told apart.
 */
export function Pagination({ page, pageCount, hrefFor, label }: { page: number; pageCount: number; hrefFor: (page: number) => string; label?: string }) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label ?? t("directory.search.pagination")} className="mt-6 flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className="btn btn-secondary">
          {t("directory.search.previous")}
        </Link>
      ) : (
        <span />
      )}
      <p>{t("directory.search.pageOf", { page, pageCount })}</p>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className="btn btn-secondary">
          {t("directory.search.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
