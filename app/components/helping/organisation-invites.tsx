import { useTranslation } from "react-i18next";
import { EmailLink } from "~/components/ui/contact-link";
import type { OrganisationInvite } from "~/models/helper.server";
import { formatDate } from "~/utils/dates";

/** The residents the organisation invited to help, and what each answered. */
export function OrganisationInvites({ invites }: { invites: OrganisationInvite[] }) {
  const { t, i18n } = useTranslation();
  if (invites.length === 0) return <p>{t("helping.volunteers.invitesEmpty")}</p>;
  return (
    <ul className="divide-y divide-[var(--color-brand-100)]">
      {invites.map((invite) => (
        <li key={invite.id} className="space-y-1 py-3">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="text-base font-semibold">{invite.helperName}</h3>
            <span className="badge">{invite.answer ? t(`helping.volunteers.inviteStatus.${invite.answer}`) : t("helping.volunteers.inviteWaiting")}</span>
          </div>
          <p className="text-sm text-[var(--color-muted)]">
            {invite.initiativeTitle
              ? t("helping.volunteers.inviteForInitiative", { initiative: invite.initiativeTitle })
              : t("helping.volunteers.inviteForGeneral")}{" "}
            · {t("helping.volunteers.invitedOn", { date: formatDate(invite.createdAt, i18n.language) })}
            {invite.respondedAt ? ` · ${t("helping.volunteers.inviteAnsweredOn", { date: formatDate(invite.respondedAt, i18n.language) })}` : null}
          </p>
          {invite.helperEmail ? (
            <p>
              {t("helping.volunteers.inviteContact")} <EmailLink email={invite.helperEmail} />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
