import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HouseholdForm } from "~/components/workspace/household-form";
import { HouseholdHeader } from "~/components/workspace/household-header";
import { getHouseholdProfile, updateHousehold } from "~/models/household";
import { CHILDREN_FIELDS, householdFieldErrors, householdInputFrom, householdSchema } from "~/schemas/household";
import { AGE_BANDS } from "~/domain/vocabulary";
import { metaTitle } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { parseForm } from "~/utils/form.server";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";
import { requireRole } from "~/utils/guards.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "workspace.household.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const result = getHouseholdProfile(actor, { householdId: idParam(params.id) });
  throwIfRefused(result);
  const household = result.household;
  return { household, canViewAudit: can(actor, "household.view_audit", { teamId: household.teamId }) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const householdId = idParam(params.id);
  const { submission } = await parseForm(request, householdSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = updateHousehold(actor, { ...householdInputFrom(submission.value), householdId });
  if (!result.ok) {
    throwIfRefused(result);
    return data(submission.reply({ fieldErrors: householdFieldErrors(result.error) }), { status: 400 });
  }
  return redirectWithToast(`/werkplek/huishoudens/${householdId}`, { key: "workspace.household.updated" });
}

export default function EditHousehold() {
  const { t } = useTranslation();
  const { household, canViewAudit } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const counts = Object.fromEntries(AGE_BANDS.map((band) => [CHILDREN_FIELDS[band], String(household.children.filter((c) => c === band).length || "")]));
  return (
    <div className="mx-auto max-w-3xl">
      <HouseholdHeader id={household.id} reference={household.reference} canViewAudit={canViewAudit} />
      <h1 className="mb-6">{t("workspace.household.editTitle")}</h1>
      <HouseholdForm
        lastResult={lastResult}
        teams={[{ id: household.teamId, name: household.teamName }]}
        submitLabel={t("workspace.household.save")}
        defaultValue={{
          teamId: String(household.teamId),
          reference: household.reference,
          pc4: household.pc4,
          adults: String(household.adults),
          hasOlderAdult: household.hasOlderAdult ? "on" : undefined,
          ...counts,
          languages: household.languages,
          mobility: household.mobility ?? undefined,
          maxTravelKm: household.maxTravelKm === null ? undefined : String(household.maxTravelKm),
          availableDays: household.availableDays.map(String),
          budget: household.budget ?? undefined,
          needsWheelchairAccess: household.needsWheelchairAccess ? "on" : undefined,
          needsHearingLoop: household.needsHearingLoop ? "on" : undefined,
        }}
      />
    </div>
  );
}
