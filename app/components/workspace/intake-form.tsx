import { getFormProps, type FormMetadata, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/ui/field";
import { useHydrated } from "~/components/ui/use-hydrated";
import type { ConversationNotes } from "~/domain/conversation-notes";
import { LIFE_DOMAINS, type LifeDomain } from "~/domain/vocabulary";
import type { DomainComparison } from "~/models/intake.server";
import { intakeSchema, type IntakeAnswerForm, type IntakeFormValue } from "~/schemas/household";
import { useFormatDate } from "./format";
import { IntakeDomain } from "./intake-domain";

/** Where the browser remembers that this consultant prefers the whole intake on one page. */
const ONE_PAGE_KEY = "wijkmarkt.intake.onePage";
/** Typing pauses this long before what was typed is saved to the server. */
const AUTOSAVE_DELAY_MS = 1500;

const domainOf = (name: string) => LIFE_DOMAINS.find((domain) => name === domain || name.startsWith(`${domain}.`));

function rememberOnePage(onePage: boolean) {
  try {
    if (onePage) window.localStorage.setItem(ONE_PAGE_KEY, "1");
    else window.localStorage.removeItem(ONE_PAGE_KEY);
  } catch {
    // Storage may be off (private mode); the choice then holds for this page only.
  }
}

/**
 * The intake form. Without JavaScript one long form; with it one life domain per step, with
 * progress, focus on each step's heading, and what is typed saved to the server as it goes (the
 * same action and validation as the long form). The consultant can switch to the long form.
 */
export function IntakeForm({
  form,
  fields,
  comparison,
  notes,
  savedAt,
  onSaved,
}: {
  form: FormMetadata<IntakeFormValue, string[]>;
  fields: Record<LifeDomain, FieldMetadata<IntakeAnswerForm | undefined, IntakeFormValue, string[]>>;
  comparison: Map<LifeDomain, DomainComparison> | null;
  notes: ConversationNotes;
  /** When the last background save reached the server; the page shows it too, so the page owns it. */
  savedAt: Date | null;
  onSaved: (at: Date) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const hydrated = useHydrated();
  const [onePage, setOnePage] = useState(false);
  const [step, setStep] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const autosave = useFetcher<SubmissionResult<string[]>>();
  const submitAutosave = useRef(autosave.submit);
  submitAutosave.current = autosave.submit;
  const stepped = hydrated && !onePage;

  useEffect(() => {
    try {
      setOnePage(window.localStorage.getItem(ONE_PAGE_KEY) === "1");
    } catch {
      // No storage: steps it is.
    }
  }, []);

  const save = () => {
    clearTimeout(timer.current);
    if (!dirty.current || !formRef.current) return;
    dirty.current = false;
    const data = new FormData(formRef.current);
    data.set("intent", "autosave");
    submitAutosave.current(data, { method: "post" });
  };

  useEffect(() => {
    if (autosave.state === "idle" && autosave.data?.status === "success") onSaved(new Date());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new answer from the server is a save, a new callback is not
  }, [autosave.state, autosave.data]);

  // Closing the tab or the browser: what was typed since the last save still reaches the server.
  useEffect(() => {
    const flush = () => {
      if (!dirty.current || !formRef.current) return;
      const data = new FormData(formRef.current);
      data.set("intent", "autosave");
      dirty.current = !navigator.sendBeacon(formRef.current.action, data);
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      clearTimeout(timer.current);
    };
  }, []);

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  // Errors in other steps (a completion refused, a text too long): show the first domain they are in.
  const errorDomains = LIFE_DOMAINS.filter((d) => Object.keys(form.allErrors).some((name) => domainOf(name) === d)).join(",");
  useEffect(() => {
    if (!errorDomains) return;
    const withErrors = errorDomains.split(",") as LifeDomain[];
    if (!withErrors.includes(LIFE_DOMAINS[step])) goTo(LIFE_DOMAINS.indexOf(withErrors[0]));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only new errors move the step, not moving itself
  }, [errorDomains]);

  function goTo(index: number) {
    save();
    moved.current = true;
    setStep(Math.max(0, Math.min(LIFE_DOMAINS.length - 1, index)));
  }

  /** Next step, unless this step holds something the server would refuse (shown next to the field). */
  function next() {
    const domain = LIFE_DOMAINS[step];
    const checked = parseWithZod(new FormData(formRef.current!), { schema: intakeSchema });
    const errors = checked.status === "error" ? Object.keys(checked.error ?? {}).filter((name) => domainOf(name) === domain) : [];
    if (errors.length > 0) {
      form.validate({ name: domain });
      for (const name of errors) form.validate({ name });
      return;
    }
    goTo(step + 1);
  }

  function switchView(toOnePage: boolean) {
    save();
    rememberOnePage(toOnePage);
    setOnePage(toOnePage);
  }

  const domain = LIFE_DOMAINS[step];
  return (
    <>
      {hydrated ? (
        <p>
          <button type="button" className="btn btn-secondary" onClick={() => switchView(!onePage)}>
            {onePage ? t("workspace.intake.stepByStep") : t("workspace.intake.onePage")}
          </button>
        </p>
      ) : null}
      <nav aria-labelledby="domains-title" className="card mb-6 mt-4">
        <h2 id="domains-title" className="text-lg">
          {t("workspace.intake.domains")}
        </h2>
        <ol className="mt-2 grid list-decimal gap-x-6 pl-6 sm:grid-cols-3">
          {LIFE_DOMAINS.map((d, index) => (
            <li key={d}>
              {stepped ? (
                <button
                  type="button"
                  className="text-left text-[var(--color-brand-700)] underline"
                  aria-current={index === step ? "step" : undefined}
                  onClick={() => goTo(index)}
                >
                  {t(`vocab.domain.${d}`)}
                </button>
              ) : (
                <a href={`#domain-${d}`}>{t(`vocab.domain.${d}`)}</a>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <Form
        method="post"
        {...getFormProps(form)}
        ref={formRef}
        className="space-y-6"
        onInput={() => {
          dirty.current = true;
          clearTimeout(timer.current);
          timer.current = setTimeout(save, AUTOSAVE_DELAY_MS);
        }}
      >
        <FormErrors form={form} />
        {stepped ? (
          <div className="card space-y-2">
            <p id="intake-progress-label" className="font-semibold">
              {t("workspace.intake.stepOf", { step: step + 1, total: LIFE_DOMAINS.length })}
            </p>
            <progress value={step + 1} max={LIFE_DOMAINS.length} aria-labelledby="intake-progress-label" className="h-3 w-full" />
            <h2 ref={headingRef} tabIndex={-1} className="pt-2">
              {t(`vocab.domain.${domain}`)}
            </h2>
          </div>
        ) : null}
        {LIFE_DOMAINS.map((d, index) => (
          <IntakeDomain key={d} domain={d} meta={fields[d]} comparison={comparison?.get(d)} notes={notes[d]} hidden={stepped && index !== step} />
        ))}
        {stepped ? (
          <div className="flex flex-wrap items-center gap-3">
            {step > 0 ? (
              <button type="button" className="btn btn-secondary" onClick={() => goTo(step - 1)}>
                <span aria-hidden="true">← </span>
                {t("workspace.intake.previousStep")}
              </button>
            ) : null}
            {step < LIFE_DOMAINS.length - 1 ? (
              <button type="button" className="btn btn-primary" onClick={next}>
                {t("workspace.intake.nextStep")}
                <span aria-hidden="true"> →</span>
              </button>
            ) : (
              <p>{t("workspace.intake.lastStep")}</p>
            )}
          </div>
        ) : null}
        {hydrated ? (
          <p role="status" className="text-sm text-[var(--color-muted)]">
            {autosave.state !== "idle"
              ? t("workspace.intake.autosaving")
              : autosave.data && autosave.data.status !== "success"
                ? t("workspace.intake.autosaveFailed")
                : savedAt
                  ? t("workspace.intake.autosaved", { time: format.time(savedAt) })
                  : ""}
          </p>
        ) : null}
        <div className="card flex flex-wrap gap-3">
          <button type="submit" name="intent" value="save" className="btn btn-secondary">
            {t("workspace.intake.save")}
          </button>
          <button type="submit" name="intent" value="complete" className="btn btn-primary">
            {t("workspace.intake.complete")}
          </button>
          <p className="w-full text-sm text-[var(--color-muted)]">{t("workspace.intake.completeHint")}</p>
        </div>
      </Form>
    </>
  );
}
