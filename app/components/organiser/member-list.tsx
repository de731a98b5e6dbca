import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ORGANISATION_ROLES, type OrganisationRole } from "~/domain/vocabulary";
import { EmailLink } from "~/components/ui/contact-link";

type Member = { userId: string; name: string; email: string; role: OrganisationRole };

/** The members; owners can change a role or remove someone, each row with its own small forms. */
export function MemberList({ members, me, canManage }: { members: Member[]; me: string; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="members-title" className="card space-y-3">
      <h2 id="members-title">{t("organiser.members.heading")}</h2>
      <ul className="divide-y divide-gray-200">
        {members.map((member) => (
          <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <p className="font-semibold">
                {member.name} {member.userId === me ? t("organiser.members.you") : null}
              </p>
              <p className="text-sm text-[var(--color-muted)]">
                <EmailLink email={member.email} /> · {t(`vocab.organisationRole.${member.role}`)}
              </p>
            </div>
            {canManage ? (
              <div className="flex flex-wrap items-end gap-2">
                <Form method="post" className="flex items-end gap-2">
                  <input type="hidden" name="intent" value="role" />
                  <input type="hidden" name="userId" value={member.userId} />
                  <div>
                    <label htmlFor={`role-${member.userId}`} className="block text-sm">
                      {t("organiser.members.roleFor", { name: member.name })}
                    </label>
                    <select id={`role-${member.userId}`} name="role" defaultValue={member.role} className="input">
                      {ORGANISATION_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`vocab.organisationRole.${role}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className="btn btn-secondary">
                    {t("organiser.members.saveRole")}
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="userId" value={member.userId} />
                  <button type="submit" className="btn btn-danger" aria-label={t("organiser.members.removeLabel", { name: member.name })}>
                    {t("organiser.members.remove")}
                  </button>
                </Form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
