/**
 * The provider sends the browser back here (a GET, so the Origin check of posts does not apply):
 * the answer is checked, the person signed in to their account, and staff sent to their workspace.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { refuseSsoLogin } from "~/components/sso/refusal.server";
import { signInWithSso } from "~/models/sso-login.server";
import { createSessionCookie, invalidateSession, landingPath } from "~/utils/auth.server";
import { notFound } from "~/utils/guards.server";
import { clearFlowCookie, finishSsoFlow, keepIdTokenCookie, ssoConfigured } from "~/utils/oidc.server";
import { redirectWithToast } from "~/utils/toast.server";

export async function loader({ request }: LoaderFunctionArgs) {
  if (!ssoConfigured()) notFound();
  const answer = await finishSsoFlow(request);
  // The flow is used up whatever the outcome: a second try starts again.
  const headers = new Headers({ "Set-Cookie": await clearFlowCookie() });
  if (!answer.ok) return refuseSsoLogin(answer.reason, { headers });
  const result = signInWithSso(answer.claims);
  if (!result.ok) return refuseSsoLogin(result.reason, { headers, alreadyAudited: true });
  // Whoever was signed in in this browser before is signed out first.
  await invalidateSession(request);
  headers.append("Set-Cookie", await createSessionCookie(result.userId));
  headers.append("Set-Cookie", await keepIdTokenCookie(answer.claims.idToken));
  const key = result.outcome === "created" ? "auth.sso.welcomeNew" : "auth.loggedIn";
  return redirectWithToast(landingPath(result.userId, answer.redirectTo), { key, params: { name: result.name } }, { headers });
}
