import type { SubmissionResult } from "@conform-to/react";
import { useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";

function sameEntries(a: FormData, b: FormData) {
  const left = [...a.entries()].map(([key, value]) => `${key}=${String(value)}`);
  const right = [...b.entries()].map(([key, value]) => `${key}=${String(value)}`);
  return left.length === right.length && left.every((entry, index) => entry === right[index]);
}

/**
 * An "add" form starts empty again after it succeeded. The page stays where it is after the
 * redirect, so without this the typed values stay too, and a second press adds the same thing
 * twice. A form the server refused keeps what was typed; so does one the browser held back, and
 * so does every other form on the page. (Without JavaScript the page reloads, empty, anyway.)
 */
export function useClearAfterSuccess(formId: string, lastResult: SubmissionResult<string[]> | undefined) {
  const navigation = useNavigation();
  const typed = useRef<FormData | null>(null);
  const sending = useRef(false);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const remember = () => {
      typed.current = new FormData(form);
    };
    form.addEventListener("submit", remember);
    return () => form.removeEventListener("submit", remember);
  }, [formId]);

  useEffect(() => {
    if (navigation.state === "submitting") {
      // This form's own submission, not another form's on the same page.
      sending.current = Boolean(typed.current && navigation.formData && sameEntries(typed.current, navigation.formData));
      typed.current = null;
      return;
    }
    if (navigation.state !== "idle" || !sending.current) return;
    sending.current = false;
    if (lastResult?.status === "error") return;
    const form = document.getElementById(formId);
    if (form instanceof HTMLFormElement) form.reset();
  }, [formId, lastResult, navigation.state, navigation.formData]);
}
