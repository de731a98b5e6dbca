import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export type HouseholdTab = "overview" | "intake" | "plan" | "consent" | "edit" | "log";

/** The household's reference and the pages about it, so every page is one step from the single view. */
export function HouseholdHeader({ id, reference, canViewAudit = false }: { id: number; reference: string; canViewAudit?: boolean }) {
  const { t } = useTranslation();
  const base = `/werkplek/huishoudens/${id}`;
  const tabs: { to: string; label: string; end?: boolean }[] = [
    { to: base, label: t("workspace.tabs.overview"), end: true },
    { to: `${base}/intake`, label: t("workspace.tabs.intake") },
    { to: `${base}/plan`, label: t("workspace.tabs.plan") },
    { to: `${base}/toestemming`, label: t("workspace.tabs.consent") },
    { to: `${base}/bewerken`, label: t("workspace.tabs.edit") },
    ...(canViewAudit ? [{ to: `${base}/logboek`, label: t("workspace.tabs.log") }] : []),
  ];
  return (
    <div className="mb-6 space-y-3">
      <p className="text-sm">
        <NavLink to="/werkplek">{t("workspace.caseload.backToCaseload")}</NavLink>
      </p>
      <p className="text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">
        {t("workspace.household.label")} {reference}
      </p>
      <nav aria-label={t("workspace.tabs.label", { reference })}>
        <ul className="flex flex-wrap gap-2 border-b border-gray-300 pb-2">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink
                to={tab.to}
                end={tab.end}
                className={({ isActive }) =>
                  `inline-block rounded-md px-3 py-1 ${isActive ? "bg-[var(--color-brand-700)] font-semibold text-white no-underline" : ""}`
                }
              >
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
