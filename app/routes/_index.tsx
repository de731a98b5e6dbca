import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CollectiveNeedGrid } from "~/components/collective-need-card";
import { InitiativeCard } from "~/components/initiative-card";
import { listOpenNeeds } from "~/models/collective-need";
import { listNewestInitiatives } from "~/models/initiative.server";
import { message, metaPage } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => metaPage(matches, message(matches, "home.title"), message(matches, "home.metaDescription"));

export async function loader() {
  return {
    initiatives: listNewestInitiatives(6),
    needs: listOpenNeeds(3),
  };
}

const FOR_WHOM = [
  { group: "Residents", to: "/initiatieven" },
  { group: "Consultants", to: "/werkplek" },
  // The way in for an organisation that is not on Wijkmarkt yet; a visitor logs in or registers first.
  { group: "Organisers", to: "/mijn-organisatie/nieuw" },
] as const;

export default function Home() {
  const { t } = useTranslation();
  const { initiatives, needs } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-12">
      <section aria-labelledby="hero-title" className="rounded-2xl bg-[var(--color-brand-50)] p-6 sm:p-10">
        <h1 id="hero-title">{t("home.heroTitle")}</h1>
        <p className="mt-3 max-w-2xl text-lg">{t("home.heroText")}</p>
        <Form method="get" action="/initiatieven" role="search" className="mt-6 flex max-w-xl flex-wrap gap-2">
          <label htmlFor="home-search" className="w-full font-semibold">
            {t("home.searchLabel")}
          </label>
          <input id="home-search" name="q" type="search" className="input flex-1" placeholder={t("home.searchPlaceholder")} />
          <button type="submit" className="btn btn-primary">
            {t("home.searchButton")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="for-whom">
        <h2 id="for-whom">{t("home.forWhom")}</h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {FOR_WHOM.map(({ group, to }) => (
            <li key={group} className="card">
              <h3>{t(`home.for${group}`)}</h3>
              <p className="mt-1">{t(`home.for${group}Text`)}</p>
              <p className="mt-2">
                <Link to={to}>{t(`home.for${group}Link`)}</Link>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="latest">{t("home.latestInitiatives")}</h2>
          <Link to="/initiatieven">{t("home.allInitiatives")}</Link>
        </div>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {initiatives.map((initiative) => (
            <li key={initiative.slug}>
              <InitiativeCard initiative={initiative} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="needs">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="needs">{t("home.openNeeds")}</h2>
          <Link to="/vragen">{t("home.allNeeds")}</Link>
        </div>
        <p className="mt-1">{t("home.openNeedsText")}</p>
        <CollectiveNeedGrid needs={needs} empty={t("home.noNeeds")} />
      </section>
    </div>
  );
}
