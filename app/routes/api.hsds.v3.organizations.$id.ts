import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOrganization } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** HSDS 3.0: one organisation with its services. */
export const loader = ({ request, params }: LoaderFunctionArgs) =>
  apiResponse(request, () => getOrganization(params.id ?? "", new URL(request.url).searchParams));
