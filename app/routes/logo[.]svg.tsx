import { getTheme } from "~/utils/theme.server";

/** The municipality's logo from its theme; shown as an image, so scripts in it never run. */
export async function loader() {
  const { logoSvg } = getTheme();
  if (!logoSvg) throw new Response("Not Found", { status: 404 });
  return new Response(logoSvg, {
    headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=3600", "Content-Security-Policy": "script-src 'none'" },
  });
}
