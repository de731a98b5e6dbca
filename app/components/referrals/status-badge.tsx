import { useTranslation } from "react-i18next";
import type { ReferralStatus } from "~/domain/vocabulary";

const TONE: Record<ReferralStatus, string> = {
  draft: "",
  sent: "bg-[var(--color-warn-50)] text-[var(--color-warn-700)]",
  waitlisted: "bg-[var(--color-warn-50)] text-[var(--color-warn-700)]",
  accepted: "",
  started: "",
  completed: "",
  declined: "bg-[var(--color-danger-50)] text-[var(--color-danger-700)]",
  withdrawn: "bg-gray-100 text-[var(--color-ink)]",
  could_not_contact: "bg-[var(--color-danger-50)] text-[var(--color-danger-700)]",
  stopped: "bg-gray-100 text-[var(--color-ink)]",
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`vocab.referralStatus.${status}`)}</span>;
}
