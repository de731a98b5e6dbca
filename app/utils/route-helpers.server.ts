/** What every route needs between the URL and a use case: ids from the URL, refusals as pages. */
import { forbidden, notFound } from "./guards.server";

/** A numeric id from the URL; anything but a positive whole number is a page that does not exist. */
export function idParam(value: string | undefined): number {
  if (!value || !/^[1-9]\d{0,14}$/.test(value)) notFound();
  const id = Number(value);
  if (!Number.isSafeInteger(id)) notFound();
  return id;
}

/**
 * Turns a use case's refusal into its error page (decision 013): 404 for an outsider, 403 for a
 * member without the right. Other outcomes are left to the route.
 */
export function throwIfRefused<R extends { ok: boolean; error?: string }>(
  result: R,
): asserts result is Extract<R, { ok: true }> | Exclude<Extract<R, { ok: false }>, { error: "not_found" | "forbidden" }> {
  if (result.ok) return;
  if (result.error === "not_found") notFound();
  if (result.error === "forbidden") forbidden();
}
