import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "./utils/i18n";

// The messages arrive in /locales/<lang>.js, loaded by a blocking script before this module runs.
const locale = document.documentElement.lang || "nl";
const i18n = createI18n(locale, globalThis.__wmMessages?.[locale] ?? {});

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <RemixBrowser />
      </I18nextProvider>
    </StrictMode>,
  );
});
