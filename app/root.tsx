import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { StatusPage, statusTexts } from "./components/status-page";
import { ToastMessage } from "./components/toast";
import { countUnread } from "./models/notification.server";
import stylesheet from "./tailwind.css?url";
import { readSession } from "./utils/auth.server";
import { getEnv } from "./utils/env.server";
import { detectLocale } from "./utils/i18n.server";
import { messageScript } from "./utils/messages.server";
import { metaTitle } from "./utils/meta";
import { useNonce } from "./utils/nonce";
import { useRootData } from "./utils/root-data";
import { rolesOf } from "./utils/permissions";
import { getTheme } from "./utils/theme.server";
import { readToast } from "./utils/toast.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** Pages that fail get a title too: the error's, in the user's language. */
export const meta: MetaFunction = ({ error, matches }) => {
  const status = isRouteErrorResponse(error) ? error.status : error ? 500 : null;
  return status === null ? [{ title: "Wijkmarkt" }] : metaTitle(matches, statusTexts(status).title);
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, setCookie } = await readSession(request);
  const locale = await detectLocale(request, actor?.locale);
  const toast = await readToast(request);
  const headers = new Headers();
  if (setCookie) headers.append("Set-Cookie", setCookie);
  if (toast.setCookie) headers.append("Set-Cookie", toast.setCookie);
  return data(
    {
      locale,
      /** For canonical and alternate links in page meta. */
      publicUrl: getEnv().PUBLIC_URL.replace(/\/$/, ""),
      messagesVersion: messageScript(locale).version,
      user: actor ? { id: actor.id, name: actor.name, roles: rolesOf(actor), unread: countUnread(actor) } : null,
      toast: toast.toast,
      municipality: { name: getEnv().MUNICIPALITY, hasLogo: getTheme().logoSvg !== null, themeVersion: getTheme().version },
    },
    { headers },
  );
}

function Document({
  locale,
  messagesVersion,
  themeVersion,
  children,
}: {
  locale: string;
  messagesVersion?: string;
  themeVersion?: string;
  children: ReactNode;
}) {
  const nonce = useNonce();
  return (
    <html lang={locale} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Browsers hide nonces from the page, so the client renders none: not a real mismatch. */}
        {messagesVersion ? <script src={`/locales/${locale}.js?v=${messagesVersion}`} nonce={nonce} suppressHydrationWarning /> : null}
        <Meta />
        <Links />
        {/* The municipality's house style; on an error page without data it is fetched unversioned. */}
        <link rel="stylesheet" href={themeVersion ? `/theme.css?v=${themeVersion}` : "/theme.css"} />
      </head>
      <body className="flex min-h-full flex-col">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRootData();
  const locale = root?.locale ?? "nl";
  const { i18n } = useTranslation();
  // The browser holds one language's messages; after switching language, load the page anew.
  useEffect(() => {
    if (root && root.locale !== i18n.language) window.location.reload();
  }, [root, i18n.language]);
  return (
    <Document locale={locale} messagesVersion={root?.messagesVersion} themeVersion={root?.municipality.themeVersion}>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        {root?.toast ? <ToastMessage toast={root.toast} /> : null}
        {children}
      </main>
      <SiteFooter />
    </Document>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // In the browser only: on the server, entry.server's handleError logs it without personal data.
  if (!isRouteErrorResponse(error) && typeof document !== "undefined") console.error(error);
  return <StatusPage status={status} />;
}
