import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/locales";
import { messageScript } from "~/utils/messages.server";

/** The page's messages for the browser; immutable when asked for by its current version. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  if (!isLocale(params.locale)) throw new Response("Not Found", { status: 404 });
  const { body, version } = messageScript(params.locale);
  const current = new URL(request.url).searchParams.get("v") === version;
  return new Response(body, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "no-cache",
    },
  });
}
