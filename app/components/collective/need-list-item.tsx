import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { NeedListItem as Item } from "~/models/collective-need.server";

/** One need in the /vragen list: where, what for, what it asks and how many back it. */
export function NeedListItem({ need }: { need: Item }) {
  const { t } = useTranslation();
  return (
    <article className="card flex h-full flex-col gap-2">
      <p className="text-sm text-[var(--color-muted)]">
        {need.neighbourhoodName} · {t(`vocab.collectiveNeedStatus.${need.status}`)}
      </p>
      <h2 className="text-lg font-semibold">
        <Link to={`/vragen/${need.slug}`}>{need.title}</Link>
      </h2>
      <p className="line-clamp-3">{need.description}</p>
      <ul className="flex flex-wrap gap-1 text-sm" aria-label={t("collective.page.domain")}>
        <li className="badge">{t(`vocab.domain.${need.domain}`)}</li>
        <li className="badge">{t(`vocab.targetGroup.${need.targetGroup}`)}</li>
      </ul>
      {need.kinds.length > 0 ? (
        <p className="text-sm">
          <span className="font-semibold">{t("collective.list.needs")}:</span>{" "}
          {need.kinds.map((kind) => t(`vocab.checklistKind.${kind}`)).join(", ")}
        </p>
      ) : null}
      <p className="mt-auto text-sm">{t("collective.list.supporters", { count: need.supporters })}</p>
    </article>
  );
}
