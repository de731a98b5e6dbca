import { useTranslation } from "react-i18next";
import type { LifeDomain } from "~/domain/vocabulary";
import { NOTE_FIELDS, type ConversationNotes, type DomainNotes, type NoteField } from "~/domain/conversation-notes";
import { useFormatDate } from "./format";

const LABELS: Record<NoteField, string> = {
  questionBehind: "workspace.intake.questionBehind",
  ownStrength: "workspace.intake.ownStrength",
  networkStrength: "workspace.intake.networkStrength",
};

/**
 * What the household said about one life domain: the question behind the question, what it can do
 * itself and what its network can do, each with when it was written and what it said before.
 */
export function DomainNotesList({ notes }: { notes: DomainNotes | null | undefined }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  if (!notes) return null;
  return (
    <dl className="space-y-2 border-l-4 border-[var(--color-brand-100)] pl-3 text-sm">
      {NOTE_FIELDS.map((field) => {
        const note = notes[field];
        if (!note) return null;
        return (
          <div key={field}>
            <dt className="font-semibold">{t(LABELS[field])}</dt>
            <dd>
              <p className="whitespace-pre-line">{note.text || <em>{t("workspace.notes.cleared")}</em>}</p>
              <p className="text-[var(--color-muted)]">{t("workspace.notes.writtenOn", { date: format.day(note.writtenOn) })}</p>
              {note.before ? (
                <p className="text-[var(--color-muted)]">{t("workspace.notes.before", { date: format.day(note.before.writtenOn), text: note.before.text })}</p>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** The notes of several domains, each under its domain's name, as a section of its own. */
export function ConversationNotesSection({ notes, domains, title, intro }: { notes: ConversationNotes; domains: LifeDomain[]; title: string; intro?: string }) {
  const { t } = useTranslation();
  const shown = domains.filter((domain) => notes[domain]);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="conversation-notes-title" className="card space-y-3">
      <h2 id="conversation-notes-title">{title}</h2>
      {intro ? <p>{intro}</p> : null}
      <ul className="divide-y divide-gray-200">
        {shown.map((domain) => (
          <li key={domain} className="space-y-1 py-2">
            <h3 className="text-base">{t(`vocab.domain.${domain}`)}</h3>
            <DomainNotesList notes={notes[domain]} />
          </li>
        ))}
      </ul>
    </section>
  );
}
