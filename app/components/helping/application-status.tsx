import { useTranslation } from "react-i18next";
import type { ApplicationStatus } from "~/domain/vocabulary";

const tone: Record<ApplicationStatus, string> = {
  pending: "",
  accepted: "border border-[var(--color-brand-700)]",
  declined: "bg-[var(--color-danger-50)] text-[var(--color-danger-700)]",
  withdrawn: "bg-white text-[var(--color-muted)] border border-[var(--color-muted)]",
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${tone[status]}`}>{t(`vocab.applicationStatus.${status}`)}</span>;
}
