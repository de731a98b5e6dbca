import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="mt-12 border-t border-gray-300 bg-white">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-[var(--color-muted)]">
        <p className="font-semibold text-[var(--color-ink)]">{t("appName")}</p>
        <p>{t("footer.about")}</p>
        <p>{t("footer.privacy")}</p>
        <p>{t("footer.demo")}</p>
        <p>
          <Link to="/open-data">{t("openData.footerLink")}</Link>
        </p>
      </div>
    </footer>
  );
}
