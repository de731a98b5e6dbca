import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { searchHref, type SearchParams, type SearchView } from "~/schemas/search";

/** List or map of the same search: two links, the current one marked. */
export function ViewSwitch({ search }: { search: SearchParams }) {
  const { t } = useTranslation();
  const views: SearchView[] = ["list", "map"];
  return (
    <nav aria-label={t("map.viewSwitch")}>
      <ul className="flex gap-2">
        {views.map((view) => (
          <li key={view}>
            <Link
              to={searchHref({ ...search, view, page: 1 })}
              aria-current={search.view === view ? "page" : undefined}
              className={`btn ${search.view === view ? "btn-primary" : "btn-secondary"}`}
              preventScrollReset
            >
              {t(view === "list" ? "map.asList" : "map.asMap")}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
