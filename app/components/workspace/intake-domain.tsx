import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { FieldErrors, TextArea } from "~/components/ui/field";
import { ZRM_SCORES, type LifeDomain } from "~/domain/vocabulary";
import type { DomainComparison } from "~/models/intake.server";
import type { IntakeAnswerForm, IntakeFormValue } from "~/schemas/household";
import { ScoreChange } from "./score-change";
import { useFormatDate } from "./format";
import type { DomainNotes, NoteField } from "~/domain/conversation-notes";

/** One life domain of the kitchen-table conversation: the ZRM score and three open questions. */
export function IntakeDomain({
  domain,
  meta,
  comparison,
  notes,
  hidden = false,
}: {
  domain: LifeDomain;
  meta: FieldMetadata<IntakeAnswerForm | undefined, IntakeFormValue, string[]>;
  comparison: DomainComparison | undefined;
  notes: DomainNotes | undefined;
  /** Another step of the step-by-step intake: still in the form, so every answer is posted. */
  hidden?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatDate();
  // The text as it stood after the last intake, so a change made now is visible beside it.
  const lastTime = (field: NoteField) => {
    const note = notes?.[field];
    return note?.text ? t("workspace.intake.lastTime", { date: format.day(note.writtenOn), text: note.text }) : null;
  };
  const questionHint = lastTime("questionBehind");
  const fields = meta.getFieldset();
  const score = fields.score;
  const chosen = score.initialValue === undefined ? undefined : String(score.initialValue);
  return (
    <fieldset id={`domain-${domain}`} className="card scroll-mt-4 space-y-4" hidden={hidden}>
      <legend className="px-1 text-lg font-semibold">{t(`vocab.domain.${domain}`)}</legend>
      {comparison ? (
        <p>
          <ScoreChange comparison={comparison} />
        </p>
      ) : null}
      <fieldset className="space-y-1" aria-describedby={score.errors?.length ? score.errorId : undefined}>
        <legend className="font-semibold">{t("workspace.intake.score")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {ZRM_SCORES.map((value) => {
            const id = `${score.id}-${value}`;
            return (
              <div key={value} className="flex items-center gap-2">
                <input type="radio" id={id} name={score.name} value={value} defaultChecked={chosen === String(value)} className="h-5 w-5" />
                <label htmlFor={id}>{t(`vocab.zrm.${value}`)}</label>
              </div>
            );
          })}
        </div>
        <FieldErrors id={score.errorId} errors={score.errors} />
      </fieldset>
      <TextArea
        meta={fields.questionBehind}
        label={t("workspace.intake.questionBehind")}
        hint={
          <>
            {t("workspace.intake.questionBehindHint")}
            {questionHint ? <span className="block">{questionHint}</span> : null}
          </>
        }
        rows={2}
        optional
      />
      <TextArea meta={fields.ownStrength} label={t("workspace.intake.ownStrength")} hint={lastTime("ownStrength")} rows={2} optional />
      <TextArea meta={fields.networkStrength} label={t("workspace.intake.networkStrength")} hint={lastTime("networkStrength")} rows={2} optional />
    </fieldset>
  );
}
