import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CollectiveNeedCard as Card } from "~/models/collective-need.server";

export function CollectiveNeedCard({ need }: { need: Card }) {
  const { t } = useTranslation();
  return (
    <article className="card flex h-full flex-col gap-2">
      <p className="text-sm text-[var(--color-muted)]">
        {need.neighbourhoodName} · {t(`vocab.collectiveNeedStatus.${need.status}`)}
      </p>
      <h3 className="text-lg font-semibold">
        <Link to={`/vragen/${need.slug}`}>{need.title}</Link>
      </h3>
      <p className="line-clamp-3">{need.description}</p>
      <ul className="mt-auto flex flex-wrap gap-1 text-sm">
        <li className="badge">{t(`vocab.domain.${need.domain}`)}</li>
        <li className="badge">{t(`vocab.targetGroup.${need.targetGroup}`)}</li>
      </ul>
    </article>
  );
}
