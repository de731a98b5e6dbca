import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Toast } from "~/utils/toast.server";

/** The confirmation after an action; announced to screen readers, closable. */
export function ToastMessage({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const error = toast.tone === "error";
  return (
    <div
      role="status"
      className={`mb-6 flex items-start justify-between gap-4 rounded-lg border-2 p-3 ${
        error ? "border-[var(--color-danger-700)] bg-[var(--color-danger-50)]" : "border-[var(--color-brand-600)] bg-[var(--color-brand-50)]"
      }`}
    >
      <p className="font-medium">{t(toast.key, toast.params)}</p>
      <button type="button" className="underline" onClick={() => setOpen(false)}>
        {t("common.dismiss")}
      </button>
    </div>
  );
}
