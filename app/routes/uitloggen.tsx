import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { blankSessionCookie, invalidateSession } from "~/utils/auth.server";
import { startedWithSso } from "~/utils/oidc.server";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  // No fields, but the body must still be a bounded form like every action's.
  await readForm(request);
  await invalidateSession(request);
  // After single sign-on the next page offers the provider's logout too.
  const to = (await startedWithSso(request)) ? "/inloggen/sso/uitgelogd" : "/";
  return redirectWithToast(to, { key: "auth.loggedOut" }, { headers: { "Set-Cookie": blankSessionCookie() } });
}
