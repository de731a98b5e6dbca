import { Form, Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "~/components/directory/pagination";
import { FilterSelect } from "~/components/ui/filter-select";
import { LIFE_DOMAINS } from "~/domain/vocabulary";
import type { CaseloadFilters, CaseloadRow, MyTeam } from "~/models/household";
import { useFormatDate } from "./format";
import { tableScroll } from "~/components/ui/table-scroll";

/**
 * Finding a household by (part of) its reference: a GET form, so the search is in the URL and
 * works without JavaScript. The chosen team stays; the other filters start afresh.
 */
export function CaseloadSearchForm({ filters }: { filters: CaseloadFilters }) {
  const { t } = useTranslation();
  return (
    <Form method="get" role="search" className="card flex flex-wrap items-end gap-3" aria-label={t("workspace.caseload.search")}>
      {filters.teamId !== undefined ? <input type="hidden" name="team" value={filters.teamId} /> : null}
      <div className="min-w-0 flex-1 space-y-1">
        <label htmlFor="caseload-q" className="block font-semibold">
          {t("workspace.caseload.searchLabel")}
        </label>
        <p id="caseload-q-hint" className="text-sm text-[var(--color-muted)]">
          {t("workspace.caseload.searchHint")}
        </p>
        <input
          // Uncontrolled: a new key shows the search of the new URL after a client-side navigation.
          key={filters.reference ?? ""}
          id="caseload-q"
          name="q"
          type="search"
          maxLength={40}
          defaultValue={filters.reference ?? ""}
          aria-describedby="caseload-q-hint"
          className="input w-full"
          autoComplete="off"
        />
      </div>
      <button type="submit" className="btn btn-primary">
        {t("workspace.caseload.searchButton")}
      </button>
      {filters.reference ? (
        <Link to={filters.teamId !== undefined ? `/werkplek?team=${filters.teamId}` : "/werkplek"}>{t("workspace.caseload.clearSearch")}</Link>
      ) : null}
    </Form>
  );
}

/** Caseload filters as a plain GET form: every view is a link, and it works without JavaScript. */
export function CaseloadFilterForm({
  filters,
  teams,
  neighbourhoods,
}: {
  filters: CaseloadFilters & { scope: "mine" | "team" };
  teams: MyTeam[];
  neighbourhoods: { id: number; name: string }[];
}) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("workspace.caseload.filters")}>
      {filters.reference ? <input type="hidden" name="q" value={filters.reference} /> : null}
      {teams.length > 1 ? (
        <FilterSelect
          name="team"
          label={t("workspace.caseload.team")}
          value={filters.teamId}
          any={t("workspace.caseload.allTeams")}
          options={teams.map((team) => ({ value: String(team.id), label: team.name }))}
        />
      ) : null}
      <fieldset className="space-y-1">
        <legend className="font-semibold">{t("workspace.caseload.whose")}</legend>
        {(["mine", "team"] as const).map((scope) => (
          <div key={scope} className="flex items-center gap-2">
            <input type="radio" id={`scope-${scope}`} name="scope" value={scope} defaultChecked={filters.scope === scope} className="h-5 w-5" />
            <label htmlFor={`scope-${scope}`}>{t(`workspace.caseload.scope.${scope}`)}</label>
          </div>
        ))}
      </fieldset>
      <FilterSelect
        name="wijk"
        label={t("workspace.caseload.wijk")}
        value={filters.neighbourhoodId}
        any={t("workspace.caseload.allWijken")}
        options={neighbourhoods.map((n) => ({ value: String(n.id), label: n.name }))}
      />
      <FilterSelect
        name="domain"
        label={t("workspace.caseload.domain")}
        value={filters.domain}
        any={t("workspace.caseload.allDomains")}
        options={LIFE_DOMAINS.map((domain) => ({ value: domain, label: t(`vocab.domain.${domain}`) }))}
      />
      <div className="flex flex-col justify-end gap-2">
        <div className="flex items-center gap-2">
          <input type="checkbox" id="filter-flagged" name="flagged" value="1" defaultChecked={filters.flaggedOnly} className="h-5 w-5" />
          <label htmlFor="filter-flagged">{t("workspace.caseload.flaggedOnly")}</label>
        </div>
        <button type="submit" className="btn btn-primary">
          {t("workspace.caseload.apply")}
        </button>
      </div>
    </Form>
  );
}

