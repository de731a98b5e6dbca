import type { LoaderFunctionArgs } from "@remix-run/node";
import { listOrganizations } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** HSDS 3.0: the public organisations. */
export const loader = ({ request }: LoaderFunctionArgs) => apiResponse(request, () => listOrganizations(new URL(request.url).searchParams));
