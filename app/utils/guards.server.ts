import { redirect } from "@remix-run/node";
import { readSession } from "./auth.server";
import { can, hasRole, type Action, type Actor, type Permissions, type Role } from "./permissions";

export async function getActor(request: Request): Promise<Actor | null> {
  return (await readSession(request)).actor;
}

/** Signed in, or off to the login page with a way back. */
export async function requireUser(request: Request): Promise<Actor> {
  const actor = await getActor(request);
  if (!actor) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    throw redirect(`/inloggen?${new URLSearchParams({ terug: redirectTo })}`);
  }
  return actor;
}

export function forbidden(): never {
  throw new Response("Forbidden", { status: 403 });
}

export function notFound(): never {
  throw new Response("Not Found", { status: 404 });
}

export async function requireRole(request: Request, role: Role): Promise<Actor> {
  const actor = await requireUser(request);
  if (!hasRole(actor, role)) forbidden();
  return actor;
}

export async function requirePermission<A extends Action>(
  request: Request,
  action: A,
  ...resource: Permissions[A] extends undefined ? [] : [Permissions[A]]
): Promise<Actor> {
  const actor = await requireUser(request);
  if (!can(actor, action, ...resource)) forbidden();
  return actor;
}
