import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { InitiativeCard as Card } from "~/models/initiative.server";
import { initiativeHref } from "~/utils/initiative-href";
import { formatKm } from "~/utils/geo";
import { describeSchedule } from "~/utils/schedule";

/**
 * One listing in a list. `linkQuery` carries the visitor's search to the initiative page, so it
 * can show the distance there too and lead back to the same results.
 */
export function InitiativeCard({ initiative, headingLevel = 3, linkQuery }: { initiative: Card; headingLevel?: 2 | 3; linkQuery?: string }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const href = initiativeHref(initiative.slug, linkQuery);
  const schedule = describeSchedule(initiative.schedule, t, i18n.language);
  return (
    <article className="card flex h-full flex-col gap-2">
      <p className="text-sm text-[var(--color-muted)]">
        {t(`vocab.kind.${initiative.kind}`)} · {initiative.organisationName}
      </p>
      <Heading className="text-lg font-semibold">
        <Link to={href}>{initiative.title}</Link>
      </Heading>
      <p>{initiative.summary}</p>
      {schedule.length > 0 ? (
        <p className="text-sm">
          <span className="font-semibold">{t("directory.card.when")}</span> {schedule.join("; ")}
        </p>
      ) : null}
      <ul className="mt-auto flex flex-wrap gap-1 text-sm">
        {initiative.domains.map((domain) => (
          <li key={domain} className="badge">
            {t(`vocab.domain.${domain}`)}
          </li>
        ))}
        <li className="badge">{t(`takingPart.short.${initiative.takingPart}`)}</li>
        {initiative.isFree ? <li className="badge">{t("common.free")}</li> : null}
        {initiative.isOnline ? <li className="badge">{t("common.online")}</li> : null}
        {!initiative.isOnline && initiative.neighbourhoodName ? <li className="badge">{initiative.neighbourhoodName}</li> : null}
        {typeof initiative.distanceKm === "number" ? (
          <li className="badge">{t("directory.card.distance", { km: formatKm(initiative.distanceKm, i18n.language) })}</li>
        ) : null}
      </ul>
    </article>
  );
}
