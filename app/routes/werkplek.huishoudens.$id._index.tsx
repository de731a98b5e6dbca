import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SelectField } from "~/components/ui/field";
import { HouseholdHeader } from "~/components/workspace/household-header";
import { ConsentSection, NeedsSection, OtherNotesSection, PlanSection, ProfileSection, ReferralsSection } from "~/components/workspace/household-sections";
import { Timeline } from "~/components/workspace/timeline";
import { getHousehold, reassignHousehold, type HouseholdView } from "~/models/household";
import { reassignSchema } from "~/schemas/household";
import { metaTitle } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";
import { requireRole } from "~/utils/guards.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  metaTitle(matches, "workspace.household.title", { reference: loaderData?.view.household.reference ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const result = getHousehold(actor, { householdId: idParam(params.id) });
  throwIfRefused(result);
  return { view: result.view, canErase: can(actor, "household.erase", { teamId: result.view.household.teamId }) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const householdId = idParam(params.id);
  const { submission } = await parseForm(request, reassignSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = reassignHousehold(actor, { householdId, consultantId: submission.value.consultantId });
  if (!result.ok) {
    if (result.error === "not_in_team") {
      return data(submission.reply({ fieldErrors: { consultantId: ["workspace.reassign.notInTeam"] } }), { status: 400 });
    }
    throwIfRefused(result);
  }
  return redirectWithToast(`/werkplek/huishoudens/${householdId}`, { key: "workspace.reassign.done", params: { name: result.consultantName } });
}

function ReassignForm({ view }: { view: HouseholdView }) {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "reassign",
    lastResult,
    defaultValue: { consultantId: view.household.consultantId ?? "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reassignSchema }),
  });
  if (!view.teamConsultants) return null;
  return (
    <section aria-labelledby="reassign-title" className="card space-y-3">
      <h2 id="reassign-title">{t("workspace.reassign.title")}</h2>
      <Form method="post" {...getFormProps(form)} className="flex flex-wrap items-end gap-3">
        <FormErrors form={form} />
        <input type="hidden" name="intent" value="reassign" />
        <SelectField
          meta={fields.consultantId}
          label={t("workspace.reassign.consultant")}
          options={view.teamConsultants.map((c) => ({ value: c.id, label: c.name }))}
          className="min-w-64 space-y-1"
        />
        <button type="submit" className="btn btn-secondary">
          {t("workspace.reassign.submit")}
        </button>
      </Form>
    </section>
  );
}

/** The coordinator's way to the erase page, where a reason and a confirmation are asked. */
function EraseSection({ householdId }: { householdId: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="erase-title" className="card space-y-3">
      <h2 id="erase-title">{t("workspace.erase.sectionTitle")}</h2>
      <p>{t("workspace.erase.sectionText")}</p>
      <Link to={`/werkplek/huishoudens/${householdId}/wissen`} className="btn btn-secondary">
        {t("workspace.erase.link")}
      </Link>
    </section>
  );
}

export default function HouseholdPage() {
  const { t } = useTranslation();
  const { view, canErase } = useLoaderData<typeof loader>();
  return (
    <div>
      <HouseholdHeader id={view.household.id} reference={view.household.reference} canViewAudit={view.canViewAudit} />
      <h1 className="mb-6">{t("workspace.household.title", { reference: view.household.reference })}</h1>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <NeedsSection view={view} />
          <OtherNotesSection view={view} />
          <PlanSection view={view} />
          <ReferralsSection view={view} />
          <section aria-labelledby="timeline-title" className="card space-y-3">
            <h2 id="timeline-title">{t("workspace.timeline.title")}</h2>
            <Timeline entries={view.timeline} />
          </section>
        </div>
        <div className="space-y-6">
          <ConsentSection view={view} />
          <ProfileSection view={view} />
          <ReassignForm view={view} />
          {canErase ? <EraseSection householdId={view.household.id} /> : null}
        </div>
      </div>
    </div>
  );
}
