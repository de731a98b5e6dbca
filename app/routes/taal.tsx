import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { setLocale } from "~/models/account.server";
import { isLocale } from "~/locales";
import { getActor } from "~/utils/guards.server";
import { safeRedirect } from "~/utils/safe-redirect";
import { localeCookie } from "~/utils/i18n.server";
import { readForm } from "~/utils/form.server";

export async function loader() {
  return redirect("/");
}

/** Remembers the chosen language: in a cookie, and on the account when signed in. */
export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const locale = formData.get("locale");
  const to = safeRedirect(formData.get("redirectTo"));
  if (!isLocale(locale)) return redirect(to);
  const actor = await getActor(request);
  if (actor) setLocale(actor, locale);
  return redirect(to, { headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
}
