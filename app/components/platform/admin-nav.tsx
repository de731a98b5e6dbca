import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const LINKS = [
  { to: "/beheer", key: "platform.nav.overview", end: true },
  { to: "/beheer/controle", key: "platform.nav.queue", end: false },
  { to: "/beheer/wijken", key: "platform.nav.wijken", end: false },
  { to: "/beheer/teams", key: "platform.nav.teams", end: false },
  { to: "/beheer/mensen", key: "platform.nav.people", end: false },
  { to: "/beheer/teksten", key: "platform.nav.content", end: false },
];

/** The admin's own menu, on every /beheer page. */
export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("platform.nav.label")} className="mb-6 border-b border-gray-300 pb-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className={({ isActive }) => (isActive ? "font-bold" : "")}>
              {t(link.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
