import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const TEXTS: Record<number, { title: string; text: string }> = {
  400: { title: "errors.badRequestTitle", text: "errors.badRequestText" },
  403: { title: "errors.forbiddenTitle", text: "errors.forbiddenText" },
  404: { title: "errors.notFoundTitle", text: "errors.notFoundText" },
  413: { title: "errors.tooLargeTitle", text: "errors.tooLargeText" },
  415: { title: "errors.unsupportedTitle", text: "errors.unsupportedText" },
};

export function statusTexts(status: number) {
  return TEXTS[status] ?? { title: "errors.serverTitle", text: "errors.serverText" };
}

/** The 400, 403, 404, 413, 415 and 500 pages, in the user's language. */
export function StatusPage({ status }: { status: number }) {
  const { t } = useTranslation();
  const texts = statusTexts(status);
  return (
    <section className="mx-auto max-w-xl py-12 text-center" aria-labelledby="status-title">
      <p className="text-5xl font-bold text-[var(--color-brand-700)]">{status}</p>
      <h1 id="status-title" className="mt-4">
        {t(texts.title)}
      </h1>
      <p className="mt-4 text-lg">{t(texts.text)}</p>
      <p className="mt-8">
        <Link to="/" className="btn btn-primary">
          {t("errors.backHome")}
        </Link>
      </p>
    </section>
  );
}
