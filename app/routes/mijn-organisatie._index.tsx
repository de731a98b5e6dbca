import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listMyOrganisations } from "~/models/organisation.server";
import { requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "organiser.mine.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  return { organisations: listMyOrganisations(actor) };
}

export default function MyOrganisations() {
  const { t } = useTranslation();
  const { organisations } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1>{t("organiser.mine.title")}</h1>
      <p>{t("organiser.mine.intro")}</p>
      {organisations.length === 0 ? <p>{t("organiser.mine.none")}</p> : null}
      <ul className="space-y-3">
        {organisations.map((organisation) => (
          <li key={organisation.id} className="card flex flex-wrap items-center justify-between gap-3">
            <div>
              <h2 className="text-lg">
                <Link to={`/mijn-organisatie/${organisation.id}`}>{organisation.name}</Link>
              </h2>
              <p className="text-sm text-[var(--color-muted)]">
                {t("organiser.mine.role", { role: t(`vocab.organisationRole.${organisation.role}`) })} ·{" "}
                {t("organiser.mine.listings", { count: organisation.listings })}
              </p>
            </div>
            <span className="badge">{organisation.verified ? t("common.verified") : t("common.notVerified")}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/mijn-organisatie/nieuw" className="btn btn-primary">
          {t("organiser.mine.register")}
        </Link>
      </p>
    </div>
  );
}
