import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HouseholdForm } from "~/components/workspace/household-form";
import { createHousehold, listMyTeams } from "~/models/household";
import { householdFieldErrors, householdInputFrom, householdSchema } from "~/schemas/household";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";
import { requireRole } from "~/utils/guards.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "workspace.household.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  return { teams: listMyTeams(actor) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const { submission } = await parseForm(request, householdSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = submission.value;
  const result = createHousehold(actor, { ...householdInputFrom(input), teamId: input.teamId });
  if (!result.ok) return data(submission.reply({ fieldErrors: householdFieldErrors(result.error) }), { status: 400 });
  return redirectWithToast(`/werkplek/huishoudens/${result.id}`, { key: "workspace.household.created", params: { reference: input.reference } });
}

export default function NewHousehold() {
  const { t } = useTranslation();
  const { teams } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1>{t("workspace.household.newTitle")}</h1>
      <p>{t("workspace.household.newIntro")}</p>
      <HouseholdForm
        lastResult={lastResult}
        teams={teams}
        defaultValue={{ teamId: String(teams[0]?.id ?? ""), adults: "1" }}
        submitLabel={t("workspace.household.create")}
      />
    </div>
  );
}
