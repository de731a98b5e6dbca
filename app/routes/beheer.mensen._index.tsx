import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { findPeople } from "~/models/people-admin.server";
import { requirePermission } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { tableScroll } from "~/components/ui/table-scroll";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "platform.people.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  const result = findPeople(actor, q);
  throwIfRefused(result);
  return { q, people: result.people };
}

export default function AdminPeople() {
  const { t } = useTranslation();
  const { q, people } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("platform.people.title")}</h1>
      <p className="max-w-3xl">{t("platform.people.intro")}</p>
      <Form method="get" role="search" className="card flex flex-wrap items-end gap-3">
        <div className="grow space-y-1">
          <label htmlFor="people-q" className="block font-semibold">
            {t("platform.people.search")}
          </label>
          <input id="people-q" name="q" type="search" className="input" defaultValue={q} maxLength={100} />
        </div>
        <button type="submit" className="btn btn-primary">
          {t("platform.people.searchButton")}
        </button>
      </Form>
      <section aria-labelledby="people-results" className="space-y-3">
        <h2 id="people-results">{q ? t("platform.people.results") : t("platform.people.recent")}</h2>
        {people.length === 0 ? <p>{t("platform.people.none")}</p> : null}
        {people.length > 0 ? (
          <div {...tableScroll(t("common.tableScroll"))}>
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-gray-300">
                  <th scope="col" className="p-2">
                    {t("platform.people.colName")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("platform.people.colEmail")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("platform.people.colStatus")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.map((person) => (
                  <tr key={person.id} className="border-b border-gray-200">
                    <th scope="row" className="p-2 font-semibold">
                      <Link to={`/beheer/mensen/${person.id}`} aria-label={t("platform.people.open", { name: person.name })}>
                        {person.name}
                      </Link>
                    </th>
                    <td className="p-2">{person.email}</td>
                    <td className="p-2">
                      {person.blocked ? t("platform.people.blocked") : t("platform.people.active")}
                      {person.isAdmin ? ` · ${t("platform.people.admin")}` : ""}
                      {person.isPolicyAdvisor ? ` · ${t("platform.platformRole.policy_advisor")}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
