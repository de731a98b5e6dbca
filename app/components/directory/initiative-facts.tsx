import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Places } from "~/domain/places";
import type { InitiativePage } from "~/models/directory.server";
import { formatKm, formatPostcode } from "~/utils/geo";
import { describeSchedule } from "~/utils/schedule";
import { EmailLink, PhoneLink } from "~/components/ui/contact-link";

function PlacesText({ places }: { places: Places }) {
  const { t } = useTranslation();
  if (places.kind === "open") return <>{t("common.openToAll")}</>;
  if (places.kind === "waitlist") return <>{t("common.waitlist")}</>;
  return <>{t("common.places", { count: places.count })}</>;
}

/** The schedule in words, one line per time range, or what to do when there is none. */
export function ScheduleLines({ lines, none }: { lines: string[]; none: string }) {
  if (lines.length === 0) return <>{none}</>;
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-[#e3e6ea] py-3 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="mt-1 sm:mt-0">{children}</dd>
    </div>
  );
}

/** The facts a resident or consultant checks before going: who, when, where, cost, places, access. */
export function InitiativeFacts({ initiative, postcodeText }: { initiative: InitiativePage; postcodeText?: string }) {
  const { t, i18n } = useTranslation();
  const schedule = describeSchedule(initiative.schedule, t, i18n.language);
  const { minAge, maxAge, contact } = initiative;
  const ages =
    minAge !== null && maxAge !== null
      ? t("directory.initiative.ageRange", { min: minAge, max: maxAge })
      : minAge !== null
        ? t("directory.initiative.ageFrom", { min: minAge })
        : maxAge !== null
          ? t("directory.initiative.ageTo", { max: maxAge })
          : null;
  const visitor = initiative.visitorPostcode;
  const hasContact = contact.name || contact.email || contact.phone || contact.website;

  return (
    <dl>
      <Fact label={t("directory.initiative.what")}>{t(`vocab.kind.${initiative.kind}`)}</Fact>
      <Fact label={t("directory.initiative.forWhom")}>
        {initiative.targetGroups.map((group) => t(`vocab.targetGroup.${group}`)).join(", ")}
        {ages ? (
          <span className="block">
            {t("directory.initiative.ages")}: {ages}
          </span>
        ) : null}
      </Fact>
      <Fact label={t("directory.initiative.domains")}>
        <ul className="flex flex-wrap gap-1">
          {initiative.domains.map((domain) => (
            <li key={domain} className="badge">
              {t(`vocab.domain.${domain}`)}
            </li>
          ))}
        </ul>
      </Fact>
      <Fact label={t("directory.initiative.when")}>
        <ScheduleLines lines={schedule} none={t("directory.schedule.none")} />
      </Fact>
      <Fact label={t("directory.initiative.where")}>
        {initiative.address ? (
          <span className="block">
            {initiative.address}
            {initiative.postcode ? `, ${formatPostcode(initiative.postcode)}` : null}
          </span>
        ) : null}
        {initiative.neighbourhood ? (
          <span className="block">
            <Link to={`/wijken/${initiative.neighbourhood.slug}`}>{t("directory.initiative.inWijk", { name: initiative.neighbourhood.name })}</Link>
          </span>
        ) : null}
        {initiative.isOnline ? (
          <span className="block">{initiative.address ? t("directory.initiative.alsoOnline") : t("directory.initiative.onlineOnly")}</span>
        ) : null}
        {initiative.distanceKm !== null && visitor?.status === "ok" ? (
          <span className="block">{t("directory.initiative.distanceFrom", { km: formatKm(initiative.distanceKm, i18n.language), postcode: visitor.pc4 })}</span>
        ) : null}
        {visitor?.status === "outside" ? <span className="block">{t("directory.initiative.postcodeOutside", { postcode: postcodeText })}</span> : null}
      </Fact>
      <Fact label={t("directory.initiative.cost")}>
        {initiative.isFree
          ? t("directory.initiative.free")
          : initiative.costNote || t(initiative.isFree === null ? "directory.initiative.costUnknown" : "directory.initiative.notFree")}
      </Fact>
      {initiative.whatToBring ? <Fact label={t("directory.initiative.whatToBring")}>{initiative.whatToBring}</Fact> : null}
      <Fact label={t("directory.initiative.places")}>
        <PlacesText places={initiative.places} />
      </Fact>
      <Fact label={t("directory.initiative.accessibility")}>
        <span className="block">
          {t(
            initiative.wheelchairAccessible === null
              ? "directory.initiative.wheelchairUnknown"
              : initiative.wheelchairAccessible
                ? "directory.initiative.wheelchair"
                : "directory.initiative.noWheelchair",
          )}
        </span>
        {initiative.hearingLoop ? <span className="block">{t("directory.initiative.loop")}</span> : null}
      </Fact>
      {initiative.languages.length > 0 ? (
        <Fact label={t("directory.initiative.languages")}>
          {initiative.languages.map((language) => t(`vocab.language.${language}`, { defaultValue: language })).join(", ")}
        </Fact>
      ) : null}
      <Fact label={t("directory.initiative.referrals")}>
        {initiative.acceptsReferrals ? t("directory.initiative.acceptsReferrals") : t("directory.initiative.noReferrals")}
      </Fact>
      <Fact label={t("directory.initiative.contact")}>
        {hasContact ? (
          <ul>
            {contact.name ? (
              <li>
                {t("directory.initiative.contactName")}: {contact.name}
              </li>
            ) : null}
            {contact.email ? (
              <li>
                {t("directory.initiative.email")}: <EmailLink email={contact.email} />
              </li>
            ) : null}
            {contact.phone ? (
              <li>
                {t("directory.initiative.phone")}: <PhoneLink phone={contact.phone} />
              </li>
            ) : null}
            {contact.website && /^https?:\/\//i.test(contact.website) ? (
              <li>
                {t("directory.initiative.website")}: <a href={contact.website}>{contact.website}</a>
              </li>
            ) : null}
          </ul>
        ) : (
          t("directory.initiative.noContact")
        )}
      </Fact>
    </dl>
  );
}
