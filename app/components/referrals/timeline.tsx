import { useTranslation } from "react-i18next";
import type { ReferralStatus } from "~/domain/vocabulary";
import { formatDateTime, machineDate } from "~/utils/dates";

export type TimelineEvent = {
  id: number;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  actorName: string | null;
  note: string;
  createdAt: string | Date;
};

/** Every step of a referral: what changed, who did it, when, and their note. */
export function ReferralTimeline({ events }: { events: TimelineEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="timeline-title" className="card space-y-3">
      <h2 id="timeline-title">{t("referrals.timeline")}</h2>
      <ol className="space-y-3 border-l-2 border-[var(--color-brand-100)] pl-4">
        {events.map((event) => (
          <li key={event.id}>
            <p className="font-semibold">
              {event.fromStatus === null || event.fromStatus === "draft"
                ? t("referrals.eventFirst")
                : t("referrals.event", {
                    from: t(`vocab.referralStatus.${event.fromStatus}`),
                    to: t(`vocab.referralStatus.${event.toStatus}`),
                  })}
            </p>
            <p className="text-sm text-[var(--color-muted)]">
              <time dateTime={machineDate(event.createdAt)}>{formatDateTime(event.createdAt, i18n.language)}</time>{" "}
              {t("referrals.eventBy", { name: event.actorName ?? t("referrals.someone") })}
            </p>
            {event.note ? <p className="whitespace-pre-line">{event.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
