import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TeamMembers } from "~/components/platform/team-members";
import { teamMembersAction } from "~/components/platform/team-members.server";
import { CheckboxGroup, FormErrors, TextField } from "~/components/ui/field";
import { useIntentForm } from "~/components/ui/use-intent-form";
import { listNeighbourhoodsForAdmin } from "~/models/neighbourhood-admin.server";
import { getTeamForAdmin, saveTeam } from "~/models/team-admin.server";
import { listTeamMembers } from "~/models/team-membership.server";
import { teamSchema } from "~/schemas/platform";
import { requirePermission } from "~/utils/guards.server";
import { message, siteName } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { parseFormData, readForm } from "~/utils/form.server";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  {
    title: `${data?.team ? message(matches, "platform.team.editTitle", { name: data.team.name }) : message(matches, "platform.team.newTitle")} · ${siteName(matches)}`,
  },
];

function teamId(param: string | undefined) {
  return param === "nieuw" ? null : idParam(param);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const id = teamId(params.id);
  const neighbourhoods = listNeighbourhoodsForAdmin(actor);
  throwIfRefused(neighbourhoods);
  const options = neighbourhoods.neighbourhoods.map((neighbourhood) => ({ value: String(neighbourhood.id), label: neighbourhood.name }));
  if (id === null) return { team: null, members: [], options };
  const found = getTeamForAdmin(actor, id);
  throwIfRefused(found);
  const members = listTeamMembers(actor, id);
  throwIfRefused(members);
  return { team: found.team, members: members.members, options };
}

const SAVE_ERRORS: Record<"name_taken" | "no_account" | "unknown_neighbourhood", Record<string, string[]>> = {
  name_taken: { name: ["platform.team.nameTaken"] },
  no_account: { leadEmail: ["platform.team.noAccount"] },
  unknown_neighbourhood: { neighbourhoodIds: ["platform.team.unknownWijk"] },
};

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const id = teamId(params.id);
  const formData = await readForm(request);
  if (id !== null && formData.get("intent") !== "team") return teamMembersAction(actor, id, formData, `/beheer/teams/${id}`);
  const submission = parseFormData(formData, teamSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = saveTeam(actor, id, submission.value);
  if (!result.ok) {
    throwIfRefused(result);
    return data(submission.reply({ fieldErrors: SAVE_ERRORS[result.error] }), { status: 400 });
  }
  return redirectWithToast(id === null ? `/beheer/teams/${result.id}` : "/beheer/teams", {
    key: "platform.team.saved",
    params: { name: submission.value.name },
  });
}

export default function AdminTeam() {
  const { t } = useTranslation();
  const { team, members, options } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useIntentForm(
    "team",
    teamSchema,
    lastResult,
    team ? { name: team.name, email: team.email ?? "", neighbourhoodIds: team.neighbourhoodIds.map(String), leadEmail: team.leads[0]?.email ?? "" } : undefined,
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to="/beheer/teams">← {t("platform.team.title")}</Link>
      </p>
      <h1>{team ? t("platform.team.editTitle", { name: team.name }) : t("platform.team.newTitle")}</h1>
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormErrors form={form} />
        <input type="hidden" name="intent" value="team" />
        <TextField meta={fields.name} label={t("platform.team.name")} />
        <TextField meta={fields.email} label={t("platform.team.email")} type="email" optional autoComplete="off" />
        <CheckboxGroup meta={fields.neighbourhoodIds} legend={t("platform.team.wijken")} options={options} columns={3} />
        <TextField meta={fields.leadEmail} label={t("platform.team.lead")} hint={t("platform.team.leadHint")} type="email" optional autoComplete="off" />
        <button type="submit" className="btn btn-primary">
          {t("platform.team.save")}
        </button>
      </Form>
      {team ? <TeamMembers team={team} members={members} canAppointLeads lastResult={lastResult} /> : null}
    </div>
  );
}
