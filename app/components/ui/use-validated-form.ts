import { useForm } from "@conform-to/react";

/**
 * Conform's useForm, made to show every field's error after a submit with JavaScript on.
 * Conform re-renders only for state read during the form component's own render; our field
 * components read their errors one level down, so without this read an invalid submit was
 * blocked silently. Reading all errors here subscribes the form to every error change.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same constraint as Conform's own useForm
export function useValidatedForm<Schema extends Record<string, any>, FormValue = Schema, FormError = string[]>(
  options: Parameters<typeof useForm<Schema, FormValue, FormError>>[0],
) {
  const result = useForm<Schema, FormValue, FormError>(options);
  void result[0].allErrors;
  return result;
}
