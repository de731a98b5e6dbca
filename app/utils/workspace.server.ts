/** Route helpers for the consultant workspace: household ids from the URL, refusals as 403/404. */
import type { Refused } from "~/models/household-scope.server";
import { forbidden, notFound, requireUser } from "./guards.server";
import { hasRole, type Actor } from "./permissions";

/** A household id from the URL; anything but a positive whole number is a 404. */
export function householdIdParam(value: string | undefined): number {
  if (!value || !/^[1-9]\d{0,15}$/.test(value)) notFound();
  const id = Number(value);
  if (!Number.isSafeInteger(id)) notFound();
  return id;
}

/** Throws the page a refused use case deserves: 404 for outsiders, 403 for a team member without the right. */
export function refuse(result: Refused): never {
  if (result.error === "forbidden") forbidden();
  notFound();
}

/** Signed in (else the login page) and a member of a team (else 403): the workspace's door. */
export async function requireConsultant(request: Request): Promise<Actor> {
  const actor = await requireUser(request);
  if (!hasRole(actor, "consultant")) forbidden();
  return actor;
}
