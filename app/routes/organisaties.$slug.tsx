import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "~/components/directory/pagination";
import { InitiativeCard } from "~/components/initiative-card";
import { JsonLd } from "~/components/open-data/json-ld";
import { getOrganisationPage } from "~/models/directory.server";
import { mappingContext } from "~/models/open-data/api.server";
import { organisationJsonLd } from "~/models/open-data/json-ld";
import { notFound } from "~/utils/guards.server";
import { message, metaPage, metaTitle } from "~/utils/meta";
import { EmailLink, PhoneLink } from "~/components/ui/contact-link";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  if (!data) return metaTitle(matches, "errors.notFoundTitle");
  const { organisation } = data;
  const description = organisation.description.slice(0, 160) || message(matches, "directory.organisation.metaDescription", { name: organisation.name });
  return metaPage(matches, organisation.name, description);
};

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,250}$/.test(slug)) notFound();
  const page = Number(new URL(request.url).searchParams.get("pagina") ?? "1");
  const organisation = getOrganisationPage(slug, Number.isInteger(page) && page > 0 ? page : 1);
  if (!organisation) notFound();
  return { organisation, jsonLd: organisationJsonLd(organisation, mappingContext()) };
}

export default function OrganisationPage() {
  const { t } = useTranslation();
  const { organisation, jsonLd } = useLoaderData<typeof loader>();
  const { website, email, phone } = organisation;
  return (
    <div className="space-y-8">
      <JsonLd data={jsonLd} />
      <header className="space-y-2">
        <p className="text-sm text-[var(--color-muted)]">{t(`vocab.organisationKind.${organisation.kind}`)}</p>
        <h1>{organisation.name}</h1>
        <p>
          {organisation.verified ? (
            <>
              <span className="badge">{t("common.verified")}</span>{" "}
              <span className="text-sm text-[var(--color-muted)]">{t("directory.organisation.verifiedHint")}</span>
            </>
          ) : (
            <span className="badge">{t("common.notVerified")}</span>
          )}
        </p>
        {organisation.description ? <p className="max-w-3xl whitespace-pre-line text-lg">{organisation.description}</p> : null}
      </header>

      {website || email || phone ? (
        <section aria-labelledby="org-contact" className="card max-w-xl space-y-1">
          <h2 id="org-contact" className="text-lg">
            {t("directory.organisation.contact")}
          </h2>
          <ul>
            {website && /^https?:\/\//i.test(website) ? (
              <li>
                {t("directory.initiative.website")}: <a href={website}>{website}</a>
              </li>
            ) : null}
            {email ? (
              <li>
                {t("directory.initiative.email")}: <EmailLink email={email} />
              </li>
            ) : null}
            {phone ? (
              <li>
                {t("directory.initiative.phone")}: <PhoneLink phone={phone} />
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="org-initiatives">
        <h2 id="org-initiatives">{t("directory.organisation.initiatives")}</h2>
        <p className="mt-1">{t("directory.organisation.initiativesCount", { count: organisation.total })}</p>
        {organisation.total === 0 ? (
          <p className="mt-4">{t("directory.organisation.noInitiatives")}</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {organisation.initiatives.map((initiative) => (
              <li key={initiative.slug}>
                <InitiativeCard initiative={initiative} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={organisation.page}
          pageCount={organisation.pageCount}
          hrefFor={(page) => `/organisaties/${organisation.slug}${page > 1 ? `?pagina=${page}` : ""}`}
        />
      </section>
    </div>
  );
}
