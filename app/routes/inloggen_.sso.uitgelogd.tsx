/**
 * After logging out of a single sign-on session: Wijkmarkt's session has ended; the organisation
 * account may still be signed in at the provider, so its logout is offered here.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { metaTitle } from "~/utils/meta";
import { clearIdTokenCookie, providerLogoutUrl, ssoConfigured } from "~/utils/oidc.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "auth.sso.loggedOutTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const logoutUrl = ssoConfigured() ? await providerLogoutUrl(request) : null;
  const headers = { "Set-Cookie": await clearIdTokenCookie() };
  if (!logoutUrl) throw redirect("/", { headers });
  return data({ logoutUrl }, { headers });
}

export default function SsoLoggedOut() {
  const { t } = useTranslation();
  const { logoutUrl } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1>{t("auth.sso.loggedOutTitle")}</h1>
      <p>{t("auth.sso.loggedOutIntro")}</p>
      <p className="flex flex-wrap gap-3">
        <a href={logoutUrl} className="btn btn-primary">
          {t("auth.sso.providerLogout")}
        </a>
        <Link to="/" className="btn btn-secondary">
          {t("auth.sso.stayAtProvider")}
        </Link>
      </p>
    </div>
  );
}
