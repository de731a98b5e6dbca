import type { LoaderFunctionArgs } from "@remix-run/node";
import { mappingContext } from "~/models/open-data/api.server";
import { cacheableResponse } from "~/models/open-data/response.server";
import { robotsTxt } from "~/models/open-data/sitemap.server";

/** Points crawlers to the sitemap and keeps them out of the workspace, accounts and the API. */
export const loader = ({ request }: LoaderFunctionArgs) =>
  cacheableResponse(request, robotsTxt(mappingContext().baseUrl), { contentType: "text/plain; charset=utf-8", cacheControl: "public, max-age=86400" });
