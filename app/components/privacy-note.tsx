import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Under every form that asks for personal data: where to read what happens with it. */
export function PrivacyNote() {
  const { t } = useTranslation();
  return (
    <p className="text-sm">
      <Link to="/privacy">{t("statements.privacyNote")}</Link>
    </p>
  );
}
