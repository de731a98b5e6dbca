import type { LoaderFunctionArgs } from "@remix-run/node";
import { mappingContext } from "~/models/open-data/api.server";
import { cacheableResponse } from "~/models/open-data/response.server";
import { sitemapXml } from "~/models/open-data/sitemap.server";

/** Every public page, for search engines. */
export const loader = ({ request }: LoaderFunctionArgs) =>
  cacheableResponse(request, sitemapXml(mappingContext().baseUrl), { contentType: "application/xml; charset=utf-8", cacheControl: "public, max-age=3600" });
