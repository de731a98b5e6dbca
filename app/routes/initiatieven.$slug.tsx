import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InitiativeFacts } from "~/components/directory/initiative-facts";
import { TakingPartPanel } from "~/components/directory/taking-part-panel";
import { InitiativeCard } from "~/components/initiative-card";
import { PlaceMap } from "~/components/map/place-map";
import { JsonLd } from "~/components/open-data/json-ld";
import { getInitiativePage } from "~/models/directory.server";
import { mappingContext } from "~/models/open-data/api.server";
import { initiativeJsonLd } from "~/models/open-data/json-ld";
import { cancelSignUp, isSignedUp, signUp } from "~/models/participation.server";
import { initiativeHref, returnQuery, searchFromReturn, searchHref } from "~/schemas/search";
import { signUpSchema } from "~/schemas/taking-part";
import { parseFormData, readForm } from "~/utils/form.server";
import { getActor, notFound, requireUser } from "~/utils/guards.server";
import { redirectWithToast } from "~/utils/toast.server";
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

function slugOf(params: { slug?: string }) {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,250}$/.test(slug)) notFound();
  return slug;
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = slugOf(params);
  const query = new URL(request.url).searchParams;
  const from = searchFromReturn(query);
  const postcode = (query.get("postcode") ?? from?.postcode)?.slice(0, 20) || undefined;
  const initiative = getInitiativePage(slug, { postcode });
  if (!initiative) notFound();
  const actor = await getActor(request);
  return {
    initiative,
    postcode: postcode ? formatPostcode(postcode) : undefined,
    backToSearch: searchHref(from ?? { postcode }),
    linkQuery: from ? returnQuery(from) : undefined,
    jsonLd: initiativeJsonLd(initiative, mappingContext()),
    tiles: initiative.place ? mapTiles() : null,
    signedIn: actor !== null,
    signedUp: isSignedUp(actor, initiative.id),
  };
}

/** Signing up and cancelling; both answer with a message on the same page. */
export async function action({ params, request }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const slug = slugOf(params);
  const from = searchFromReturn(new URL(request.url).searchParams);
  const here = initiativeHref(slug, from ? returnQuery(from) : undefined);
  const initiative = getInitiativePage(slug);
  if (!initiative) notFound();
  const submission = parseFormData(await readForm(request), signUpSchema);
  if (submission.status !== "success") notFound();
  if (submission.value.intent === "cancelSignUp") {
    const result = cancelSignUp(actor, { initiativeId: initiative.id });
    return redirectWithToast(here, result.ok ? { key: "takingPart.page.cancelled" } : { key: "takingPart.page.notSignedUp", tone: "error" });
  }
  const result = signUp(actor, { initiativeId: initiative.id });
  if (!result.ok) return redirectWithToast(here, { key: `takingPart.page.refused.${result.error}`, tone: "error" });
  return redirectWithToast(here, { key: result.already ? "takingPart.page.alreadySignedUp" : "takingPart.page.signedUp" });
}

export default function InitiativeDetail() {
  const { t, i18n } = useTranslation();
  const { initiative, postcode, backToSearch, linkQuery, jsonLd, tiles, signedIn, signedUp } = useLoaderData<typeof loader>();
  const confirmed = formatDate(initiative.lastConfirmedAt, i18n.language);
  const related = initiative.related;
  return (
    <article className="space-y-6" aria-labelledby="initiative-title">
      <JsonLd data={jsonLd} />
      <p>
        <Link to={backToSearch}>
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
          <TakingPartPanel initiative={initiative} signedIn={signedIn} signedUp={signedUp} />
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
                <InitiativeCard initiative={card} linkQuery={linkQuery} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
