import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { ScheduleLines } from "~/components/directory/initiative-facts";
import type { PracticalDetails } from "~/models/referral-letter.server";
import { describeSchedule } from "~/utils/schedule";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="print-row border-b border-[#e3e6ea] py-2 sm:grid sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What, where, when, whom to ask for, cost and what to bring, in the paper's language. */
export function PracticalDetailsList({
  details,
  t,
  locale,
  bringLetter = false,
}: {
  details: PracticalDetails;
  t: TFunction;
  locale: string;
  bringLetter?: boolean;
}) {
  const { contact } = details;
  const bring = [bringLetter ? t("print.details.bringLetter") : null, details.whatToBring].filter(Boolean);
  return (
    <dl>
      <Row label={t("print.details.what")}>
        {details.summary}{" "}
        <span className="block text-base">
          ({t(`vocab.kind.${details.kind}`)}, {details.organisationName})
        </span>
      </Row>
      <Row label={t("print.details.where")}>
        {details.isOnline ? (
          t("print.details.online")
        ) : details.address || details.postcode ? (
          <>
            {details.address ? <span className="block">{details.address}</span> : null}
            <span className="block">{[details.postcode, details.neighbourhoodName].filter(Boolean).join(", ")}</span>
          </>
        ) : (
          t("print.details.noPlace")
        )}
      </Row>
      <Row label={t("print.details.when")}>
        <ScheduleLines lines={describeSchedule(details.schedule, t, locale)} none={t("directory.schedule.none")} />
      </Row>
      <Row label={t("print.details.askFor")}>
        <span className="block">{contact.name ?? details.organisationName}</span>
        {contact.name ? <span className="block">{details.organisationName}</span> : null}
        {contact.phone ? <span className="block">{t("print.details.phone", { phone: contact.phone })}</span> : null}
        {contact.email ? <span className="block">{t("print.details.email", { email: contact.email })}</span> : null}
        {!contact.phone && !contact.email && contact.website ? <span className="block">{t("print.details.website", { website: contact.website })}</span> : null}
      </Row>
      <Row label={t("print.details.cost")}>
        {details.isFree ? t("print.details.free") : details.costNote || t(details.isFree === null ? "print.details.costUnknown" : "print.details.notFree")}
      </Row>
      {bring.length > 0 ? (
        <Row label={t("print.details.bring")}>
          {bring.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </Row>
      ) : null}
    </dl>
  );
}
