import type { LoaderFunctionArgs } from "@remix-run/node";
import { listServices } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** HSDS 3.0: the published listings as services, a page at a time or all as NDJSON. */
export const loader = ({ request }: LoaderFunctionArgs) => apiResponse(request, () => listServices(new URL(request.url).searchParams));
