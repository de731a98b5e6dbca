import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { QueuedListing, QueuedOrganisation } from "~/models/moderation.server";
import { formatDate } from "~/utils/dates";
import { ReasonForm, type ReasonFormAnswer } from "./reason-form";
import { EmailLink } from "~/components/ui/contact-link";

type Listing = Pick<QueuedListing, "id" | "title" | "summary" | "organisationName" | "organisationVerified" | "moderationNote">;

export function QueuedListings({ listings, answer }: { listings: Listing[]; answer: ReasonFormAnswer }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="queue-listings" className="space-y-4">
      <h2 id="queue-listings">{t("organiser.moderation.listings")}</h2>
      {listings.length === 0 ? <p>{t("organiser.moderation.noListings")}</p> : null}
      {listings.map((listing) => (
        <article key={listing.id} aria-labelledby={`listing-${listing.id}`} className="card space-y-3">
          <h3 id={`listing-${listing.id}`}>{listing.title}</h3>
          <p className="text-sm text-[var(--color-muted)]">
            {t("organiser.moderation.by", { organisation: listing.organisationName })} ·{" "}
            {listing.organisationVerified ? t("common.verified") : t("common.notVerified")}
          </p>
          <p>{listing.summary}</p>
          <p>
            <Link to={`/beheer/controle/${listing.id}`} aria-label={t("organiser.moderation.openLabel", { title: listing.title })}>
              {t("organiser.moderation.open")}
            </Link>
          </p>
          {listing.moderationNote ? <p className="text-sm">{t("organiser.moderation.previousNote", { note: listing.moderationNote })}</p> : null}
          <Decision
            accept={{
              intent: "approve",
              label: t("organiser.moderation.approve"),
              ariaLabel: t("organiser.moderation.approveLabel", { title: listing.title }),
            }}
            sendBackIntent="sendBack"
            idName="initiativeId"
            id={listing.id}
            answer={answer}
          />
        </article>
      ))}
    </section>
  );
}

/** Accept (approve or verify) next to sending back with a reason. */
export function Decision({
  accept,
  sendBackIntent,
  idName,
  id,
  answer,
}: {
  accept: { intent: string; label: string; ariaLabel: string };
  sendBackIntent: string;
  idName: "initiativeId" | "organisationId";
  id: number;
  answer: ReasonFormAnswer;
}) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Form method="post">
        <input type="hidden" name="intent" value={accept.intent} />
        <input type="hidden" name={idName} value={id} />
        <button type="submit" className="btn btn-primary" aria-label={accept.ariaLabel}>
          {accept.label}
        </button>
      </Form>
      <ReasonForm
        intent={sendBackIntent}
        idName={idName}
        id={id}
        label={t("organiser.moderation.reason")}
        buttonLabel={t("organiser.moderation.sendBack")}
        answer={answer}
      />
    </div>
  );
}

export function QueuedOrganisations({ organisations, answer }: { organisations: QueuedOrganisation[]; answer: ReasonFormAnswer }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="queue-organisations" className="space-y-4">
      <h2 id="queue-organisations">{t("organiser.moderation.organisations")}</h2>
      {organisations.length === 0 ? <p>{t("organiser.moderation.noOrganisations")}</p> : null}
      {organisations.map((organisation) => (
        <article key={organisation.id} aria-labelledby={`organisation-${organisation.id}`} className="card space-y-3">
          <h3 id={`organisation-${organisation.id}`}>{organisation.name}</h3>
          <p className="text-sm text-[var(--color-muted)]">
            {t(`vocab.organisationKind.${organisation.kind}`)} ·{" "}
            {t("organiser.moderation.registeredBy", {
              name: organisation.createdByName ?? t("common.unknown"),
              date: formatDate(organisation.createdAt, i18n.language),
            })}
          </p>
          <p>{organisation.description}</p>
          <ul className="text-sm">
            {organisation.email ? (
              <li>
                <EmailLink email={organisation.email} />
              </li>
            ) : null}
            {organisation.website ? <li>{organisation.website}</li> : null}
            {organisation.kvkNumber ? <li>{t("organiser.moderation.kvk", { number: organisation.kvkNumber })}</li> : null}
          </ul>
          {organisation.moderationNote ? <p className="text-sm">{t("organiser.moderation.previousNote", { note: organisation.moderationNote })}</p> : null}
          <Decision
            accept={{
              intent: "verify",
              label: t("organiser.moderation.verify"),
              ariaLabel: t("organiser.moderation.verifyLabel", { name: organisation.name }),
            }}
            sendBackIntent="sendBackOrganisation"
            idName="organisationId"
            id={organisation.id}
            answer={answer}
          />
        </article>
      ))}
    </section>
  );
}

type Published = { id: number; slug: string; title: string; organisationName: string };

/** Find a published listing by its words and pause it, with a reason. A plain GET search. */
export function PauseSearch({ q, found, answer }: { q: string; found: Published[] | null; answer: ReasonFormAnswer }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pause-title" className="card space-y-4">
      <h2 id="pause-title">{t("organiser.moderation.pauseHeading")}</h2>
      <p>{t("organiser.moderation.pauseIntro")}</p>
      <Form method="get" className="flex flex-wrap items-end gap-2">
        <div className="grow">
          <label htmlFor="pause-q" className="block font-semibold">
            {t("organiser.moderation.search")}
          </label>
          <input id="pause-q" name="q" type="search" defaultValue={q} className="input" maxLength={100} />
        </div>
        <button type="submit" className="btn btn-secondary">
          {t("organiser.moderation.searchButton")}
        </button>
      </Form>
      {found && found.length === 0 ? <p>{t("organiser.moderation.noResults")}</p> : null}
      {found?.map((listing) => (
        <article key={listing.id} aria-labelledby={`published-${listing.id}`} className="space-y-2 border-t border-gray-200 pt-3">
          <h3 id={`published-${listing.id}`}>
            <a href={`/initiatieven/${listing.slug}`}>{listing.title}</a>
          </h3>
          <p className="text-sm text-[var(--color-muted)]">{t("organiser.moderation.by", { organisation: listing.organisationName })}</p>
          <ReasonForm
            intent="pause"
            idName="initiativeId"
            id={listing.id}
            label={t("organiser.moderation.reason")}
            buttonLabel={t("organiser.moderation.pause")}
            answer={answer}
          />
        </article>
      ))}
    </section>
  );
}
