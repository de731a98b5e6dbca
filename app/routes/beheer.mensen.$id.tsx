import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/dates";
import { PersonHistory, PersonRoles, PersonTeams } from "~/components/platform/person-sections";
import { getPerson, setBlocked, setPlatformRole } from "~/models/people-admin.server";
import { addTeamMember, removeTeamMember, teamsManagedBy } from "~/models/team-membership.server";
import { personActionSchema } from "~/schemas/platform";
import { notFound, requirePermission } from "~/utils/guards.server";
import { message, siteName } from "~/utils/meta";
import { redirectWithToast, type Toast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  { title: `${message(matches, "platform.people.personTitle", { name: data?.person.name ?? "" })} · ${siteName(matches)}` },
];

function personId(param: string | undefined) {
  if (!param || !/^[0-9a-f-]{36}$/i.test(param)) notFound();
  return param;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const found = getPerson(actor, personId(params.id));
  throwIfRefused(found);
  return { person: found.person, teams: teamsManagedBy(actor), me: actor.id };
}

const TEAM_ERRORS = {
  no_account: "platform.members.noAccount",
  already_member: "platform.members.alreadyMember",
  not_member: "platform.members.notMember",
} as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const userId = personId(params.id);
  const back = `/beheer/mensen/${userId}`;
  const { submission } = await parseForm(request, personActionSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = submission.value;
  const found = getPerson(actor, userId);
  throwIfRefused(found);
  const done = (toast: Toast) => redirectWithToast(back, toast);
  switch (input.intent) {
    case "role": {
      const result = setPlatformRole(actor, { userId, role: input.role, granted: input.granted });
      throwIfRefused(result);
      if (!result.ok) return done({ key: "platform.people.notSelf", tone: "error" });
      return done({ key: input.granted ? "platform.people.roleGranted" : "platform.people.roleRevoked" });
    }
    case "block": {
      const result = setBlocked(actor, { userId, blocked: input.blocked });
      throwIfRefused(result);
      if (!result.ok) return done({ key: "platform.people.notSelf", tone: "error" });
      return done({ key: input.blocked ? "platform.people.blockedDone" : "platform.people.unblockedDone" });
    }
    case "addTeam": {
      const result = addTeamMember(actor, { teamId: input.teamId, email: found.person.email, role: input.role });
      if (!result.ok && result.error === "not_found") {
        return data(submission.reply({ fieldErrors: { teamId: ["form.invalidChoice"] } }), { status: 400 });
      }
      throwIfRefused(result);
      if (!result.ok) return data(submission.reply({ fieldErrors: { teamId: [TEAM_ERRORS[result.error]] } }), { status: 400 });
      return done({ key: "platform.members.added", params: { name: result.name } });
    }
    case "removeTeam": {
      const result = removeTeamMember(actor, { teamId: input.teamId, userId });
      throwIfRefused(result);
      if (!result.ok) return done({ key: TEAM_ERRORS[result.error], tone: "error" });
      return done({ key: "platform.members.removed", params: { name: result.name } });
    }
  }
}

export default function AdminPerson() {
  const { t, i18n } = useTranslation();
  const { person, teams, me } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to="/beheer/mensen">← {t("platform.people.title")}</Link>
      </p>
      <header className="space-y-1">
        <h1>{t("platform.people.personTitle", { name: person.name })}</h1>
        <p>
          {person.email} · {t("platform.people.since", { date: formatDate(person.createdAt, i18n.language) })}
          {person.blocked ? <strong> · {t("platform.people.blocked")}</strong> : null}
        </p>
      </header>
      <PersonTeams person={person} teams={teams} lastResult={lastResult} />
      <section aria-labelledby="person-organisations" className="card space-y-2">
        <h2 id="person-organisations">{t("platform.people.organisations")}</h2>
        {person.organisations.length === 0 ? <p>{t("platform.people.noOrganisations")}</p> : null}
        <ul className="list-disc pl-6">
          {person.organisations.map((organisation) => (
            <li key={organisation.id}>
              <Link to={`/mijn-organisatie/${organisation.id}`}>{organisation.name}</Link> · {t(`vocab.organisationRole.${organisation.role}`)}
            </li>
          ))}
        </ul>
      </section>
      {person.id === me ? null : <PersonRoles person={person} />}
      <PersonHistory history={person.history} />
    </div>
  );
}
