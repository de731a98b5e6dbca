import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listNeighbourhoods } from "~/models/directory.server";
import { message, metaPage } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) =>
  metaPage(matches, message(matches, "directory.wijken.title"), message(matches, "directory.wijken.metaDescription"));

export async function loader() {
  return { wijken: listNeighbourhoods() };
}

export default function Neighbourhoods() {
  const { t } = useTranslation();
  const { wijken } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1>{t("directory.wijken.title")}</h1>
        <p className="max-w-3xl">{t("directory.wijken.intro")}</p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {wijken.map((wijk) => (
          <li key={wijk.slug}>
            <article className="card flex h-full flex-col gap-2">
              <h2 className="text-lg">
                <Link to={`/wijken/${wijk.slug}`}>{wijk.name}</Link>
              </h2>
              <p className="line-clamp-3">{wijk.description}</p>
              <ul className="mt-auto flex flex-wrap gap-1 text-sm">
                <li className="badge">{t("directory.wijken.initiatives", { count: wijk.initiatives })}</li>
                <li className="badge">{t("directory.wijken.needs", { count: wijk.openNeeds })}</li>
              </ul>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
