import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { InitiativeFacts } from "~/components/directory/initiative-facts";
import { PlaceMap } from "~/components/map/place-map";
import type { InitiativePage } from "~/models/directory.server";
import type { MapTiles } from "~/utils/map-tiles.server";
import { formatDate } from "~/utils/dates";

/**
 * An initiative as the public sees it: on its own page, and for the admin who checks a listing
 * before it goes public. `top` comes before the title, `takingPart` heads the side column and
 * `children` follow the page.
 */
export function InitiativeArticle({
  initiative,
  postcode,
  tiles,
  top,
  takingPart,
  children,
}: {
  initiative: InitiativePage;
  postcode?: string;
  tiles: MapTiles | null;
  top: ReactNode;
  takingPart: ReactNode;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const confirmed = formatDate(initiative.lastConfirmedAt, i18n.language);
  return (
    <article className="space-y-6" aria-labelledby="initiative-title">
      {top}
      <header className="space-y-2">
        <p className="text-sm text-[var(--color-muted)]">
          {t(`vocab.kind.${initiative.kind}`)} · {t("directory.initiative.by")}{" "}
          <Link to={`/organisaties/${initiative.organisation.slug}`}>{initiative.organisation.name}</Link>
          {initiative.organisation.verified ? <span className="badge ml-2">{t("common.verified")}</span> : null}
        </p>
        <h1 id="initiative-title">{initiative.title}</h1>
        <p className="max-w-3xl text-lg">{initiative.summary}</p>
      </header>

      {initiative.stale ? (
        <p className="rounded-md border-l-4 border-[var(--color-warn-700)] bg-[var(--color-warn-50)] p-3 font-medium text-[var(--color-warn-700)]">
          {t("directory.initiative.stale")}
        </p>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          {initiative.description ? <div className="max-w-3xl space-y-3 whitespace-pre-line">{initiative.description}</div> : null}
          <InitiativeFacts initiative={initiative} postcodeText={postcode} />
          <p className="text-sm text-[var(--color-muted)]">{t("common.lastConfirmed", { date: confirmed })}</p>
        </div>
        <aside className="space-y-4">
          {takingPart}
          {initiative.kind === "volunteers" ? (
            <Link to={`/initiatieven/${initiative.slug}/aanmelden`} className="btn btn-primary">
              {t("directory.initiative.volunteer")}
            </Link>
          ) : null}
          {initiative.schedule.length > 0 ? (
            <div className="space-y-1">
              {/* A plain link: the browser hands the file to the calendar app. */}
              <a href={`/initiatieven/${initiative.slug}/agenda.ics`} className="btn btn-secondary" aria-describedby="add-to-calendar-hint">
                {t("openData.calendar.add")}
              </a>
              <p id="add-to-calendar-hint" className="text-sm text-[var(--color-muted)]">
                {t("openData.calendar.addHint")}
              </p>
            </div>
          ) : null}
          {initiative.place ? (
            <PlaceMap
              place={initiative.place}
              address={[initiative.address, initiative.postcode].filter(Boolean).join(", ")}
              title={initiative.title}
              tiles={tiles}
            />
          ) : null}
          <div className="card space-y-1">
            <h2 className="text-lg">{t("directory.initiative.organisation")}</h2>
            <p>
              <Link to={`/organisaties/${initiative.organisation.slug}`}>{initiative.organisation.name}</Link>
            </p>
            <p className="text-sm">{initiative.organisation.verified ? t("common.verified") : t("common.notVerified")}</p>
          </div>
        </aside>
      </div>

      {children}
    </article>
  );
}
