import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SelectField, TextField } from "~/components/ui/field";
import { useIntentForm, type LastResult } from "~/components/ui/use-intent-form";
import { TEAM_ROLES, type TeamRole } from "~/domain/vocabulary";
import { addMemberSchema } from "~/schemas/platform";
import { EmailLink } from "~/components/ui/contact-link";

type Member = { userId: string; name: string; email: string; role: TeamRole };

/**
 * A team's people with a button to take each out, and a form to add someone. Coordinators
 * (`canAppointLeads` false) add consultants only and cannot take out a coordinator.
 */
export function TeamMembers({
  team,
  members,
  canAppointLeads,
  lastResult,
}: {
  team: { id: number; name: string };
  members: Member[];
  canAppointLeads: boolean;
  lastResult: LastResult;
}) {
  const { t } = useTranslation();
  const headingId = `team-${team.id}-members`;
  return (
    <section aria-labelledby={headingId} className="card space-y-4">
      <h2 id={headingId}>{t("platform.members.title", { name: team.name })}</h2>
      {members.length === 0 ? <p>{t("platform.members.none")}</p> : null}
      <ul className="divide-y divide-gray-200">
        {members.map((member) => (
          <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <strong>{member.name}</strong> · <EmailLink email={member.email} /> · {t(`platform.teamRole.${member.role}`)}
            </span>
            {canAppointLeads || member.role === "member" ? (
              <Form method="post">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="userId" value={member.userId} />
                <button type="submit" className="btn btn-secondary" aria-label={t("platform.members.removeLabel", { name: member.name })}>
                  {t("platform.members.remove")}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {/* A new member list means the add succeeded: a fresh, empty form. */}
      <AddMemberForm key={members.map((m) => `${m.userId}:${m.role}`).join()} canAppointLeads={canAppointLeads} lastResult={lastResult} />
    </section>
  );
}

function AddMemberForm({ canAppointLeads, lastResult }: { canAppointLeads: boolean; lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useIntentForm("add", addMemberSchema, lastResult, { role: "member" });
  return (
    <>
      <h3>{t("platform.members.add")}</h3>
      <p>{t("platform.members.addIntro")}</p>
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <FormErrors form={form} />
        <input type="hidden" name="intent" value="add" />
        <TextField meta={fields.email} label={t("platform.members.email")} type="email" autoComplete="off" />
        {canAppointLeads ? (
          <SelectField
            meta={fields.role}
            label={t("platform.members.role")}
            options={TEAM_ROLES.map((role) => ({ value: role, label: t(`platform.teamRole.${role}`) }))}
          />
        ) : (
          <input type="hidden" name="role" value="member" />
        )}
        <button type="submit" className="btn btn-primary">
          {t("platform.members.addButton")}
        </button>
      </Form>
    </>
  );
}
