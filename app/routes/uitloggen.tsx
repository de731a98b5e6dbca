import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { blankSessionCookie, invalidateSession } from "~/utils/auth.server";
import { redirectWithToast } from "~/utils/toast.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  await invalidateSession(request);
  return redirectWithToast("/", { key: "auth.loggedOut" }, { headers: { "Set-Cookie": blankSessionCookie() } });
}
