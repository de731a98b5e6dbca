import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TeamMembers } from "~/components/platform/team-members";
import { teamMembersAction } from "~/components/platform/team-members.server";
import { listTeamMembers, teamsManagedBy } from "~/models/team-membership.server";
import { forbidden, requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import type { Actor } from "~/utils/permissions";
import { readForm } from "~/utils/form.server";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "platform.members.myTeamTitle");

/** The teams this coordinator leads, and the one chosen with ?team= (the first by default). */
function chosenTeam(actor: Actor, request: Request) {
  const led = teamsManagedBy(actor).filter((team) => actor.teams.some((own) => own.id === team.id && own.role === "lead"));
  if (led.length === 0) forbidden();
  const requested = Number(new URL(request.url).searchParams.get("team"));
  return { led, team: led.find((team) => team.id === requested) ?? led[0]! };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const { led, team } = chosenTeam(actor, request);
  const members = listTeamMembers(actor, team.id);
  throwIfRefused(members);
  return { led, team, members: members.members };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const { team } = chosenTeam(actor, request);
  return teamMembersAction(actor, team.id, await readForm(request), `/werkplek/team?team=${team.id}`);
}

export default function MyTeam() {
  const { t } = useTranslation();
  const { led, team, members } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1>{t("platform.members.myTeamTitle")}</h1>
      <p>{t("platform.members.myTeamIntro")}</p>
      {led.length > 1 ? (
        <ul className="flex flex-wrap gap-4">
          {led.map((other) => (
            <li key={other.id}>
              <Link to={`/werkplek/team?team=${other.id}`} aria-current={other.id === team.id ? "page" : undefined}>
                {other.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <TeamMembers key={team.id} team={team} members={members} canAppointLeads={false} lastResult={lastResult} />
    </div>
  );
}
