import { useTranslation } from "react-i18next";
import type { TimelineEntry } from "~/models/household";
import { useFormatDate } from "./format";
import { machineDate } from "~/utils/dates";

/** Everything that happened to the household, newest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  if (entries.length === 0) return <p>{t("workspace.timeline.empty")}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-[var(--color-brand-100)] pl-4">
      {entries.map((entry, index) => (
        <li key={`${entry.kind}-${entry.at.getTime()}-${index}`}>
          <p className="text-sm text-[var(--color-muted)]">
            <time dateTime={machineDate(entry.at)}>{format.moment(entry.at)}</time>
            {entry.actorName ? ` · ${entry.actorName}` : null}
          </p>
          <p>
            {t(`workspace.timeline.kind.${entry.kind}`, {
              subject: entry.subject ?? "",
              status: entry.status ? t(`vocab.referralStatus.${entry.status}`) : "",
              date: entry.kind === "consent_given" && entry.note ? format.day(entry.note) : "",
            })}
          </p>
          {entry.kind === "referral_event" && entry.note ? <p className="text-sm italic">“{entry.note}”</p> : null}
        </li>
      ))}
    </ol>
  );
}
