import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InitiativeArticle } from "~/components/directory/initiative-article";
import { TakingPartPanel } from "~/components/directory/taking-part-panel";
import { InitiativeCard } from "~/components/initiative-card";
import { JsonLd } from "~/components/open-data/json-ld";
import { getInitiativePage } from "~/models/directory.server";
import { mappingContext } from "~/models/open-data/api.server";
import { initiativeJsonLd } from "~/models/open-data/json-ld";
import { cancelSignUp, isSignedUp, signUp } from "~/models/participation.server";
import { returnQuery, searchFromReturn, searchHref } from "~/schemas/search";
import { initiativeHref } from "~/utils/initiative-href";
import { signUpSchema } from "~/schemas/taking-part";
import { parseFormData, readForm } from "~/utils/form.server";
import { getActor, notFound, requireUser } from "~/utils/guards.server";
import { redirectWithToast } from "~/utils/toast.server";
import { formatPostcode } from "~/utils/geo";
import { mapTiles } from "~/utils/map-tiles.server";
import { message, metaPage, metaTitle } from "~/utils/meta";

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
  const { t } = useTranslation();
  const { initiative, postcode, backToSearch, linkQuery, jsonLd, tiles, signedIn, signedUp } = useLoaderData<typeof loader>();
  const related = initiative.related;
  return (
    <InitiativeArticle
      initiative={initiative}
      postcode={postcode}
      tiles={tiles}
      top={
        <>
          <JsonLd data={jsonLd} />
          <p>
            <Link to={backToSearch}>{t("directory.initiative.backToSearch")}</Link>
          </p>
        </>
      }
      takingPart={<TakingPartPanel initiative={initiative} signedIn={signedIn} signedUp={signedUp} />}
    >
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
    </InitiativeArticle>
  );
}
