import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useRootData } from "~/utils/root-data";
import { navigationFor } from "~/utils/navigation";

function LanguageSwitch() {
  const { t } = useTranslation();
  const root = useRootData();
  const location = useLocation();
  const other = root?.locale === "en" ? "nl" : "en";
  return (
    <Form method="post" action="/taal" className="inline" reloadDocument>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <button type="submit" className="underline" lang={other} aria-label={t("language.switchToLabel")}>
        {t("language.switchTo")}
      </button>
    </Form>
  );
}

function AccountLinks() {
  const { t } = useTranslation();
  const root = useRootData();
  const location = useLocation();
  const user = root?.user;
  if (!user) {
    const redirectTo = location.pathname === "/" ? "" : `?terug=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <>
        <Link to={`/inloggen${redirectTo}`}>{t("nav.login")}</Link>
        <Link to="/registreren" className="btn btn-secondary py-1">
          {t("nav.register")}
        </Link>
      </>
    );
  }
  return (
    <>
      <Link to="/meldingen" aria-label={t("nav.notificationsUnread", { count: user.unread })} className="relative no-underline">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="inline h-5 w-5 fill-current align-text-bottom">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {user.unread > 0 ? (
          <span aria-hidden="true" className="ml-1 rounded-full bg-[var(--color-danger-700)] px-1.5 text-xs font-bold text-white">
            {user.unread}
          </span>
        ) : null}
      </Link>
      <Link to="/account">{t("nav.account")}</Link>
      <Form method="post" action="/uitloggen" className="inline">
        <button type="submit" className="underline">
          {t("nav.logout")}
        </button>
      </Form>
    </>
  );
}

export function SiteHeader() {
  const { t } = useTranslation();
  const root = useRootData();
  const items = navigationFor(root?.user?.roles ?? ["visitor"]);
  return (
    <header className="border-b border-gray-300">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t("skipLink")}
      </a>
      <div className="site-header">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link to="/" className="flex items-center gap-3 no-underline">
            {root?.municipality.hasLogo ? <img src="/logo.svg" alt="" width="40" height="40" /> : null}
            <span className="text-xl font-bold">{t("appName")}</span>
            {root ? <span className="text-sm">{root.municipality.name}</span> : null}
          </Link>
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <AccountLinks />
            <LanguageSwitch />
          </div>
        </div>
      </div>
      <nav aria-label={t("nav.label")} className="border-t border-gray-200 bg-[var(--color-brand-50)]">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-5 gap-y-1 px-4 py-2">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.to === "/mijn-organisatie" || item.to === "/werkplek" || item.to === "/beheer"}
                className={({ isActive }) => (isActive ? "font-bold text-[var(--color-brand-800)]" : "")}
              >
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
