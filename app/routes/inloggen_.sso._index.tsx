/** Starts single sign-on: remembers the flow in a signed cookie and sends the browser to the provider. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { refuseSsoLogin } from "~/components/sso/refusal.server";
import { getActor, notFound } from "~/utils/guards.server";
import { ProviderRecentlyDown, ssoConfigured, startSsoFlow } from "~/utils/oidc.server";
import { safeRedirect } from "~/utils/safe-redirect";

export async function loader({ request }: LoaderFunctionArgs) {
  if (!ssoConfigured()) notFound();
  if (await getActor(request)) throw redirect("/");
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("terug"));
  try {
    const { url, setCookie } = await startSsoFlow(redirectTo);
    return redirect(url, { headers: { "Set-Cookie": setCookie } });
  } catch (error) {
    // One outage is one audit row: while the provider is known to be down it is not asked again.
    return refuseSsoLogin("unreachable", { alreadyAudited: error instanceof ProviderRecentlyDown });
  }
}
