import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { TeamNeed } from "~/models/collective-need";

export function TeamNeedList({ needs }: { needs: TeamNeed[] }) {
  const { t } = useTranslation();
  if (needs.length === 0) return <p>{t("collective.signals.noTeamNeeds")}</p>;
  return (
    <ul className="divide-y divide-[var(--color-brand-100)]">
      {needs.map((need) => (
        <li key={need.id} className="flex flex-wrap items-baseline gap-2 py-2">
          <Link to={`/werkplek/vragen/${need.id}`} className="font-semibold">
            {need.title}
          </Link>
          <span className="badge">{t(`vocab.collectiveNeedStatus.${need.status}`)}</span>
          <span className="text-sm text-[var(--color-muted)]">
            {need.neighbourhoodName} · {t(`vocab.domain.${need.domain}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
