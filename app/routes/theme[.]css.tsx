import type { LoaderFunctionArgs } from "@remix-run/node";
import { getTheme } from "~/utils/theme.server";

/** The municipality's colours and fonts as CSS custom properties; cached for good per version. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { css, version } = getTheme();
  const current = new URL(request.url).searchParams.get("v") === version;
  return new Response(css, {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": current ? "public, max-age=31536000, immutable" : "no-cache" },
  });
}
