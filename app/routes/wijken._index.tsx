import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listNeighbourhoods } from "~/models/directory.server";
import { message, metaPage } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) =>
  metaPage(matches, message(matches, "directory.wijken.title"), message(matches, "directory.wijken.metaDescription"));

export async function loader() {
  return { neighbourhoods: listNeighbourhoods() };
}

export default function Neighbourhoods() {
  const { t } = useTranslation();
  const { neighbourhoods } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1>{t("directory.wijken.title")}</h1>
        <p className="max-w-3xl">{t("directory.wijken.intro")}</p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {neighbourhoods.map((neighbourhood) => (
          <li key={neighbourhood.slug}>
            <article className="card flex h-full flex-col gap-2">
              <h2 className="text-lg">
                <Link to={`/wijken/${neighbourhood.slug}`}>{neighbourhood.name}</Link>
              </h2>
              <p className="line-clamp-3">{neighbourhood.description}</p>
              <ul className="mt-auto flex flex-wrap gap-1 text-sm">
                <li className="badge">{t("directory.wijken.initiatives", { count: neighbourhood.initiatives })}</li>
                <li className="badge">{t("directory.wijken.needs", { count: neighbourhood.openNeeds })}</li>
              </ul>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
