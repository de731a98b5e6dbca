import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Participant } from "~/models/participation.server";
import { EmailLink } from "~/components/ui/contact-link";
import { formatDate } from "~/utils/dates";

/** A removal sent without a good message comes back with this, shown at that person's field. */
export type RemoveError = { participantId: number; error: string; message: string };

/** Who signed up in the site for this activity; each can be taken off with a message to them. */
export function ParticipantList({ participants, removeError }: { participants: Participant[]; removeError?: RemoveError }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="participants-title" className="card space-y-3">
      <h2 id="participants-title">{t("takingPart.organiser.title", { count: participants.length })}</h2>
      {participants.length === 0 ? <p>{t("takingPart.organiser.empty")}</p> : null}
      <ul className="space-y-4">
        {participants.map((participant) => {
          const messageId = `remove-message-${participant.id}`;
          const error = removeError?.participantId === participant.id ? removeError : null;
          return (
            <li key={participant.id} className="space-y-2 border-b border-[var(--color-brand-100)] pb-3">
              <h3 className="text-base font-semibold">{participant.name}</h3>
              <p className="text-sm">
                <EmailLink email={participant.email} /> · {t("takingPart.organiser.signedUpOn", { date: formatDate(participant.signedUpAt, i18n.language) })}
              </p>
              <Form method="post" className="space-y-2">
                <input type="hidden" name="intent" value="removeParticipant" />
                <input type="hidden" name="participantId" value={participant.id} />
                <label htmlFor={messageId} className="block font-semibold">
                  {t("takingPart.organiser.message", { name: participant.name })}
                </label>
                <p id={`${messageId}-hint`} className="text-sm text-[var(--color-muted)]">
                  {t("takingPart.organiser.messageHint")}
                </p>
                <textarea
                  id={messageId}
                  name="message"
                  rows={2}
                  required
                  minLength={5}
                  maxLength={500}
                  className="input"
                  defaultValue={error?.message}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={`${messageId}-hint${error ? ` ${messageId}-error` : ""}`}
                />
                {error ? (
                  <p id={`${messageId}-error`} className="text-sm font-medium text-[var(--color-danger-700)]">
                    {t(error.error)}
                  </p>
                ) : null}
                <button type="submit" className="btn btn-danger">
                  {t("takingPart.organiser.remove")}
                  <span className="sr-only"> ({participant.name})</span>
                </button>
              </Form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
