import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useRootData } from "~/utils/root-data";

export function SiteFooter() {
  const { t } = useTranslation();
  const municipality = useRootData()?.municipality.name;
  return (
    <footer className="site-footer mt-12 border-t border-gray-300">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm">
        <p className="font-semibold">{municipality ? t("footer.productOf", { municipality }) : t("appName")}</p>
        <p>{t("footer.about")}</p>
        <p>{t("footer.privacy")}</p>
        <p>{t("footer.demo")}</p>
        <p>
          <Link to="/open-data">{t("openData.footerLink")}</Link>
        </p>
        <ul className="flex flex-wrap gap-4 pt-2">
          <li>
            <Link to="/toegankelijkheid">{t("statements.footerAccessibility")}</Link>
          </li>
          <li>
            <Link to="/privacy">{t("statements.footerPrivacy")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
