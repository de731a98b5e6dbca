import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CollectiveNeedCard as Card, NeedListItem } from "~/models/collective-need";

/** A collective need in a list; the /vragen list adds what it asks for and how many back it. */
export function CollectiveNeedCard({ need, headingLevel = 3 }: { need: Card | NeedListItem; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const details = "supporters" in need ? need : null;
  return (
    <article className="card flex h-full flex-col gap-2">
      <p className="text-sm text-[var(--color-muted)]">
        {need.neighbourhoodName} · {t(`vocab.collectiveNeedStatus.${need.status}`)}
      </p>
      <Heading className="text-lg font-semibold">
        <Link to={`/vragen/${need.slug}`}>{need.title}</Link>
      </Heading>
      <p className="line-clamp-3">{need.description}</p>
      <ul className="flex flex-wrap gap-1 text-sm" aria-label={t("collective.page.domain")}>
        <li className="badge">{t(`vocab.domain.${need.domain}`)}</li>
        <li className="badge">{t(`vocab.targetGroup.${need.targetGroup}`)}</li>
      </ul>
      {details && details.kinds.length > 0 ? (
        <p className="text-sm">
          <span className="font-semibold">{t("collective.list.needs")}:</span> {details.kinds.map((kind) => t(`vocab.checklistKind.${kind}`)).join(", ")}
        </p>
      ) : null}
      {details ? <p className="mt-auto text-sm">{t("collective.list.supporters", { count: details.supporters })}</p> : null}
    </article>
  );
}

/** Collective needs as a grid of cards, or the sentence that says there are none. */
export function CollectiveNeedGrid({ needs, empty, headingLevel }: { needs: (Card | NeedListItem)[]; empty: string; headingLevel?: 2 | 3 }) {
  if (needs.length === 0) return <p className="mt-4">{empty}</p>;
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {needs.map((need) => (
        <li key={need.slug}>
          <CollectiveNeedCard need={need} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
