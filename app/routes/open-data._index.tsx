import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getOpenDataPage } from "~/models/open-data/page.server";
import { message, metaPage } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) =>
  metaPage(matches, message(matches, "openData.page.title"), message(matches, "openData.page.metaDescription"));

export const loader = () => getOpenDataPage();

const API = "/api/hsds/v3";

export default function OpenDataPage() {
  const { t } = useTranslation();
  const page = useLoaderData<typeof loader>();
  const { examples } = page;
  const endpoints: { key: string; path: string; example: string | null }[] = [
    { key: "root", path: `${API}/`, example: `${API}/` },
    { key: "openapi", path: `${API}/openapi.json`, example: `${API}/openapi.json` },
    { key: "services", path: `${API}/services`, example: `${API}/services?per_page=10` },
    { key: "service", path: `${API}/services/{id}`, example: examples.serviceId ? `${API}/services/${examples.serviceId}` : null },
    { key: "servicesNdjson", path: `${API}/services?format=ndjson`, example: `${API}/services?format=ndjson` },
    { key: "organizations", path: `${API}/organizations`, example: `${API}/organizations` },
    {
      key: "serviceAtLocations",
      path: `${API}/service_at_locations`,
      example: examples.postcode ? `${API}/service_at_locations?postcode=${examples.postcode}&proximity=2000` : `${API}/service_at_locations`,
    },
    { key: "taxonomies", path: `${API}/taxonomies`, example: `${API}/taxonomies` },
    { key: "taxonomyTerms", path: `${API}/taxonomy_terms`, example: `${API}/taxonomy_terms?taxonomy_id=${examples.lifeDomainTaxonomyId}` },
  ];
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1>{t("openData.page.title")}</h1>
        <p className="text-lg">{t("openData.page.intro")}</p>
      </header>

      <section aria-labelledby="what-title" className="space-y-3">
        <h2 id="what-title">{t("openData.page.whatTitle")}</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("openData.page.whatPublished")}</li>
          <li>{t("openData.page.whatOrganisations")}</li>
          <li>{t("openData.page.whatVocabularies")}</li>
        </ul>
        <p>{t("openData.page.whatNot")}</p>
      </section>

      <section aria-labelledby="licence-title" className="space-y-3">
        <h2 id="licence-title">{t("openData.page.licenceTitle")}</h2>
        <p>
          {t("openData.page.licenceText")} <a href={page.licence.url}>{page.licence.name}</a> ({page.licence.id}).
        </p>
        <p>
          {t("openData.page.hsdsAttribution")} <a href={page.attribution.licence.url}>{page.attribution.licence.name}</a> (
          <a href={page.attribution.url}>openreferral.org</a>).
        </p>
      </section>

      <section aria-labelledby="hsds" className="space-y-3">
        <h2 id="hsds">{t("openData.page.apiTitle")}</h2>
        <p>{t("openData.page.apiText", { max: page.maxPerPage })}</p>
        <p>{t("openData.page.limitsText")}</p>
        <ul className="space-y-3">
          {endpoints.map((endpoint) => (
            <li key={endpoint.key} className="card space-y-1">
              <p className="font-medium">{t(`openData.page.endpoints.${endpoint.key}`)}</p>
              <p>
                <code className="break-all">GET {endpoint.path}</code>
                {endpoint.example ? (
                  <>
                    {" · "}
                    <a href={endpoint.example} aria-label={`${t("openData.page.exampleLink")}: ${t(`openData.page.endpoints.${endpoint.key}`)}`}>
                      {t("openData.page.exampleLink")}
                    </a>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="calendars-title" className="space-y-3">
        <h2 id="calendars-title">{t("openData.page.calendarsTitle")}</h2>
        <p>{t("openData.page.calendarsText")}</p>
        {examples.neighbourhood ? (
          <p>
            <a href={`/wijken/${examples.neighbourhood.slug}/agenda.ics`}>{t("openData.page.calendarExample", { name: examples.neighbourhood.name })}</a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="csv-title" className="space-y-3">
        <h2 id="csv-title">{t("openData.page.csvTitle")}</h2>
        <p>{t("openData.page.csvText")}</p>
        <a href="/open-data/aanbod.csv" download className="btn btn-secondary">
          {t("openData.page.csvButton")}
        </a>
      </section>
    </div>
  );
}
