import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SelectField } from "~/components/ui/field";
import { useIntentForm, type LastResult } from "~/components/ui/use-intent-form";
import { PLATFORM_ROLES } from "~/domain/platform-roles";
import { TEAM_ROLES, type TeamRole } from "~/domain/vocabulary";
import { addToTeamSchema } from "~/schemas/platform";

type Person = {
  id: string;
  name: string;
  isAdmin: boolean;
  isPolicyAdvisor: boolean;
  blocked: boolean;
  teams: { id: number; name: string; role: TeamRole }[];
};

export function PersonTeams({ person, teams, lastResult }: { person: Person; teams: { id: number; name: string }[]; lastResult: LastResult }) {
  const { t } = useTranslation();
  const [form, fields] = useIntentForm("addTeam", addToTeamSchema, lastResult, { role: "member" });
  return (
    <section aria-labelledby="person-teams" className="card space-y-3">
      <h2 id="person-teams">{t("platform.people.teams")}</h2>
      {person.teams.length === 0 ? <p>{t("platform.people.noTeams")}</p> : null}
      <ul className="divide-y divide-gray-200">
        {person.teams.map((team) => (
          <li key={team.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <strong>{team.name}</strong> · {t(`platform.teamRole.${team.role}`)}
            </span>
            <Form method="post">
              <input type="hidden" name="intent" value="removeTeam" />
              <input type="hidden" name="teamId" value={team.id} />
              <button type="submit" className="btn btn-secondary">
                {t("platform.people.removeFromTeam", { name: team.name })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <h3>{t("platform.people.addToTeam")}</h3>
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <FormErrors form={form} />
        <input type="hidden" name="intent" value="addTeam" />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            meta={fields.teamId}
            label={t("platform.people.team")}
            placeholder=""
            options={teams.map((team) => ({ value: String(team.id), label: team.name }))}
          />
          <SelectField
            meta={fields.role}
            label={t("platform.people.role")}
            options={TEAM_ROLES.map((role) => ({ value: role, label: t(`platform.teamRole.${role}`) }))}
          />
        </div>
        <button type="submit" className="btn btn-primary">
          {t("platform.people.addToTeamButton")}
        </button>
      </Form>
    </section>
  );
}

/** Platform roles to give or take, and blocking; not shown on the admin's own account. */
export function PersonRoles({ person }: { person: Person }) {
  const { t } = useTranslation();
  const holds = { admin: person.isAdmin, policy_advisor: person.isPolicyAdvisor };
  return (
    <section aria-labelledby="person-roles" className="card space-y-3">
      <h2 id="person-roles">{t("platform.people.platformRoles")}</h2>
      <ul className="space-y-2">
        {PLATFORM_ROLES.map((role) => {
          const label = t(`platform.platformRole.${role}`);
          return (
            <li key={role}>
              <Form method="post">
                <input type="hidden" name="intent" value="role" />
                <input type="hidden" name="role" value={role} />
                {holds[role] ? null : <input type="hidden" name="granted" value="on" />}
                <button type="submit" className="btn btn-secondary">
                  {holds[role] ? t("platform.people.revoke", { role: label }) : t("platform.people.grant", { role: label })}
                </button>
              </Form>
            </li>
          );
        })}
      </ul>
      <p>{t("platform.people.blockIntro")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="block" />
        {person.blocked ? null : <input type="hidden" name="blocked" value="on" />}
        <button type="submit" className={person.blocked ? "btn btn-secondary" : "btn btn-danger"}>
          {person.blocked ? t("platform.people.unblock") : t("platform.people.block")}
        </button>
      </Form>
    </section>
  );
}

/** Their detail is a role's code, shown by its name. */
const ROLE_CHANGES = new Set(["role_grant", "role_revoke"]);

export function PersonHistory({ history }: { history: { at: Date | string; action: string; detail: string; by: string | null }[] }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
  return (
    <section aria-labelledby="person-history" className="card space-y-2">
      <h2 id="person-history">{t("platform.people.history")}</h2>
      {history.length === 0 ? <p>{t("platform.people.noHistory")}</p> : null}
      <ul className="space-y-1">
        {history.map((entry, index) => (
          <li key={index}>
            <time dateTime={new Date(entry.at).toISOString()}>{format.format(new Date(entry.at))}</time>:{" "}
            {t(`platform.audit.${entry.action}`, { detail: ROLE_CHANGES.has(entry.action) ? t(`platform.platformRole.${entry.detail}`) : entry.detail })}
            {entry.by ? ` ${t("platform.people.by", { name: entry.by })}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
