import { type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { z } from "zod";
import { useValidatedForm } from "~/components/ui/use-validated-form";

export type LastResult = SubmissionResult<string[]> | undefined;

/**
 * A Conform form on a page with several forms: only the form whose intent was submitted shows
 * the server's answer (errors and the values typed).
 */
export function useIntentForm<Schema extends z.ZodTypeAny>(intent: string, schema: Schema, lastResult: LastResult, defaultValue?: Record<string, unknown>) {
  const submitted = (lastResult?.initialValue as Record<string, unknown> | undefined)?.intent;
  return useValidatedForm<z.input<Schema>>({
    id: intent,
    lastResult: submitted === intent ? lastResult : undefined,
    // Loader values are plain strings (and lists of them), as a form would post them.
    defaultValue: defaultValue as never,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
}
