import { useTranslation } from "react-i18next";
import type { ContactPreference, DeclineReason } from "~/domain/vocabulary";
import { EmailLink, PhoneLink } from "~/components/ui/contact-link";

type Details = {
  message: string;
  lookingFor: string;
  declineReason: DeclineReason | null;
  outcome: string | null;
  stopReason: string | null;
  contact: { name: string | null; phone: string | null; email: string | null; preference: ContactPreference | null } | null;
};

/** What the referral says: the message, what the household looks for, contact (only with consent) and the answer. */
export function ReferralDetails({ referral }: { referral: Details }) {
  const { t } = useTranslation();
  const contact = referral.contact;
  const hasContact = contact && (contact.name || contact.phone || contact.email);
  return (
    <div className="card space-y-3">
      <dl className="space-y-3">
        <div>
          <dt className="font-semibold">{t("referrals.message")}</dt>
          <dd className="whitespace-pre-line">{referral.message}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("referrals.lookingFor")}</dt>
          <dd className="whitespace-pre-line">{referral.lookingFor}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("referrals.contact")}</dt>
          <dd>
            {hasContact ? (
              <ul>
                {contact.name ? <li>{contact.name}</li> : null}
                {contact.phone ? (
                  <li>
                    <PhoneLink phone={contact.phone} />
                  </li>
                ) : null}
                {contact.email ? (
                  <li>
                    <EmailLink email={contact.email} />
                  </li>
                ) : null}
                {contact.preference ? <li>{t("referrals.preference", { preference: t(`vocab.contactPreference.${contact.preference}`) })}</li> : null}
              </ul>
            ) : (
              t("referrals.contactVia")
            )}
          </dd>
        </div>
      </dl>
      {referral.declineReason ? <p>{t("referrals.declineReason", { reason: t(`vocab.declineReason.${referral.declineReason}`) })}</p> : null}
      {referral.outcome ? <p>{t("referrals.outcome", { outcome: referral.outcome })}</p> : null}
      {referral.stopReason ? <p>{t("referrals.stopReason", { reason: referral.stopReason })}</p> : null}
    </div>
  );
}
