import { Link, useLocation } from "@remix-run/react";
import { createInstance, type TFunction } from "i18next";
import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "~/locales";
import type { PrintMessages } from "./print-language.server";

/** A translate function for the paper's language, from the messages the loader sent. */
export function usePrintT(locale: Locale, messages: PrintMessages): TFunction {
  return useMemo(() => {
    const instance = createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: false,
      resources: { [locale]: { translation: messages } },
      interpolation: { escapeValue: false },
      initImmediate: false,
    });
    return instance.t;
  }, [locale, messages]);
}

/**
 * A page meant for paper: a toolbar for the screen (back, language of the paper, print) and the
 * sheet itself in that language. The print stylesheet hides the toolbar, header and footer.
 */
export function PrintSheet({ locale, back, children }: { locale: Locale; back: { to: string; label: string }; children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="space-y-6">
      <div className="no-print flex flex-wrap items-center gap-4">
        <Link to={back.to}>{back.label}</Link>
        <nav aria-label={t("print.language")}>
          <ul className="flex gap-2">
            {(["nl", "en"] as const).map((language) => (
              <li key={language}>
                <Link
                  to={language === "nl" ? pathname : `${pathname}?taal=en`}
                  lang={language}
                  hrefLang={language}
                  aria-current={language === locale ? "page" : undefined}
                  className={`btn ${language === locale ? "btn-primary" : "btn-secondary"}`}
                >
                  {t(`print.names.${language}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <PrintButton />
      </div>
      <article lang={locale} className="print-sheet card mx-auto max-w-3xl space-y-5 text-lg">
        {children}
      </article>
    </div>
  );
}

function PrintButton() {
  const { t } = useTranslation();
  return (
    <div className="space-y-1">
      <button type="button" className="btn btn-primary" onClick={() => window.print()}>
        {t("print.print")}
      </button>
      <p className="text-sm text-[var(--color-muted)]">{t("print.printHint")}</p>
    </div>
  );
}