function Flags({ row }: { row: CaseloadRow }) {
  const { t } = useTranslation();
  const flags = [
    ...(row.flags.unansweredReferrals > 0 ? [t("workspace.caseload.flagUnanswered", { count: row.flags.unansweredReferrals })] : []),
    ...(row.flags.reviewOverdue ? [t("workspace.caseload.flagReview")] : []),
  ];
  if (flags.length === 0) return <span className="text-[var(--color-muted)]">–</span>;
  return (
    <ul className="space-y-1">
      {flags.map((flag) => (
        <li key={flag} className="font-semibold text-[var(--color-danger-700)]">
          <span aria-hidden="true">⚑ </span>
          {flag}
        </li>
      ))}
    </ul>
  );
}

export function CaseloadTable({ rows, showTeam }: { rows: CaseloadRow[]; showTeam: boolean }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  return (
    <div {...tableScroll(t("workspace.caseload.caption"))}>
      <table className="w-full text-left">
        <caption className="sr-only">{t("workspace.caseload.caption")}</caption>
        <thead className="border-b-2 border-gray-300">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("workspace.caseload.reference")}
            </th>
            <th scope="col" className="pr-3">
              {t("workspace.caseload.wijk")}
            </th>
            <th scope="col" className="pr-3">
              {t("workspace.caseload.consultant")}
            </th>
            <th scope="col" className="pr-3">
              {t("workspace.caseload.openNeeds")}
            </th>
            <th scope="col" className="pr-3">
              {t("workspace.caseload.openReferrals")}
            </th>
            <th scope="col" className="pr-3">
              {t("workspace.caseload.review")}
            </th>
            <th scope="col">{t("workspace.caseload.flags")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link to={`/werkplek/huishoudens/${row.id}`} className="font-semibold">
                  {row.reference}
                </Link>
                {showTeam ? <span className="block text-sm text-[var(--color-muted)]">{row.teamName}</span> : null}
              </th>
              <td className="py-2 pr-3">
                {row.neighbourhoodName ?? "–"} <span className="text-sm text-[var(--color-muted)]">({row.pc4})</span>
              </td>
              <td className="py-2 pr-3">{row.consultantName ?? t("workspace.household.noConsultant")}</td>
              <td className="py-2 pr-3">
                {row.openNeeds.length === 0 ? (
                  <span className="text-[var(--color-muted)]">–</span>
                ) : (
                  <ul className="flex flex-wrap gap-1">
                    {row.openNeeds.map((need) => (
                      <li key={need.id} className="badge">
                        {t(`vocab.domain.${need.domain}`)} ({need.score})
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="py-2 pr-3">{row.openReferrals}</td>
              <td className="py-2 pr-3">{row.nextReviewDate ? format.day(row.nextReviewDate) : "–"}</td>
              <td className="py-2">
                <Flags row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The address of another page of the caseload: the search and filters of `search` kept, the page replaced. */
export function caseloadPageHref(pathname: string, search: string, page: number): string {
  const params = new URLSearchParams(search);
  params.set("pagina", String(page));
  return `${pathname}?${params.toString()}`;
}

/** Previous and next page of the caseload, with the search and filters of the address kept. */
export function CaseloadPages({ page, pageCount }: { page: number; pageCount: number }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  return <Pagination page={page} pageCount={pageCount} hrefFor={(n) => caseloadPageHref(pathname, search, n)} label={t("workspace.caseload.pagination")} />;
}
