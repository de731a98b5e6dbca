import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InitiativeFacts } from "~/components/directory/initiative-facts";
import { InitiativeCard } from "~/components/initiative-card";
import { PlaceMap } from "~/components/map/place-map";
import { JsonLd } from "~/components/open-data/json-ld";
import { getInitiativePage } from "~/models/directory.server";
import { mappingContext } from "~/models/open-data/api.server";
import { initiativeJsonLd } from "~/models/open-data/json-ld";
import { notFound } from "~/utils/guards.server";
import { formatPostcode } from "~/utils/geo";
import { mapTiles } from "~/utils/map-tiles.server";
import { message, metaPage, metaTitle } from "~/utils/meta";
import { formatDate } from "~/utils/dates";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  if (!data) return metaTitle(matches, "errors.notFoundTitle");
  const { initiative } = data;
  return metaPage(
    matches,
    initiative.title,
    message(matches, "directory.initiative.metaDescription", { summary: initiative.summary, organisation: initiative.organisation.name }),
  );
};

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,250}$/.test(slug)) notFound();
  const postcode = new URL(request.url).searchParams.get("postcode")?.slice(0, 20) || undefined;
  const initiative = getInitiativePage(slug, { postcode });
  if (!initiative) notFound();
  return {
    initiative,
    postcode: postcode ? formatPostcode(postcode) : undefined,
    jsonLd: initiativeJsonLd(initiative, mappingContext()),
    tiles: initiative.place ? mapTiles() : null,
  };
}

export default function InitiativeDetail() {
  const { t, i18n } = useTranslation();
  const { initiative, postcode, jsonLd, tiles } = useLoaderData<typeof loader>();
  const confirmed = formatDate(initiative.lastConfirmedAt, i18n.language);
  const related = initiative.related;
  return (
    <article className="space-y-6" aria-labelledby="initiative-title">
      <JsonLd data={jsonLd} />
      <p>
        <Link to={postcode ? `/initiatieven?postcode=${encodeURIComponent(postcode)}` : "/initiatieven"}>
          {t("directory.initiative.backToSearch")}
        </Link>
      </p>
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
          {initiative.description ? (
            <div className="max-w-3xl space-y-3 whitespace-pre-line">{initiative.description}</div>
          ) : null}
          <InitiativeFacts initiative={initiative} postcodeText={postcode} />
          <p className="text-sm text-[var(--color-muted)]">{t("common.lastConfirmed", { date: confirmed })}</p>
        </div>
        <aside className="space-y-4">
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

      {related.length > 0 ? (
        <section aria-labelledby="related-title">
          <h2 id="related-title">{t("directory.initiative.related")}</h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {related.map((card) => (
              <li key={card.slug}>
                <InitiativeCard initiative={card} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
