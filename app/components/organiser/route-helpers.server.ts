import { findOrganisationId } from "~/models/organisation.server";
import { forbidden, notFound } from "~/utils/guards.server";

/** A numeric id from the URL; anything else is a page that does not exist. */
export function idParam(value: string | undefined): number {
  if (!value || !/^\d{1,12}$/.test(value)) notFound();
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  return id;
}

/** The organisation in /mijn-organisatie/:org, given by id or by slug (both are linked to). */
export function organisationParam(value: string | undefined): number {
  const id = value ? findOrganisationId(value) : null;
  if (id === null) notFound();
  return id;
}

/** Turns a model's refusal into the matching error page; other outcomes are left to the route. */
export function throwIfRefused<R extends { ok: boolean; error?: string }>(result: R): asserts result is Extract<R, { ok: true }> | Exclude<Extract<R, { ok: false }>, { error: "not_found" | "forbidden" }> {
  if (result.ok) return;
  if (result.error === "not_found") notFound();
  if (result.error === "forbidden") forbidden();
}
