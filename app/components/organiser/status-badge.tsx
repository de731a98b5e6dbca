import { useTranslation } from "react-i18next";
import type { InitiativeStatus } from "~/domain/vocabulary";

const TONES: Record<InitiativeStatus, string> = {
  draft: "bg-gray-100 text-gray-800",
  submitted: "bg-[var(--color-warn-50)] text-[var(--color-warn-700)]",
  published: "bg-[var(--color-brand-50)] text-[var(--color-brand-800)]",
  paused: "bg-gray-100 text-gray-800",
  archived: "bg-gray-100 text-gray-700",
};

export function ListingStatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONES[status]}`}>{t(`vocab.initiativeStatus.${status}`)}</span>;
}
